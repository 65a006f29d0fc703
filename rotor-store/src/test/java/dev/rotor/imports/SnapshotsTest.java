package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotsTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fundamentals_sp500_2026-06-29.csv | 2026-06-29",
        "nasdaq_screener_2025-02.csv       | 2025-02-28",
        "finviz_2023-08.csv                | 2023-08-31",
        "screener_2024-02.csv.gz           | 2024-02-29",
        "a_2020-01_then_2021-03-04.csv     | 2021-03-04",
        "x_2023-02-30_2023-05.csv          | 2023-05-31"
      })
  void asOfFromFileName_dateInName_givesRuleDate(String name, LocalDate expected) {
    Snapshots.NameDate d = Snapshots.asOfFromFileName(Path.of(name));
    assertThat(d.date()).isEqualTo(expected);
    assertThat(d.note()).contains(expected.toString());
  }

  @Test
  void asOfFromFileName_monthOnly_noteSaysLastDayOfMonth() {
    assertThat(Snapshots.asOfFromFileName(Path.of("finviz_2023-08.csv")).note())
        .contains("last day of the month '2023-08'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nasdaq_screener.csv",
        "x_2023-13.csv",
        "x_2023-02-30.csv",
        "x_12023-01.csv",
        "x_1899-01.csv",
        "x_2023-01-011.csv",
        "20230811.csv"
      })
  void asOfFromFileName_noValidDate_givesNull(String name) {
    Snapshots.NameDate d = Snapshots.asOfFromFileName(Path.of(name));
    assertThat(d.date()).isNull();
    assertThat(d.note()).contains("as-of date unknown");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "May 05, 2026 | 2026-05-05",
        "Jun 19, 2026 | 2026-06-19",
        "May 5, 2026  | 2026-05-05",
        "June 19, 2026| 2026-06-19",
        "SEP 30, 2025 | 2025-09-30",
        "Feb 29, 2024 | 2024-02-29"
      })
  void monthDayYear_englishDate_parses(String cell, LocalDate expected) throws Exception {
    try (CsvReader r = reader("x\n")) {
      assertThat(Snapshots.monthDayYear(r, "Fund Holdings as of", cell)).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "2026-05-05", "May 32, 2026", "Feb 29, 2025", "Mai 05, 2026"})
  void monthDayYear_bad_throwsNamingField(String cell) throws Exception {
    try (CsvReader r = reader("x\n")) {
      r.readLine();
      assertThatThrownBy(() -> Snapshots.monthDayYear(r, "Fund Holdings as of", cell))
          .isInstanceOfSatisfying(
              ImportException.class,
              e -> {
                assertThat(e.field()).isEqualTo("Fund Holdings as of");
                assertThat(e.line()).isEqualTo(1);
              });
    }
  }

  @Test
  void isBlank_whitespaceAndNoBreakSpace_true() {
    assertThat(Snapshots.isBlank("")).isTrue();
    assertThat(Snapshots.isBlank(" \t")).isTrue();
    assertThat(Snapshots.isBlank("\u00a0")).isTrue();
    assertThat(Snapshots.isBlank(" a ")).isFalse();
    assertThat(Snapshots.isBlank("\"\"")).isFalse();
  }

  @Test
  void fields_goodRow_splits() throws Exception {
    try (CsvReader r = reader("x\n")) {
      assertThat(Snapshots.fields(r, "a,\"b, c\",d", 3)).containsExactly("a", "b, c", "d");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a,\"b | unbalanced", "\"a,b,c | unbalanced", "a,b,c,d | expected 3 fields"})
  void fields_truncatedOrCorrupt_throws(String line, String message) throws Exception {
    try (CsvReader r = reader("x\ny\n")) {
      r.readLine();
      r.readLine();
      assertThatThrownBy(() -> Snapshots.fields(r, line, 3))
          .isInstanceOfSatisfying(
              ImportException.class,
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.problem()).contains(message);
              });
    }
  }

  @Test
  void header_duplicateLabel_refusedOnlyWhenUsed() throws Exception {
    Map<String, Integer> h = Snapshots.header(List.of("", " Name ", "x", "x"));
    try (CsvReader r = reader("x\n")) {
      r.readLine();
      assertThat(Snapshots.column(r, h, "Name")).isEqualTo(1);
      assertThatThrownBy(() -> Snapshots.column(r, h, "x"))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("more than once");
      assertThatThrownBy(() -> Snapshots.column(r, h, "Price"))
          .isInstanceOfSatisfying(
              ImportException.class, e -> assertThat(e.field()).isEqualTo("Price"));
    }
  }

  @Test
  void ticker_paddedLowerCase_trimmedUpperCase() throws Exception {
    try (CsvReader r = reader("x\n")) {
      assertThat(Snapshots.ticker(r, "Symbol", "ecc           ")).isEqualTo("ECC");
      assertThat(Snapshots.ticker(r, "Symbol", "HOLX US")).isEqualTo("HOLX US");
      assertThat(Snapshots.ticker(r, "Symbol", "ABR^D")).isEqualTo("ABR^D");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "A\u0001B"})
  void ticker_blankOrControl_throws(String cell) throws Exception {
    try (CsvReader r = reader("x\n")) {
      assertThatThrownBy(() -> Snapshots.ticker(r, "Symbol", cell))
          .isInstanceOf(ImportException.class);
    }
  }

  @Test
  void requireFinalLineBreak_plainAndGzip_checksLastByte() throws Exception {
    Path ok = write("ok.csv", "a\nb\n");
    Path crlf = write("crlf.csv", "a\r\nb\r\n");
    Path cut = write("cut.csv", "a\nb");
    Path empty = write("empty.csv", "");
    Snapshots.requireFinalLineBreak(ok, 2);
    Snapshots.requireFinalLineBreak(crlf, 2);
    assertThatThrownBy(() -> Snapshots.requireFinalLineBreak(cut, 2))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(2));
    assertThatThrownBy(() -> Snapshots.requireFinalLineBreak(empty, 0))
        .isInstanceOf(ImportException.class);
    Snapshots.requireFinalLineBreak(gzip("ok.csv.gz", "a\nb\n"), 2);
    assertThatThrownBy(() -> Snapshots.requireFinalLineBreak(gzip("cut.csv.gz", "a\nb"), 2))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void table_trailingBlankLinesAllowed_innerBlankLineFails() throws Exception {
    Snapshots.RowMapper m = cells -> Constituent.of(cells.get(0));
    try (CsvReader r = CsvReader.open(write("t.csv", "h,v\nA,1\nB,2\n\n \n"))) {
      r.readLine();
      assertThat(Snapshots.table(r, 2, m))
          .extracting(Constituent::ticker)
          .containsExactly("A", "B");
    }
    try (CsvReader r = CsvReader.open(write("u.csv", "h,v\nA,1\n\nB,2\n"))) {
      r.readLine();
      assertThatThrownBy(() -> Snapshots.table(r, 2, m))
          .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(3));
    }
    try (CsvReader r = CsvReader.open(write("v.csv", "h,v\n"))) {
      r.readLine();
      assertThatThrownBy(() -> Snapshots.table(r, 2, m))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("no rows");
    }
    try (CsvReader r = CsvReader.open(write("w.csv", "h,v\nA,1\nB,2"))) {
      r.readLine();
      assertThatThrownBy(() -> Snapshots.table(r, 2, m))
          .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(3));
    }
  }

  @Test
  void duplicateNote_repeatedTickers_listed() {
    List<Constituent> rows =
        List.of(Constituent.of("NAN"), Constituent.of("A"), Constituent.of("NAN"));
    assertThat(Snapshots.duplicateNote(rows)).startsWith("1 ticker(s)").contains("NAN");
    assertThat(Snapshots.duplicateNote(List.of(Constituent.of("A")))).isNull();
  }

  private CsvReader reader(String text) throws IOException, ImportException {
    return CsvReader.open(write("r" + System.nanoTime() + ".csv", text));
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path gzip(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void labelsRead_header_givesWidthAndColumnsByTrimmedLabel() throws Exception {
    Path f = tmp.resolve("labels.csv");
    Files.writeString(f, "Symbol, Name ,Symbol,Sector\nA,B,C,D\n");
    try (CsvReader r = CsvReader.open(f)) {
      Snapshots.Labels h = Snapshots.Labels.read(r);
      assertThat(h.width()).isEqualTo(4);
      assertThat(h.column("Name")).isEqualTo(1);
      assertThat(h.column("Sector")).isEqualTo(3);
      assertThatThrownBy(() -> h.column("Symbol"))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("more than once");
      assertThatThrownBy(() -> h.column("Price"))
          .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(1))
          .hasMessageContaining("required column missing");
    }
  }

  @Test
  void datedByFileName_notesInOrder_asOfThenGivenThenDuplicates() {
    List<Constituent> rows =
        List.of(Constituent.of("AAA"), Constituent.of("BBB"), Constituent.of("AAA"));
    ParsedFile parsed =
        Snapshots.datedByFileName(
            Path.of("screener_2025-02.csv"),
            FileFormat.NASDAQ_SCREENER,
            "Title",
            rows,
            List.of("first", "second"));
    assertThat(parsed.snapshots()).hasSize(1);
    assertThat(parsed.snapshots().get(0).name()).isEqualTo("Title");
    assertThat(parsed.snapshots().get(0).asOf()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(parsed.notes()).hasSize(4);
    assertThat(parsed.notes().get(0))
        .isEqualTo(Snapshots.asOfFromFileName(Path.of("screener_2025-02.csv")).note());
    assertThat(parsed.notes().subList(1, 3)).containsExactly("first", "second");
    assertThat(parsed.notes().get(3)).isEqualTo(Snapshots.duplicateNote(rows)).contains("AAA");
  }

  @Test
  void datedByFileName_noDateNoDuplicates_givesNullAsOfAndOnlyTheAsOfNote() {
    ParsedFile parsed =
        Snapshots.datedByFileName(
            Path.of("screener.csv"),
            FileFormat.FUNDAMENTALS,
            "T",
            List.of(Constituent.of("A")),
            List.of());
    assertThat(parsed.snapshots().get(0).asOf()).isNull();
    assertThat(parsed.notes()).hasSize(1);
  }
}
