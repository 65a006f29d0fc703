package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.shareddata.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NasdaqScreenerParserTest {

  private static final String GOLDEN = "nasdaq_screener_2025-02.csv";

  private final NasdaqScreenerParser parser = new NasdaqScreenerParser();

  @TempDir Path tmp;

  @Test
  void parse_golden_readsRows() throws Exception {
    ParsedFile out = parser.parse(golden(), ImportOptions.defaults());
    assertThat(out.format()).isEqualTo(FileFormat.NASDAQ_SCREENER);
    CrossSection cs = out.snapshots().get(0);
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(cs.rows())
        .extracting(Constituent::ticker)
        .containsExactly("AAA", "BBB", "BBB^D", "CCC", "DDD");
    // expected values are the golden file's cells: "$33.20", "9123456789.00"
    Constituent bbb = cs.rows().get(1);
    assertThat(bbb.name()).isEqualTo("Beta Bancorp, Inc. Common Stock");
    assertThat(bbb.price()).isEqualTo(33.20);
    assertThat(bbb.marketCap()).isEqualTo(9_123_456_789.0);
    assertThat(bbb.sector()).isEqualTo("Finance");
    assertThat(bbb.industry()).isEqualTo("Major Banks");
    assertThat(bbb.assetClass()).isEmpty();
    assertThat(cs.rows().get(2).marketCap()).isNaN(); // blank
    assertThat(cs.rows().get(2).sector()).isEmpty();
    assertThat(cs.rows().get(3).marketCap()).isNaN(); // 0.00
    assertThat(out.notes())
        .anyMatch(n -> n.contains("last day of the month '2025-02'"))
        .anyMatch(n -> n.startsWith("2 row(s) with a blank or 0.00 Market Cap"));
  }

  @Test
  void parse_nameWithDay_usesThatDay_nameWithoutDate_null() throws Exception {
    String text = Files.readString(golden(), StandardCharsets.UTF_8);
    assertThat(parse("nasdaq_screener_2025-02-09.csv", text).asOf())
        .isEqualTo(LocalDate.of(2025, 2, 9));
    assertThat(parse("nasdaq_screener.csv", text).asOf()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what | text to find | replacement | line | problem
        "dollar price garbled | $33.20          | $3x.20        | 3 | field 'Last Sale'",
        "text market cap      | 45000000.00     | 45 million    | 6 | field 'Market Cap'",
        "missing column       | Last Sale,      | Last,         | 1 | field 'Last Sale'",
        "blank symbol         | <NL>DDD,        | <NL>,         | 6 | ticker is blank",
        "extra field          | Blank Checks    | Blank,Checks  | 5 | expected 11 fields",
        "unclosed quote       | Inc. Common Stock \" | Inc. Common Stock | 3 | unbalanced",
        "inner blank line     | <NL>DDD,        | <NL><NL>DDD,  | 6 | blank line inside",
        "last line cut        | Other Consumer Services<NL> | Other Consumer Ser | 6 | no line"
            + " break"
      })
  void parse_damaged_throwsNamingLineAndField(
      String what, String find, String replacement, long line, String problem) throws Exception {
    String text = Files.readString(golden(), StandardCharsets.UTF_8);
    String from = find.replace("<NL>", "\n");
    assertThat(text).contains(from);
    Path f = write(GOLDEN, text.replace(from, replacement.replace("<NL>", "\n")));
    assertThatThrownBy(() -> parser.parse(f, ImportOptions.defaults()))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.getMessage()).contains(problem);
            });
  }

  @Test
  void parse_emptyAndHeaderOnly_throw() throws Exception {
    assertThatThrownBy(() -> parser.parse(write("e.csv", ""), ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("empty file");
    Path header = write("h.csv", "Symbol,Name,Last Sale,Market Cap,Sector,Industry\n");
    assertThatThrownBy(() -> parser.parse(header, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no rows");
  }

  @Test
  void parse_seededCorruption_onlyImportException() {
    SnapshotCorruption.run(parser, golden(), tmp, 21L, 600);
  }

  @Test
  void parse_realFile_matchesReadme() throws Exception {
    ParsedFile out =
        parser.parse(
            SharedData.file("nasdaq_screener/nasdaq_screener_2025-02.csv"),
            ImportOptions.defaults());
    CrossSection cs = out.snapshots().get(0);
    // 7,008 lines = header + 7,007 listings (wc -l); 394 blank + 595 "0.00" Market Cap cells
    // (python3 csv: Counter of the Market Cap column)
    assertThat(cs.rows()).hasSize(7007);
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(cs.rows().stream().filter(c -> Double.isNaN(c.marketCap())).count())
        .isEqualTo(394 + 595);
    // line 3 of the file (sed -n 3p): AA,Alcoa Corporation Common Stock ,$41.10,-0.92,-2.189%,
    // 10617779754.00,United States,2016,3765135,Industrials,Aluminum
    Constituent aa = cs.rows().get(1);
    assertThat(aa.ticker()).isEqualTo("AA");
    assertThat(aa.name()).isEqualTo("Alcoa Corporation Common Stock");
    assertThat(aa.price()).isEqualTo(41.10);
    assertThat(aa.marketCap()).isEqualTo(10_617_779_754.0);
    assertThat(aa.sector()).isEqualTo("Industrials");
    assertThat(aa.industry()).isEqualTo("Aluminum");
    // padded symbols such as "ECC           " are trimmed (grep -n '^ECC ' ...)
    assertThat(cs.rows()).anyMatch(c -> c.ticker().equals("ECC"));
    assertThat(cs.rows()).anyMatch(c -> c.ticker().equals("ABR^D"));
  }

  private CrossSection parse(String name, String text) throws Exception {
    return parser.parse(write(name, text), ImportOptions.defaults()).snapshots().get(0);
  }

  private Path golden() {
    try {
      return Path.of(getClass().getResource("xsection/" + GOLDEN).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String text) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "f");
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
