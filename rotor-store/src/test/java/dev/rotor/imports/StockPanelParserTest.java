package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockPanelParserTest {

  private static final double EXACT = 0.0;

  /** Relative tolerance for a sum of 1906 closes against pandas. */
  private static final double SUM_TOL = 1e-9;

  private final StockPanelParser parser = new StockPanelParser();

  @TempDir Path tmp;

  private ParsedFile parse(Path file) throws ImportException {
    return parser.parse(file, ImportOptions.defaults());
  }

  private static Map<String, ParsedSeries> byColumn(ParsedFile f) {
    return f.series().stream().collect(Collectors.toMap(ParsedSeries::column, Function.identity()));
  }

  // Expected values are the cells of the excerpt file panel/panel_small.csv.
  @Test
  void parse_smallPanel_oneSeriesPerTickerWithGapsAbsent() throws Exception {
    ParsedFile f = parse(OhlcvParserTest.resource("panel/panel_small.csv"));
    Map<String, ParsedSeries> s = byColumn(f);
    assertThat(s).containsOnlyKeys("AAA", "BRK-B", "NEWCO");
    DateSeries aaa = s.get("AAA").values();
    assertThat(aaa.size()).isEqualTo(4);
    assertThat(aaa.contains(LocalDate.of(2020, 1, 6))).isFalse();
    assertThat(aaa.get(LocalDate.of(2020, 1, 8)).getAsDouble()).isEqualTo(11.125, within(EXACT));
    DateSeries newco = s.get("NEWCO").values();
    assertThat(newco.firstDate()).isEqualTo(LocalDate.of(2020, 1, 7));
    assertThat(newco.lastValue()).isEqualTo(30.95, within(EXACT));
    ParsedSeries brk = s.get("BRK-B");
    assertThat(brk.kind()).isEqualTo(SeriesKind.STOCK);
    assertThat(brk.units()).isEqualTo("USD");
    assertThat(brk.frequency()).isEqualTo(Frequency.DAILY);
    assertThat(brk.name()).contains("total return").startsWith("BRK-B");
    assertThat(f.notes())
        .anyMatch(n -> n.startsWith("1 ticker column without any price") && n.endsWith("GONE"));
  }

  @Test
  void parse_gzipAndForcedKind_readLikePlain() throws Exception {
    Path gz = tmp.resolve("p.csv.gz");
    Corruption.write(gz, Files.readAllBytes(OhlcvParserTest.resource("panel/panel_small.csv")));
    ParsedFile f = parser.parse(gz, new ImportOptions(null, SeriesKind.ETF));
    assertThat(f.series()).hasSize(3).allMatch(s -> s.kind() == SeriesKind.ETF);
    assertThat(byColumn(f).get("BRK-B").values().valueAt(0)).isEqualTo(228.39, within(EXACT));
  }

  @Test
  void parse_whitespaceInTicker_becomesUnderscore() throws Exception {
    Path f = write("date, BRK B ,X\n2020-01-02,1,2\n");
    assertThat(byColumn(parse(f))).containsOnlyKeys("BRK_B", "X");
  }

  private Path write(String content) throws IOException {
    Path f = tmp.resolve("P.csv");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no date first  | ticker,A\\n2020-01-02,1\\n              | 1 | ticker | first column must be the date",
        "no tickers     | date\\n2020-01-02\\n                     | 1 |        | no ticker columns",
        "empty ticker   | date,A,,B\\n2020-01-02,1,2,3\\n          | 1 | column 3 | empty ticker",
        "dup ticker     | date,A,A\\n2020-01-02,1,2\\n             | 1 | A      | twice",
        "text in cell   | date,A,B\\n2020-01-02,1,x\\n             | 2 | B      | not a number",
        "huge number    | date,A,B\\n2020-01-02,1e400,1\\n         | 2 | A      | not a finite",
        "null marker    | date,A\\n2020-01-02,null\\n              | 2 | A      | not a number",
        "unsorted       | date,A\\n2020-01-03,1\\n2020-01-02,1\\n  | 3 | date   | not ascending",
        "duplicate      | date,A\\n2020-01-03,1\\n2020-01-03,1\\n  | 3 | date   | duplicate",
        "short row      | date,A,B\\n2020-01-03,1\\n               | 2 |        | expected 3 fields",
        "bad date       | date,A\\n2020-02-30,1\\n                 | 2 | date   | not a valid date",
        "header only    | date,A\\n                                | 1 |        | no data rows",
      })
  void parse_badInput_throwsWithLineAndField(
      String label, String content, long line, String field, String problem) throws Exception {
    Path f = write(content.replace("\\n", "\n"));
    assertThatThrownBy(() -> parse(f))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.problem()).contains(problem);
            });
  }

  @Test
  void parse_emptyFile_throwsImportException() throws Exception {
    Path f = write("");
    assertThatThrownBy(() -> parse(f)).isInstanceOf(ImportException.class);
  }

  @Test
  void parse_seededCorruption_onlyImportExceptionEscapes() throws Exception {
    String golden =
        Files.readString(OhlcvParserTest.resource("panel/panel_small.csv"), StandardCharsets.UTF_8);
    int rejected = Corruption.check(tmp, "C.csv", golden, 11, 600, this::parse);
    rejected += Corruption.check(tmp, "C.csv.gz", golden, 12, 150, this::parse);
    assertThat(rejected).isGreaterThan(300);
  }

  // README section 5: 1,906 dates 2019-01-02..2026-08-03, 2,860 tickers. Other figures from
  // pandas 1.5.3: df = pd.read_csv('adj_close_wide_2019-2026.csv.gz');
  //   int(df.iloc[:,1:].notna().sum().sum()) -> 4967397; df.iloc[:,1:].isna().all().sum() -> 0;
  //   a = df[['date','AAPL']].dropna(): len 1906, first 37.4692, last 305.49 (2026-08-03),
  //   repr(a.AAPL.sum()) -> 301812.4768; df.iloc[:,1:].notna().sum().min() -> 20 (BRKL).
  @Test
  void parse_realPanel_matchesReadmeAndPandas() throws Exception {
    Path file = SharedData.file("factor_attribution/stock_panel/adj_close_wide_2019-2026.csv.gz");
    long t0 = System.nanoTime();
    ParsedFile f = parse(file);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, ParsedSeries> s = byColumn(f);
    assertThat(s).hasSize(2860);
    assertThat(s.values().stream().mapToLong(ParsedSeries::count).sum()).isEqualTo(4_967_397L);
    DateSeries aapl = s.get("AAPL").values();
    assertThat(aapl.size()).isEqualTo(1906);
    assertThat(aapl.firstDate()).isEqualTo(LocalDate.of(2019, 1, 2));
    assertThat(aapl.lastDate()).isEqualTo(LocalDate.of(2026, 8, 3));
    assertThat(aapl.valueAt(0)).isEqualTo(37.4692, within(EXACT));
    assertThat(aapl.lastValue()).isEqualTo(305.49, within(EXACT));
    double sum = 0;
    for (double v : aapl.values()) {
      sum += v;
    }
    assertThat(sum).isCloseTo(301812.4768, within(SUM_TOL * 301812.4768));
    assertThat(s.get("BRKL").count()).isEqualTo(20);
    assertThat(s.get("AAPL").frequency()).isEqualTo(Frequency.DAILY);
    // "a few seconds at most": a generous bound for a loaded 2-core CI machine
    assertThat(seconds).isLessThan(20);
  }
}
