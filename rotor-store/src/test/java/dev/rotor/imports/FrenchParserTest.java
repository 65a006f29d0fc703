package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.imports.FrenchParser.Content;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
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
 * Golden tests on hand-written excerpts in the library's layout (expected values are the excerpt's
 * cells, divided by 100 for returns), bad inputs, seeded corruption, and the real files in {@code
 * ken_french/}.
 */
class FrenchParserTest {

  private static final double TOL = 1e-12;
  private static final FrenchParser PARSER = new FrenchParser();
  private static final String[] EXCERPTS = {
    "factors_monthly.csv",
    "industry.csv",
    "size_untitled.csv",
    "factors_daily_iso.csv",
    "momentum_daily_classic.csv"
  };

  @TempDir Path tmp;

  static Path excerpt(String name) {
    try {
      return Path.of(FrenchParserTest.class.getResource("french/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ParsedFile parse(Path file) throws ImportException {
    return PARSER.parse(file, ImportOptions.defaults());
  }

  static ParsedSeries series(ParsedFile f, String column) {
    return f.series().stream()
        .filter(s -> column.equals(s.column()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no series " + column));
  }

  static double at(ParsedSeries s, String date) {
    return s.values().get(LocalDate.parse(date)).orElseThrow();
  }

  static List<String> columns(ParsedFile f) {
    return f.series().stream().map(ParsedSeries::column).toList();
  }

  @Test
  void format_always_french() {
    assertThat(PARSER.format()).isEqualTo(FileFormat.FRENCH);
  }

  @Test
  void parse_factorFile_mainBlockPlainAndAnnualPrefixed() throws Exception {
    ParsedFile f = parse(excerpt("factors_monthly.csv"));

    assertThat(columns(f))
        .containsExactly(
            "Mkt-RF", "SMB", "HML", "RF", "annual.Mkt-RF", "annual.SMB", "annual.HML", "annual.RF");
    ParsedSeries smb = series(f, "SMB");
    assertThat(smb.kind()).isEqualTo(SeriesKind.FACTOR);
    assertThat(smb.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(smb.units()).isEqualTo("decimal return");
    assertThat(smb.name()).isEqualTo("SMB (factors_monthly, monthly)");
    assertThat(smb.values().dates())
        .containsExactly(
            LocalDate.of(1926, 7, 31),
            LocalDate.of(1926, 8, 31),
            LocalDate.of(1926, 9, 30),
            LocalDate.of(2024, 1, 31),
            LocalDate.of(2024, 2, 29));
    assertThat(smb.values().values()).containsExactly(-0.0256, -0.0117, -0.014, -0.0509, -0.0024);
    ParsedSeries annual = series(f, "annual.SMB");
    assertThat(annual.frequency()).isEqualTo(Frequency.ANNUAL);
    assertThat(annual.kind()).isEqualTo(SeriesKind.FACTOR);
    assertThat(annual.values().dates()).startsWith(LocalDate.of(1927, 12, 31));
    assertThat(at(annual, "2023-12-31")).isCloseTo(-0.0381, within(TOL));
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void parse_industryFile_eightBlockKeysTrimmedNamesAndUnits() throws Exception {
    ParsedFile f = parse(excerpt("industry.csv"));
    assertThat(Files.readString(excerpt("industry.csv"))).as("CRLF excerpt").contains("\r\n");

    List<String> expected = new java.util.ArrayList<>();
    for (String key :
        List.of(
            "vw_monthly",
            "ew_monthly",
            "vw_annual",
            "ew_annual",
            "firms",
            "size",
            "be_me_sum",
            "be_me_vw")) {
      for (String c : List.of("Agric", "Food", "Soda", "Fun")) {
        expected.add(key + "." + c);
      }
    }
    assertThat(columns(f)).containsExactlyElementsOf(expected);
    ParsedSeries vw = series(f, "vw_monthly.Food");
    assertThat(vw.kind()).isEqualTo(SeriesKind.RETURNS);
    assertThat(vw.units()).isEqualTo("decimal return");
    assertThat(vw.name()).isEqualTo("Food (industry, value-weighted return, monthly)");
    assertThat(at(vw, "2026-02-28")).isCloseTo(0.0515, within(TOL));
    assertThat(series(f, "vw_monthly.Soda").values().dates())
        .containsExactly(LocalDate.of(2026, 2, 28));
    assertThat(at(series(f, "ew_annual.Fun"), "1927-12-31")).isCloseTo(0.2172, within(TOL));
    ParsedSeries firms = series(f, "firms.Soda");
    assertThat(firms.kind()).isEqualTo(SeriesKind.FUNDAMENTAL);
    assertThat(firms.units()).isEqualTo("count");
    assertThat(firms.values().values()).containsExactly(0, 0, 7);
    ParsedSeries size = series(f, "size.Food");
    assertThat(size.units()).isEqualTo("USD millions");
    assertThat(at(size, "2026-02-28")).isEqualTo(7340.09);
    ParsedSeries beMe = series(f, "be_me_sum.Food");
    assertThat(beMe.units()).isEqualTo("ratio");
    assertThat(beMe.frequency()).isEqualTo(Frequency.ANNUAL);
    assertThat(at(beMe, "1926-12-31")).isEqualTo(0.63);
    assertThat(at(series(f, "be_me_vw.Fun"), "2025-12-31")).isEqualTo(0.21);
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void parse_sizeFileWithoutFirstTitle_valueWeightedAndAllMissingColumnsDropped() throws Exception {
    ParsedFile f = parse(excerpt("size_untitled.csv"));

    assertThat(columns(f))
        .contains("vw_monthly.Lo_30", "ew_monthly.Hi_30", "vw_annual.Lo_10", "firms.<=_0")
        .doesNotContain(
            "vw_monthly.<=_0", "ew_monthly.<=_0", "vw_annual.<=_0", "ew_annual.<=_0", "size.<=_0")
        .hasSize(6 * 4 - 5);
    assertThat(at(series(f, "vw_monthly.Lo_30"), "1926-07-31")).isCloseTo(0.0014, within(TOL));
    assertThat(at(series(f, "vw_annual.Hi_30"), "2024-12-31")).isCloseTo(0.273, within(TOL));
    assertThat(series(f, "firms.<=_0").values().values()).containsExactly(0, 0, 0);
    assertThat(f.notes()).hasSize(6);
    assertThat(f.notes().get(0)).contains("line 1", "value-weighted");
    assertThat(f.notes().subList(1, 6))
        .allMatch(n -> n.contains("'<= 0'") && n.contains("no series"));
  }

  @Test
  void parse_isoDailyWithDateHeader_dailyPlainColumns() throws Exception {
    ParsedFile f = parse(excerpt("factors_daily_iso.csv"));

    assertThat(columns(f)).containsExactly("Mkt-RF", "SMB", "HML", "RF");
    ParsedSeries smb = series(f, "SMB");
    assertThat(smb.frequency()).isEqualTo(Frequency.DAILY);
    assertThat(smb.values().firstDate()).isEqualTo(LocalDate.of(1926, 7, 1));
    assertThat(at(smb, "2026-04-30")).isCloseTo(0.0098, within(TOL));
    assertThat(smb.count()).isEqualTo(5);
  }

  @Test
  void parse_classicDailyWithLeadingMissing_firstObservationAfterMissing() throws Exception {
    ParsedFile f = parse(excerpt("momentum_daily_classic.csv"));

    ParsedSeries mom = series(f, "Mom");
    assertThat(f.series()).hasSize(1);
    assertThat(mom.values().firstDate()).isEqualTo(LocalDate.of(1926, 11, 3));
    assertThat(mom.values().values()).containsExactly(0.0054, -0.0051, 0.0117);
  }

  @Test
  void parse_kindOption_overridesInferredKind() throws Exception {
    ParsedFile f = PARSER.parse(excerpt("industry.csv"), new ImportOptions(null, SeriesKind.MACRO));

    assertThat(f.series()).allMatch(s -> s.kind() == SeriesKind.MACRO);
  }

  @Test
  void parse_withoutFooter_notesPossibleTruncation() throws Exception {
    Path p = write("nofooter.csv", ",SMB\n192607,1.00\n");

    ParsedFile f = parse(p);

    assertThat(f.notes()).singleElement().asString().contains("Copyright");
    assertThat(at(series(f, "SMB"), "1926-07-31")).isCloseTo(0.01, within(TOL));
  }

  @Test
  void parse_unknownLaterBlock_skippedWithNote() throws Exception {
    Path p = write("unknown.csv", ",SMB\n192607,1.00\n\n  Mystery Numbers\n,SMB\n1926,2.0\n");

    ParsedFile f = parse(p);

    assertThat(columns(f)).containsExactly("SMB");
    assertThat(f.notes()).anyMatch(n -> n.contains("Mystery Numbers") && n.contains("skipped"));
  }

  @Test
  void fromPercent_seededTwoDecimalCells_nearestDoubleOfShiftedDecimal() {
    Random rnd = new Random(7L);
    for (int i = 0; i < 10_000; i++) {
      long hundredths = rnd.nextInt(2_000_001) - 1_000_000;
      String cell = String.format(java.util.Locale.ROOT, "%.2f", hundredths / 100.0);
      double percent = Double.parseDouble(cell);

      double decimal = FrenchParser.fromPercent(percent);

      // the decimal string shifted by two places, parsed by the JDK (correctly rounded)
      assertThat(decimal).as(cell).isEqualTo(Double.parseDouble(cell + "e-2"));
      assertThat(Math.abs(decimal - percent / 100)).as(cell).isLessThanOrEqualTo(Math.ulp(decimal));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "  Average Value Weighted Returns -- Monthly | VW_RETURNS",
        "  Equal Weight Returns -- Annual from January to December | EW_RETURNS",
        " Annual Factors: January-December  | FACTOR_RETURNS",
        "  Number of Firms in Portfolios | FIRMS",
        "  Average Firm Size | SIZE",
        "  Average Market Cap | SIZE",
        "  Sum of BE / Sum of ME | BE_ME_SUM",
        "  Value-Weighted Average of BE/ME | BE_ME_VW",
      })
  void classify_knownTitle_content(String title, Content expected) {
    assertThat(FrenchParser.classify(title)).isEqualTo(expected);
  }

  @Test
  void classify_unknownOrMissingTitle_null() {
    assertThat(FrenchParser.classify("This file was created using the 202602 CRSP database."))
        .isNull();
    assertThat(FrenchParser.classify(null)).isNull();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("empty file", "", 0, null),
        Arguments.of("preamble only", "Some text\nmore text\n", 0, null),
        Arguments.of("header without rows", "pre\n\n,SMB\n\nCopyright\n", 3, null),
        Arguments.of("dated row before header", "192607,1.0\n", 1, "date"),
        Arguments.of("duplicate date", ",SMB\n192607,1\n192607,2\n", 3, "date"),
        Arguments.of("unsorted dates", ",SMB\n192608,1\n192607,2\n", 3, "date"),
        Arguments.of("mixed date styles", ",SMB\n192607,1\n19260801,2\n", 3, "date"),
        Arguments.of("month 13", ",SMB\n192613,1\n", 2, "date"),
        Arguments.of("day 30 February", "Date,SMB\n1926-02-30,1\n", 2, "date"),
        Arguments.of("empty date", ",SMB,HML\n192607,1,2\n,1,2\n", 3, "date"),
        Arguments.of("too few fields", ",SMB,HML\n192607,1\n", 2, "HML"),
        Arguments.of("too many fields", ",SMB\n192607,1,2\n", 2, null),
        Arguments.of("text in number", ",SMB,HML\n192607,1,abc\n", 2, "HML"),
        Arguments.of("empty number", ",SMB,HML\n192607,1, \n", 2, "HML"),
        Arguments.of("huge number", ",SMB\n192607,1e400\n", 2, "SMB"),
        Arguments.of("NaN number", ",SMB\n192607,NaN\n", 2, "SMB"),
        Arguments.of("title without header", ",SMB\n192607,1\n\n Annual Factors\n", 4, null),
        Arguments.of("text after footer", ",SMB\n192607,1\nCopyright 2026\nmore\n", 4, null),
        Arguments.of("footer first", "Copyright 2026\n,SMB\n192607,1\n", 1, null),
        Arguments.of("repeated column", ",SMB,SMB \n192607,1,2\n", 1, "SMB"),
        Arguments.of("blank column name", ",SMB, \n192607,1,2\n", 1, null),
        Arguments.of(
            "same key twice",
            ",A\n192607,1\n\n Number of Firms\n,A\n192607,1\n\n Number of Firms\n,A\n192607,1\n",
            9,
            null),
        Arguments.of("every column missing", ",A,B\n192607,-99.99,-999\n", 0, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void parse_badInput_importExceptionNamingLineAndField(
      String what, String content, long line, String field) throws IOException {
    Path p = write("bad.csv", content);

    assertThatThrownBy(() -> parse(p))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
              assertThat(e.file()).isEqualTo(p);
            });
  }

  @Test
  void parse_seededCorruptions_onlyImportExceptionAtTheCorruptedLine() throws Exception {
    Random rnd = new Random(20260524L);
    int checked = 0;
    for (String name : EXCERPTS) {
      checked +=
          CorruptedCopies.verify(
              excerpt(name),
              FrenchParserTest::parse,
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

  // ---- real data (ken_french/, see data README section 1) ----
  // Oracle for the numbers below: pandas 1.5.3 via /usr/bin/python3, reading each block by line
  // range, e.g.
  //   pd.read_csv('F-F_Research_Data_Factors.csv', skiprows=4, nrows=1196, index_col=0,
  //               skipinitialspace=True).loc[202602, 'SMB']            -> 0.14
  //   ... skiprows=1203, nrows=99 (annual block) .loc[2025, 'SMB']     -> -10.57
  //   ... ['SMB'].sum() over the monthly block                         -> 198.38
  //   pd.read_csv('F-F_Research_Data_Factors_daily.csv', skiprows=4, nrows=26233, ...)['SMB']
  //       .sum() -> 101.39, last row 2026-04-30 SMB 0.98
  //   pd.read_csv('F-F_Momentum_Factor_daily.csv', skiprows=13, nrows=26132, ...): first
  //       1926-11-03 0.54, last 2026-04-30 2.17
  //   pd.read_csv('F-F_Research_Data_5_Factors_2x3.csv', skiprows=4, nrows=754, ...)
  //       .loc[202604, 'RMW'] -> -4.32
  //   pd.read_csv('49_Industry_Portfolios.csv', skiprows=11, nrows=1196, ...) with -99.99/-999
  //       as NaN: 'Food ' 202602 5.15, sum 1106.16, 'Soda ' 752 values from 196307, 55736
  //       values in the block; skiprows=2617 (firms) Food 202602 45; skiprows=3817 (size) Food
  //       202602 7340.09; skiprows=5017 (Sum BE/ME) Food 2025 0.48, 1926 0.63
  //   pd.read_csv('12_Industry_Portfolios.CSV', skiprows=2485, nrows=98, ...) (EW annual)
  //       .loc[2024, 'Hlth '] -> -5.31
  //   pd.read_csv('Portfolios_Formed_on_ME.CSV', nrows=1182, ...): 'Lo 30' 192607 0.14, sum
  //       1460.28, 'Hi 10' 202412 -1.31; skiprows=2576 (firms) 'Lo 30' 202412 2183

  private static final double SUM_TOL = 1e-9;

  static ParsedFile real(String name) throws ImportException {
    return parse(dev.rotor.shareddata.SharedData.file("ken_french/" + name));
  }

  static double sum(ParsedSeries s) {
    double t = 0;
    for (double v : s.values().values()) {
      t += v;
    }
    return t;
  }

  @Test
  void parse_realThreeFactorMonthly_countsRangesAndCells() throws Exception {
    ParsedFile f = real("F-F_Research_Data_Factors.csv");

    assertThat(columns(f))
        .containsExactly(
            "Mkt-RF", "SMB", "HML", "RF", "annual.Mkt-RF", "annual.SMB", "annual.HML", "annual.RF");
    ParsedSeries smb = series(f, "SMB");
    assertRange(smb.values(), 1196, "1926-07-31", "2026-02-28");
    assertThat(at(smb, "1926-07-31")).isCloseTo(-0.0255, within(TOL));
    assertThat(at(smb, "2026-02-28")).isCloseTo(0.0014, within(TOL));
    assertThat(sum(smb)).isCloseTo(1.9838, within(SUM_TOL));
    ParsedSeries annual = series(f, "annual.SMB");
    assertRange(annual.values(), 99, "1927-12-31", "2025-12-31");
    assertThat(at(annual, "2025-12-31")).isCloseTo(-0.1057, within(TOL));
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void parse_realThreeFactorDaily_isoDatesFullHistory() throws Exception {
    ParsedFile f = real("F-F_Research_Data_Factors_daily.csv");

    assertThat(columns(f)).containsExactly("Mkt-RF", "SMB", "HML", "RF");
    ParsedSeries smb = series(f, "SMB");
    assertThat(smb.frequency()).isEqualTo(Frequency.DAILY);
    assertRange(smb.values(), 26233, "1926-07-01", "2026-04-30");
    assertThat(at(smb, "2026-04-30")).isCloseTo(0.0098, within(TOL));
    assertThat(sum(smb)).isCloseTo(1.0139, within(SUM_TOL));
  }

  @Test
  void parse_realFiveFactors_monthlyAndAnnual() throws Exception {
    ParsedFile f = real("F-F_Research_Data_5_Factors_2x3.csv");

    assertThat(f.series()).hasSize(12);
    assertRange(series(f, "SMB").values(), 754, "1963-07-31", "2026-04-30");
    assertRange(series(f, "annual.CMA").values(), 62, "1964-12-31", "2025-12-31");
    assertThat(at(series(f, "RMW"), "2026-04-30")).isCloseTo(-0.0432, within(TOL));
  }

  @Test
  void parse_realFiveFactorsDaily_sixSeries() throws Exception {
    ParsedFile f = real("F-F_Research_Data_5_Factors_2x3_daily.csv");

    assertThat(columns(f)).containsExactly("Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF");
    assertRange(series(f, "RMW").values(), 15813, "1963-07-01", "2026-04-30");
  }

  @Test
  void parse_realMomentumDaily_startsNovember1926() throws Exception {
    ParsedFile f = real("F-F_Momentum_Factor_daily.csv");

    ParsedSeries mom = series(f, "Mom");
    assertThat(f.series()).hasSize(1);
    assertThat(mom.kind()).isEqualTo(SeriesKind.FACTOR);
    assertRange(mom.values(), 26132, "1926-11-03", "2026-04-30");
    assertThat(at(mom, "1926-11-03")).isCloseTo(0.0054, within(TOL));
    assertThat(mom.values().lastValue()).isCloseTo(0.0217, within(TOL));
  }

  @Test
  void parse_real49Industries_eightBlocksOf49() throws Exception {
    ParsedFile f = real("49_Industry_Portfolios.csv");

    assertThat(f.series()).hasSize(8 * 49);
    ParsedSeries food = series(f, "vw_monthly.Food");
    assertRange(food.values(), 1196, "1926-07-31", "2026-02-28");
    assertThat(at(food, "2026-02-28")).isCloseTo(0.0515, within(TOL));
    assertThat(sum(food)).isCloseTo(11.0616, within(SUM_TOL));
    assertRange(series(f, "vw_monthly.Soda").values(), 752, "1963-07-31", "2026-02-28");
    int values =
        f.series().stream()
            .filter(s -> s.column().startsWith("vw_monthly."))
            .mapToInt(ParsedSeries::count)
            .sum();
    assertThat(values).isEqualTo(55736);
    assertRange(series(f, "vw_annual.Food").values(), 99, "1927-12-31", "2025-12-31");
    assertThat(at(series(f, "firms.Food"), "2026-02-28")).isEqualTo(45);
    assertThat(at(series(f, "size.Food"), "2026-02-28")).isEqualTo(7340.09);
    ParsedSeries beMe = series(f, "be_me_sum.Food");
    assertRange(beMe.values(), 100, "1926-12-31", "2025-12-31");
    assertThat(at(beMe, "2025-12-31")).isEqualTo(0.48);
    assertThat(at(beMe, "1926-12-31")).isEqualTo(0.63);
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void parse_real12Industries_trailingSpaceHeader() throws Exception {
    ParsedFile f = real("12_Industry_Portfolios.CSV");

    assertThat(f.series()).hasSize(8 * 12);
    ParsedSeries hlth = series(f, "ew_annual.Hlth");
    assertRange(hlth.values(), 98, "1927-12-31", "2024-12-31");
    assertThat(at(hlth, "2024-12-31")).isCloseTo(-0.0531, within(TOL));
  }

  @Test
  void parse_realSizePortfolios_untitledFirstBlockAndMissingColumn() throws Exception {
    ParsedFile f = real("Portfolios_Formed_on_ME.CSV");

    assertThat(f.series()).hasSize(6 * 19 - 5);
    ParsedSeries lo30 = series(f, "vw_monthly.Lo_30");
    assertRange(lo30.values(), 1182, "1926-07-31", "2024-12-31");
    assertThat(at(lo30, "1926-07-31")).isCloseTo(0.0014, within(TOL));
    assertThat(sum(lo30)).isCloseTo(14.6028, within(SUM_TOL));
    assertThat(at(series(f, "vw_monthly.Hi_10"), "2024-12-31")).isCloseTo(-0.0131, within(TOL));
    assertThat(at(series(f, "firms.Lo_30"), "2024-12-31")).isEqualTo(2183);
    assertThat(series(f, "firms.<=_0").values().values()).containsOnly(0.0);
    assertThat(columns(f)).doesNotContain("vw_monthly.<=_0", "size.<=_0");
    assertRange(series(f, "ew_annual.Dec_5").values(), 98, "1927-12-31", "2024-12-31");
    assertThat(f.notes()).hasSize(6);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }

  static void assertRange(DateSeries s, int count, String first, String last) {
    assertThat(s.size()).isEqualTo(count);
    assertThat(s.firstDate()).isEqualTo(LocalDate.parse(first));
    assertThat(s.lastDate()).isEqualTo(LocalDate.parse(last));
  }
}
