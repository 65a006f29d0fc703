package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteCsvReaderTest {

  @TempDir Path tmp;

  private Path write(String content) throws IOException {
    Path f = tmp.resolve("t.csv");
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  /** Reads every line of {@code content} with the byte reader and returns its fields as text. */
  private List<List<String>> fields(String content) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (ByteCsvReader r = ByteCsvReader.open(write(content))) {
      while (r.next()) {
        int n = r.split();
        List<String> row = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          row.add(r.text(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void next_bomCrlfAndMissingLastNewline_giveCleanLines() throws Exception {
    assertThat(fields("\uFEFFa,b\r\n1,2\r\n\r\n3,4"))
        .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of(""), List.of("3", "4"));
  }

  @Test
  void split_quotedFields_giveTextInsideQuotes() throws Exception {
    assertThat(fields("\"a,b\",\"x\"\"y\",c,\"\"\n"))
        .containsExactly(List.of("a,b", "x\"\"y", "c", ""));
  }

  @Test
  void split_textAfterClosingQuoteOrUnterminated_keepsRawField() throws Exception {
    assertThat(fields("\"1\"x,2\n\"abc\n"))
        .containsExactly(List.of("\"1\"x", "2"), List.of("\"abc"));
  }

  @Test
  void next_linesLongerThanBuffer_areReadWhole() throws Exception {
    StringBuilder sb = new StringBuilder("date");
    for (int i = 0; i < 100_000; i++) {
      sb.append(",c").append(i);
    }
    String header = sb.toString();
    List<List<String>> rows = fields(header + "\n" + header + "\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).hasSize(100_001).endsWith("c99999");
  }

  @Test
  void nextLineOffset_afterBomHeader_isByteOffsetOfSecondLine() throws Exception {
    try (ByteCsvReader r = ByteCsvReader.open(write("\uFEFFDate,Close\r\n2020-01-02,1\n"))) {
      r.next();
      assertThat(r.nextLineOffset()).isEqualTo(3 + "Date,Close\r\n".length());
    }
  }

  @Test
  void nextRow_emptyLinesBetweenRows_areSkippedAndRowsSplit() throws Exception {
    try (ByteCsvReader r = ByteCsvReader.open(write("a,b\n\n1,2\n\n\n3,4"))) {
      List<String> rows = new ArrayList<>();
      while (r.nextRow(2)) {
        rows.add(r.lineNumber() + ":" + r.text(0) + "|" + r.text(1));
      }
      assertThat(rows).containsExactly("1:a|b", "3:1|2", "6:3|4");
    }
  }

  @Test
  void nextRow_wrongWidth_throwsAtThatLine() throws Exception {
    try (ByteCsvReader r = ByteCsvReader.open(write("a,b\n1,2,3\n"))) {
      assertThat(r.nextRow(2)).isTrue();
      assertThatThrownBy(() -> r.nextRow(2))
          .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(2))
          .hasMessageContaining("expected 2 fields as in the header, found 3");
    }
  }

  @Test
  void lineNumber_countsPhysicalLines() throws Exception {
    try (ByteCsvReader r = ByteCsvReader.open(write("a\n\nb\n"))) {
      assertThat(r.lineNumber()).isZero();
      r.next();
      r.next();
      r.next();
      assertThat(r.lineNumber()).isEqualTo(3);
      assertThat(r.next()).isFalse();
    }
  }

  @Test
  void lineText_invalidUtf8_throwsImportException() throws Exception {
    Path f = tmp.resolve("bad.csv");
    Files.write(f, new byte[] {'a', (byte) 0xC3, '\n'});
    try (ByteCsvReader r = ByteCsvReader.open(f)) {
      r.next();
      assertThatThrownBy(r::lineText)
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("UTF-8");
    }
  }

  /** Oracle: Double.parseDouble, the JDK's correctly rounded decimal conversion. */
  @Test
  void number_seededRandomDecimals_equalDoubleParseDouble() throws Exception {
    Random rnd = new Random(42);
    StringBuilder sb = new StringBuilder();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String t;
      switch (rnd.nextInt(5)) {
        case 0:
          t = Double.toString(rnd.nextDouble() * Math.pow(10, rnd.nextInt(12)));
          break;
        case 1:
          t =
              BigDecimal.valueOf(rnd.nextLong() % 100_000_000_000L, rnd.nextInt(12))
                  .toPlainString();
          break;
        case 2:
          t = String.format(java.util.Locale.ROOT, "%.6f", rnd.nextGaussian() * 1000);
          break;
        case 3:
          t = Long.toString(rnd.nextLong() >>> rnd.nextInt(64));
          break;
        default:
          t =
              String.format(
                  java.util.Locale.ROOT, "%.9fe%d", rnd.nextGaussian(), rnd.nextInt(40) - 20);
      }
      texts.add(t);
      sb.append(t).append('\n');
    }
    try (ByteCsvReader r = ByteCsvReader.open(write(sb.toString()))) {
      for (String t : texts) {
        r.next();
        r.split();
        assertThat(r.number(0, "x")).as(t).isEqualTo(Double.parseDouble(t));
      }
    }
  }

  @Test
  void number_edgeShapes_matchDoubleParseDouble() throws Exception {
    String[] texts = {
      "0",
      "-0.0",
      "+5",
      "1.",
      ".5",
      " 7.25 ",
      "9007199254740991",
      "9007199254740993",
      "123456789012345678",
      "1234567890123456789",
      "0.1",
      "0.30000000000000004",
      "1e-400",
      "4.9e-324",
      "0.0000000000000000000000123"
    };
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append(t).append('\n');
    }
    try (ByteCsvReader r = ByteCsvReader.open(write(sb.toString()))) {
      for (String t : texts) {
        r.next();
        r.split();
        assertThat(r.number(0, "x")).as(t).isEqualTo(Double.parseDouble(t.trim()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "1e400",
        "-1e400",
        "NaN",
        "Infinity",
        "0x1p3",
        "1.5d",
        "1.2.3",
        "-",
        "."
      })
  void number_notAFiniteDecimal_throwsImportException(String cell) throws Exception {
    try (ByteCsvReader r = ByteCsvReader.open(write("x\n" + cell + "\n"))) {
      r.next();
      r.next();
      r.split();
      assertThatThrownBy(() -> r.number(0, "price"))
          .isInstanceOfSatisfying(
              ImportException.class,
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.field()).isEqualTo("price");
              });
    }
  }

  @Test
  void numberOrNaN_emptyAndNull_giveNaN() throws Exception {
    try (ByteCsvReader r = ByteCsvReader.open(write(",null, NULL ,2\n"))) {
      r.next();
      r.split();
      assertThat(r.numberOrNaN(0, "a")).isNaN();
      assertThat(r.numberOrNaN(1, "b")).isNaN();
      assertThat(r.numberOrNaN(2, "c")).isNaN();
      assertThat(r.numberOrNaN(3, "d")).isEqualTo(2.0);
    }
  }

  @Test
  void date_allAcceptedForms_matchCellsDate() throws Exception {
    String[] texts = {
      "2024-02-29", "20240229", " 1999-12-31 ", "2020-01-02 16:00:00", "2020-01-02T00:00"
    };
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append(t).append('\n');
    }
    Path f = write(sb.toString());
    try (ByteCsvReader r = ByteCsvReader.open(f);
        CsvReader c = CsvReader.open(f)) {
      for (String t : texts) {
        r.next();
        r.split();
        c.readLine();
        assertThat(r.date(0, "d")).as(t).isEqualTo(Cells.date(c, "d", t));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-01-00",
        "2024-04-31",
        "2024-1-01",
        "24-01-01",
        "2024/01/01",
        "2024-01-01X",
        "abcdefgh",
        "2024-0a-01",
        "",
        "1900-02-29"
      })
  void date_invalid_throwsImportException(String cell) throws Exception {
    try (ByteCsvReader r = ByteCsvReader.open(write("d\n" + cell + "\n"))) {
      r.next();
      r.next();
      r.split();
      assertThatThrownBy(() -> r.date(0, "Date"))
          .isInstanceOfSatisfying(
              ImportException.class,
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.field()).isEqualTo("Date");
              });
    }
  }
}
