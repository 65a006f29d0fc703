package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded random corruption of a golden cross-section file, for the parser tests: each trial damages
 * a copy (same file name, since the name carries the as-of date) and requires that parsing either
 * succeeds with well-formed rows or fails with an {@link ImportException} whose line lies within
 * the file. Any other exception fails the test with the seed, trial and damage.
 */
final class SnapshotCorruption {

  private static final String[] SNIPPETS = {
    ",", "\"", "\n", "", "x", "-", "1e400", "%", "$", "M", " ", "\u00a0", "9,99", ".", "\r\n"
  };

  private SnapshotCorruption() {}

  static void run(FormatParser parser, Path golden, Path tmp, long seed, int trials) {
    byte[] original = read(golden);
    Random rnd = new Random(seed);
    for (int t = 0; t < trials; t++) {
      byte[] damaged = damage(original, rnd);
      String what = "seed " + seed + " trial " + t;
      Path dir = tmp.resolve("t" + t);
      Path file = dir.resolve(golden.getFileName().toString());
      try {
        Files.createDirectories(dir);
        Files.write(file, damaged);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      long lines = 1;
      for (byte b : damaged) {
        lines += b == '\n' ? 1 : 0;
      }
      try {
        ParsedFile out = parser.parse(file, ImportOptions.defaults());
        assertThat(out.snapshots()).as(what).hasSize(1);
        for (Constituent c : out.snapshots().get(0).rows()) {
          assertThat(c.ticker()).as(what).isNotBlank();
          for (ConstituentField f : ConstituentField.values()) {
            double v = c.get(f);
            assertThat(Double.isNaN(v) || Double.isFinite(v)).as(what + " " + f).isTrue();
          }
        }
      } catch (ImportException e) {
        assertThat(e.line()).as(what + ": " + e.getMessage()).isBetween(0L, lines);
        assertThat(e.file()).as(what).isEqualTo(file);
      } catch (RuntimeException e) {
        fail(what + ": " + e + " on\n" + new String(damaged, StandardCharsets.UTF_8), e);
      }
    }
  }

  /**
   * One of: replace, insert or delete a snippet at a random spot; truncate; drop or repeat a line.
   */
  private static byte[] damage(byte[] in, Random rnd) {
    String s = new String(in, StandardCharsets.UTF_8);
    int at = rnd.nextInt(s.length() + 1);
    String snippet = SNIPPETS[rnd.nextInt(SNIPPETS.length)];
    switch (rnd.nextInt(7)) {
      case 0:
        return bytes(s.substring(0, at) + snippet + s.substring(Math.min(s.length(), at + 1)));
      case 1:
        return bytes(s.substring(0, at) + snippet + s.substring(at));
      case 2:
        return bytes(
            s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + rnd.nextInt(8))));
      case 3:
        return Arrays.copyOf(in, rnd.nextInt(in.length + 1));
      case 4:
        {
          String[] lines = s.split("\n", -1);
          int k = rnd.nextInt(lines.length);
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < lines.length; i++) {
            if (i != k) {
              sb.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            }
          }
          return bytes(sb.toString());
        }
      case 5:
        {
          String[] lines = s.split("\n", -1);
          int k = rnd.nextInt(lines.length);
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < lines.length; i++) {
            sb.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            if (i == k) {
              sb.append(lines[i]).append('\n');
            }
          }
          return bytes(sb.toString());
        }
      default:
        {
          byte[] out = Arrays.copyOf(in, in.length);
          if (out.length > 0) {
            out[rnd.nextInt(out.length)] = (byte) 0xFF; // invalid UTF-8
          }
          return out;
        }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
