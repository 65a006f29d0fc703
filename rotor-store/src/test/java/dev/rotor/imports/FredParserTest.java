package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests on hand-written excerpts in FRED's layouts (expected values are the excerpt's
 * cells), bad inputs, seeded corruption, and every real file in {@code fred_macro-monitor/} and
 * {@code market-base/fred/}.
 */
class FredParserTest {

  private static final FredParser PARSER = new FredParser();
  private static final String[] EXCERPTS = {
    "UNRATE.csv", "DGS10.csv", "fredgraph.csv", "rates.csv"
  };

  @TempDir Path tmp;

  static Path excerpt(String name) {
    try {
      return Path.of(FredParserTest.class.getResource("fred/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ParsedFile parse(Path file) throws ImportException {
    return PARSER.parse(file, ImportOptions.defaults());
  }

  static ParsedSeries only(ParsedFile f) {
    assertThat(f.series()).hasSize(1);
    return f.series().get(0);
  }

  static ParsedSeries series(ParsedFile f, String column) {
    return f.series().stream()
        .filter(s -> column.equals(s.column()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no series " + column));
  }

  @Test
  void format_always_fred() {
    assertThat(PARSER.format()).isEqualTo(FileFormat.FRED);
  }

  @Test
  void parse_dateValueFile_codeFromFileNameEmptyCellAbsent() throws Exception {
    ParsedSeries s = only(parse(excerpt("UNRATE.csv")));

    assertThat(s.column()).isNull();
    assertThat(s.name()).isEqualTo("UNRATE");
    assertThat(s.kind()).isEqualTo(SeriesKind.MACRO);
    assertThat(s.units()).isEqualTo("percent");
    assertThat(s.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(s.values().dates())
        .containsExactly(
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2025, 8, 1),
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 11, 1));
    assertThat(s.values().values()).containsExactly(4.2, 4.3, 4.4, 4.6);
  }

  @Test
  void parse_classicUpperCaseWithDotMissingAndCrlf_dailyWithoutTheDot() throws Exception {
    ParsedSeries s = only(parse(excerpt("DGS10.csv")));

    assertThat(s.column()).isNull();
    assertThat(s.name()).isEqualTo("DGS10");
    assertThat(s.frequency()).isEqualTo(Frequency.DAILY);
    assertThat(s.values().contains(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(s.values().values()).containsExactly(4.55, 4.58, 4.57, 4.6);
  }

  @Test
  void parse_observationDateWithSeriesColumn_suffixIsTheColumnUnlessItIsTheFileName()
      throws Exception {
    ParsedSeries graph = only(parse(excerpt("fredgraph.csv")));
    Path named =
        Files.writeString(tmp.resolve("PAYEMS.csv"), "observation_date,PAYEMS\n2025-01-01,1\n");

    ParsedSeries same = only(parse(named));

    assertThat(graph.column()).isEqualTo("PAYEMS");
    assertThat(graph.name()).isEqualTo("PAYEMS");
    assertThat(graph.units()).isEmpty();
    assertThat(graph.values().lastValue()).isEqualTo(159275);
    assertThat(same.column()).isNull();
  }

  @Test
  void parse_wideFile_oneSeriesPerColumnFrequencyPerColumnEmptyColumnNoted() throws Exception {
    ParsedFile f = parse(excerpt("rates.csv"));

    assertThat(f.series())
        .extracting(ParsedSeries::column)
        .containsExactly("FEDFUNDS", "DGS10", "SOFRVOL");
    ParsedSeries ff = series(f, "FEDFUNDS");
    assertThat(ff.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(ff.units()).isEqualTo("percent");
    assertThat(ff.count()).isEqualTo(4);
    ParsedSeries dgs10 = series(f, "DGS10");
    assertThat(dgs10.frequency()).isEqualTo(Frequency.DAILY);
    assertThat(dgs10.values().firstDate()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(dgs10.values().get(LocalDate.of(2024, 2, 1))).hasValue(3.87);
    ParsedSeries vol = series(f, "SOFRVOL");
    assertThat(vol.units()).isEmpty();
    assertThat(vol.values().contains(LocalDate.of(2024, 1, 9))).isFalse();
    assertThat(f.notes()).singleElement().asString().contains("UNUSED");
  }

  @Test
  void parse_kindOption_overridesMacro() throws Exception {
    ParsedFile f = PARSER.parse(excerpt("rates.csv"), new ImportOptions(null, SeriesKind.FACTOR));

    assertThat(f.series()).allMatch(s -> s.kind() == SeriesKind.FACTOR);
  }

  @ParameterizedTest
  @CsvSource({
    "DGS10, percent",
    "dgs3mo, percent",
    "FEDFUNDS, percent",
    "BAMLH0A0HYM2, percent",
    "HY_OAS, percent",
    "IG_YIELD, percent",
    "EXPINF_10Y, percent",
    "SLOOS_CI_STD, percent",
    "UNRATE, percent",
    "ONRRP, percent",
    "SOFRVOL, ''",
    "PAYEMS, ''",
    "CPIAUCSL, ''",
    "VIXCLS, ''",
    "BAMLHYH0A0HYM2TRIV, ''"
  })
  void units_code_percentOnlyForKnownRates(String code, String expected) {
    assertThat(FredParser.units(code)).isEqualTo(expected);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("empty file", "", 0, null),
        Arguments.of("no date column", "UNRATE,PAYEMS\n2025-01-01,1\n", 1, "UNRATE"),
        Arguments.of("header only date", "date\n2025-01-01\n", 1, null),
        Arguments.of("header only", "date,value\n", 0, null),
        Arguments.of("all empty", "date,A,B\n2025-01-01,,.\n", 0, null),
        Arguments.of("repeated column", "date,A,A\n2025-01-01,1,2\n", 1, "A"),
        Arguments.of("blank column name", "date,A,\n2025-01-01,1,2\n", 1, null),
        Arguments.of("bad date", "date,value\n2025-13-01,1\n", 2, "date"),
        Arguments.of("text date", "date,value\nJan 2025,1\n", 2, "date"),
        Arguments.of("duplicate date", "date,value\n2025-01-01,1\n2025-01-01,2\n", 3, "date"),
        Arguments.of("unsorted", "DATE,VALUE\n2025-02-01,1\n2025-01-01,2\n", 3, "DATE"),
        Arguments.of("text in number", "date,A,B\n2025-01-01,1,x\n", 2, "B"),
        Arguments.of("huge number", "date,A\n2025-01-01,1e400\n", 2, "A"),
        Arguments.of("too few fields", "date,A,B\n2025-01-01,1\n", 2, "B"),
        Arguments.of("too many fields", "date,A\n2025-01-01,1,2\n", 2, null),
        Arguments.of("blank line inside", "date,A\n2025-01-01,1\n\n2025-01-02,1\n", 3, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void parse_badInput_importExceptionNamingLineAndField(
      String what, String content, long line, String field) throws IOException {
    Path p = Files.writeString(tmp.resolve("bad.csv"), content, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parse(p))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
            });
  }

  @Test
  void parse_trailingBlankLines_accepted() throws Exception {
    Path p = Files.writeString(tmp.resolve("X.csv"), "date,value\n2025-01-01,1\n\n\n");

    assertThat(only(parse(p)).count()).isEqualTo(1);
  }

  @Test
  void parse_seededCorruptions_onlyImportExceptionAtTheCorruptedLine() throws Exception {
    Random rnd = new Random(20260525L);
    int checked = 0;
    for (String name : EXCERPTS) {
      checked +=
          CorruptedCopies.verify(
              excerpt(name),
              FredParserTest::parse,
              List.of(CorruptedCopies.Kind.values()),
              8,
              rnd,
              CorruptedCopies::firstFieldIsDate,
              0,
              true,
              tmp);
    }
    assertThat(checked).isEqualTo(EXCERPTS.length * CorruptedCopies.Kind.values().length * 8);
  }

  // ---- real data (data README sections 2 and 6) ----
  // Oracle: pandas 1.5.3 via /usr/bin/python3:
  //   d = pd.read_csv('fred_macro-monitor/DGS10.csv', parse_dates=['date']).dropna()
  //   len(d), d.date.min(), d.date.max(), d.value.iloc[-1]
  //     -> 11499, 1980-01-02, 2025-12-30, 4.14 (1980-01-01 is an empty row; 12001 dated rows)
  //   same for UNRATE -> 550, 1980-01-01, 2025-11-01, 4.6, and 2025-10-01 is NaN
  //   for each column c of market-base/fred/<f>.csv: d[['date', c]].dropna() gives e.g.
  //     rates DGS10 16144 1962-01-02..2026-08-20; rates FEDFUNDS 865 1954-07-01..2026-07-01;
  //     volatility HY_OAS 803 2023-07-31..2026-08-20; labor UNRATE 942 1948-01-01..2026-07-01;
  //     growth GDP 318 1947-01-01..2026-04-01

  private static List<Path> csvFiles(String dir) throws IOException {
    try (Stream<Path> s = Files.list(SharedData.file(dir))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".csv"))
          .filter(p -> !p.getFileName().toString().startsWith("_"))
          .sorted()
          .toList();
    }
  }

  @Test
  void parse_everyMacroMonitorFile_oneSeriesNamedAfterTheFile() throws Exception {
    List<Path> files = csvFiles("fred_macro-monitor");

    assertThat(files).hasSize(49);
    for (Path p : files) {
      ParsedSeries s = only(parse(p));
      assertThat(s.column()).as(p.toString()).isNull();
      assertThat(s.name() + ".csv").isEqualTo(p.getFileName().toString());
    }
  }

  @Test
  void parse_realDgs10AndUnrate_rangesAndShutdownGap() throws Exception {
    ParsedSeries dgs10 = only(parse(SharedData.file("fred_macro-monitor/DGS10.csv")));
    ParsedSeries unrate = only(parse(SharedData.file("fred_macro-monitor/UNRATE.csv")));

    assertThat(dgs10.count()).isEqualTo(11499);
    assertThat(dgs10.values().firstDate()).isEqualTo(LocalDate.of(1980, 1, 2));
    assertThat(dgs10.values().lastDate()).isEqualTo(LocalDate.of(2025, 12, 30));
    assertThat(dgs10.values().lastValue()).isEqualTo(4.14);
    assertThat(dgs10.frequency()).isEqualTo(Frequency.DAILY);
    assertThat(dgs10.units()).isEqualTo("percent");
    assertThat(unrate.count()).isEqualTo(550);
    assertThat(unrate.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(unrate.values().contains(LocalDate.of(2025, 10, 1))).isFalse();
    assertThat(unrate.values().get(LocalDate.of(2025, 11, 1))).hasValue(4.6);
  }

  @Test
  void parse_everyMarketBaseWideFile_everyColumnASeries() throws Exception {
    List<Path> files = csvFiles("market-base/fred");

    assertThat(files).hasSize(8);
    int total = 0;
    for (Path p : files) {
      ParsedFile f = parse(p);
      String header = Files.readAllLines(p).get(0);
      assertThat(f.series()).as(p.toString()).hasSize(header.split(",").length - 1);
      assertThat(f.notes()).isEmpty();
      total += f.series().size();
    }
    assertThat(total).isEqualTo(1 + 19 + 5 + 19 + 3 + 28 + 2 + 3);
  }

  @Test
  void parse_realWideFiles_mixedFrequenciesAndRanges() throws Exception {
    ParsedFile rates = parse(SharedData.file("market-base/fred/rates.csv"));
    ParsedFile labor = parse(SharedData.file("market-base/fred/labor.csv"));
    ParsedFile vol = parse(SharedData.file("market-base/fred/volatility.csv"));
    ParsedFile growth = parse(SharedData.file("market-base/fred/growth.csv"));

    ParsedSeries dgs10 = series(rates, "DGS10");
    assertThat(dgs10.count()).isEqualTo(16144);
    assertThat(dgs10.values().firstDate()).isEqualTo(LocalDate.of(1962, 1, 2));
    assertThat(dgs10.values().lastDate()).isEqualTo(LocalDate.of(2026, 8, 20));
    assertThat(dgs10.frequency()).isEqualTo(Frequency.DAILY);
    ParsedSeries ff = series(rates, "FEDFUNDS");
    assertThat(ff.count()).isEqualTo(865);
    assertThat(ff.frequency()).isEqualTo(Frequency.MONTHLY);
    ParsedSeries hy = series(vol, "HY_OAS");
    assertThat(hy.count()).isEqualTo(803);
    assertThat(hy.values().firstDate()).isEqualTo(LocalDate.of(2023, 7, 31));
    assertThat(hy.units()).isEqualTo("percent");
    ParsedSeries unrate = series(labor, "UNRATE");
    assertThat(unrate.count()).isEqualTo(942);
    assertThat(unrate.values().contains(LocalDate.of(2025, 10, 1))).isFalse();
    assertThat(series(labor, "ICSA").frequency()).isEqualTo(Frequency.WEEKLY);
    ParsedSeries gdp = series(growth, "GDP");
    assertThat(gdp.count()).isEqualTo(318);
    assertThat(gdp.frequency()).isEqualTo(Frequency.QUARTERLY);
    assertThat(gdp.values().lastDate()).isEqualTo(LocalDate.of(2026, 4, 1));
  }
}
