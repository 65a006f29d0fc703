package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChunksTest {

  @TempDir Path tmp;

  private Path write(String content) throws IOException {
    Path f = tmp.resolve("t.csv");
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  /** Invariant: reading the line-aligned ranges one after another gives the lines of one pass. */
  @Test
  void lineAlignedRanges_anyNumberOfParts_coverTheLinesExactlyOnce() throws Exception {
    Random rnd = new Random(9);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      sb.append("x".repeat(rnd.nextInt(40))).append(i).append(rnd.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    sb.append("last-without-newline");
    Path f = write(sb.toString());
    long size = Files.size(f);
    List<String> expected = new ArrayList<>();
    try (ByteCsvReader r = ByteCsvReader.open(f)) {
      while (r.next()) {
        expected.add(r.lineText());
      }
    }
    byte[] bytes = Files.readAllBytes(f);
    for (int parts = 1; parts <= 40; parts++) {
      long from = rnd.nextInt(2) == 0 ? 0 : expected.get(0).length() + 1;
      long[] bounds = FileChunks.lineAlignedRanges(f, from, size, parts);
      assertThat(bounds[0]).isEqualTo(from);
      assertThat(bounds[bounds.length - 1]).isEqualTo(size);
      assertThat(bounds.length).isBetween(2, parts + 1);
      List<String> got = new ArrayList<>();
      for (int k = 0; k + 1 < bounds.length; k++) {
        assertThat(bounds[k + 1]).isGreaterThan(bounds[k]);
        if (k > 0) {
          assertThat(bytes[(int) bounds[k] - 1]).isEqualTo((byte) '\n');
        }
        try (ByteCsvReader r = ByteCsvReader.open(f, bounds[k], bounds[k + 1])) {
          while (r.next()) {
            got.add(r.lineText());
          }
        }
      }
      assertThat(got).isEqualTo(from == 0 ? expected : expected.subList(1, expected.size()));
    }
  }

  @Test
  void lineAlignedRanges_noLineBreak_givesOneRange() throws Exception {
    Path f = write("no line break at all");
    assertThat(FileChunks.lineAlignedRanges(f, 0, Files.size(f), 4))
        .containsExactly(0, Files.size(f));
  }

  @Test
  void lineAlignedRanges_missingFile_throwsImportException() {
    Path f = tmp.resolve("absent.csv");
    assertThatThrownBy(() -> FileChunks.lineAlignedRanges(f, 0, 10, 2))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("read failed");
  }

  @Test
  void open_range_givesExactlyThoseBytesThenEndOfStream() throws Exception {
    Path f = write("0123456789");
    try (InputStream in = FileChunks.open(f, 2, 7)) {
      assertThat(in.read()).isEqualTo('2');
      byte[] rest = new byte[16];
      assertThat(in.read(rest, 0, rest.length)).isEqualTo(4);
      assertThat(new String(rest, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("3456");
      assertThat(in.read(rest, 0, rest.length)).isEqualTo(-1);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void open_emptyRange_isAtEndOfStream() throws Exception {
    Path f = write("abc");
    try (InputStream in = FileChunks.open(f, 3, 3)) {
      assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    }
  }
}
