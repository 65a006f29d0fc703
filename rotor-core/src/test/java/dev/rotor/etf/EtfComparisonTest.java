package dev.rotor.etf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EtfComparisonTest {

  private static final double TOL = 1e-12;

  /** Scaling levels changes each return by a few ulps; the annualised figures follow. */
  private static final double SCALE_TOL = 1e-10;

  private static final LocalDate START = LocalDate.of(2019, 1, 2);

  // ---- real data against the pandas oracle (etf_oracle.py) ----

  @ParameterizedTest
  @MethodSource("realPairs")
  void compare_realPair_matchesPandasOracle(
      String caseName, String etfFile, String etfCol, String indexFile, double er) {
    EtfComparisonResult r =
        EtfComparison.compare(
            RealSeries.column(etfFile, etfCol),
            RealSeries.column("market-base/indices/" + indexFile, "close"),
            er,
            Frequency.DAILY);
    assertThat(r.firstDate()).isEqualTo(LocalDate.parse(EtfOracle.text(caseName, "first")));
    assertThat(r.lastDate()).isEqualTo(LocalDate.parse(EtfOracle.text(caseName, "last")));
    assertThat(r.commonDates()).isEqualTo(Integer.parseInt(EtfOracle.text(caseName, "count")));
    assertThat(r.periods()).isEqualTo(Integer.parseInt(EtfOracle.text(caseName, "periods")));
    assertClose(r.etfAnnualReturn(), caseName, "etfAnnualReturn");
    assertClose(r.indexAnnualReturn(), caseName, "indexAnnualReturn");
    assertClose(r.trackingDifference(), caseName, "trackingDifference");
    assertClose(r.trackingError(), caseName, "trackingError");
    assertClose(r.etfVolatility(), caseName, "etfVolatility");
    assertClose(r.indexVolatility(), caseName, "indexVolatility");
    assertClose(r.correlation(), caseName, "correlation");
    assertClose(r.beta(), caseName, "beta");
    assertClose(r.expenseRatio(), caseName, "expenseRatio");
    assertClose(r.costGap(), caseName, "costGap");
    List<String> years = List.of(EtfOracle.text(caseName, "years").split(","));
    assertThat(r.years()).extracting(y -> String.valueOf(y.year())).isEqualTo(years);
    for (YearlyTracking y : r.years()) {
      String[] v = EtfOracle.text(caseName, "year." + y.year()).split(",");
      assertThat(y.etfReturn()).isCloseTo(Double.parseDouble(v[0]), within(TOL));
      assertThat(y.indexReturn()).isCloseTo(Double.parseDouble(v[1]), within(TOL));
      assertThat(y.difference()).isCloseTo(Double.parseDouble(v[2]), within(TOL));
    }
  }

  static Stream<Arguments> realPairs() {
    // Unadjusted ETF closes (etf-seasonality) against price indices (market-base): like with like.
    // Expense ratios from the issuers' fact sheets: IWM 0.19%, SPY 0.0945%, QQQ 0.20%.
    return Stream.of(
        Arguments.of("iwm_rut", "etf-seasonality/IWM.csv", "Close", "RUT.csv", 0.0019),
        Arguments.of("spy_spx", "etf-seasonality/SPY.csv", "Close", "SPX.csv", 0.000945),
        Arguments.of("qqq_ixic", "etf-seasonality/QQQ.csv", "Close", "IXIC.csv", 0.0020));
  }

  private static void assertClose(double actual, String caseName, String key) {
    assertThat(actual)
        .as(caseName + "." + key)
        .isCloseTo(EtfOracle.value(caseName, key), within(TOL));
  }

  // ---- hand-worked ----

  @Test
  void compare_handWorkedAnnualLevels_matchesArithmetic() {
    // ETF 100, 110, 99, 108.9 -> returns 0.10, -0.10, 0.10; index 100, 112, 100.8, 110.88 ->
    // 0.12, -0.10, 0.10; ANNUAL so P = 1 and m = 3.
    // Annualised: 1.089^(1/3) - 1 = 0.028827647810177437; 1.1088^(1/3) - 1 = 0.035025554224481725.
    // Differences -0.02, 0, 0: mean -0.02/3, squared deviations (16 + 4 + 4)/9 * 1e-4, / 2 ->
    // sd = 0.01 * sqrt(4/3) = 0.0115470053837925.
    // ETF sd: deviations 0.2/3, -0.4/3, 0.2/3 -> 0.24/9/2 = 0.0133.. -> 0.1154700538379252.
    // Index sd: deviations 0.08, -0.14, 0.06 -> 0.0296/2 = 0.0148 -> 0.1216552506059644.
    // cov: (0.016 + 0.056 + 0.012)/3/2 = 0.014; beta = 0.014/0.0148 = 35/37;
    // corr = 0.014/sqrt(0.01333.. * 0.0148) = 0.9966158955401241 (pandas Series.corr agrees).
    LocalDate[] d = {
      LocalDate.of(2020, 12, 31),
      LocalDate.of(2021, 12, 31),
      LocalDate.of(2022, 12, 30),
      LocalDate.of(2023, 12, 29)
    };
    EtfComparisonResult r =
        EtfComparison.compare(
            DateSeries.of(d, new double[] {100, 110, 99, 108.9}),
            DateSeries.of(d, new double[] {100, 112, 100.8, 110.88}),
            0.001,
            Frequency.ANNUAL);
    assertThat(r.commonDates()).isEqualTo(4);
    assertThat(r.periods()).isEqualTo(3);
    assertThat(r.etfAnnualReturn()).isCloseTo(0.028827647810177437, within(TOL));
    assertThat(r.indexAnnualReturn()).isCloseTo(0.035025554224481725, within(TOL));
    assertThat(r.trackingDifference())
        .isCloseTo(0.028827647810177437 - 0.035025554224481725, within(TOL));
    assertThat(r.trackingError()).isCloseTo(0.01 * Math.sqrt(4.0 / 3.0), within(TOL));
    assertThat(r.etfVolatility()).isCloseTo(Math.sqrt(0.12 / 9), within(TOL));
    assertThat(r.indexVolatility()).isCloseTo(Math.sqrt(0.0148), within(TOL));
    assertThat(r.beta()).isCloseTo(35.0 / 37.0, within(TOL));
    assertThat(r.correlation()).isCloseTo(0.9966158955401241, within(TOL));
    assertThat(r.costGap()).isCloseTo(-r.trackingDifference() - 0.001, within(TOL));
    // 2020 has no year before it, 2023 none after it: complete years are 2021 and 2022.
    assertThat(r.years()).hasSize(2);
    assertThat(r.years().get(0).year()).isEqualTo(2021);
    assertThat(r.years().get(0).etfReturn()).isCloseTo(0.10, within(TOL));
    assertThat(r.years().get(0).indexReturn()).isCloseTo(0.12, within(TOL));
    assertThat(r.years().get(0).difference()).isCloseTo(-0.02, within(TOL));
    assertThat(r.years().get(1).year()).isEqualTo(2022);
    assertThat(r.years().get(1).difference()).isCloseTo(0.0, within(TOL));
  }

  @Test
  void compare_disjointDatesOnlyCommonUsed_intersects() {
    LocalDate a = LocalDate.of(2024, 1, 2);
    DateSeries etf =
        DateSeries.builder().put(a, 10).put(a.plusDays(1), 11).put(a.plusDays(2), 12).build();
    DateSeries index =
        DateSeries.builder().put(a, 100).put(a.plusDays(2), 120).put(a.plusDays(3), 99).build();
    EtfComparisonResult r = EtfComparison.compare(etf, index, 0.0, Frequency.DAILY);
    assertThat(r.commonDates()).isEqualTo(2);
    assertThat(r.firstDate()).isEqualTo(a);
    assertThat(r.lastDate()).isEqualTo(a.plusDays(2));
    assertThat(r.trackingDifference()).isCloseTo(0.0, within(TOL));
  }

  // ---- too little data ----

  @Test
  void compare_noCommonDate_allNaNAndNullDates() {
    DateSeries etf = DateSeries.builder().put(START, 10).build();
    DateSeries index = DateSeries.builder().put(START.plusDays(1), 10).build();
    EtfComparisonResult r = EtfComparison.compare(etf, index, 0.001, Frequency.DAILY);
    assertThat(r.commonDates()).isZero();
    assertThat(r.periods()).isZero();
    assertThat(r.firstDate()).isNull();
    assertThat(r.lastDate()).isNull();
    assertAllNaN(r);
    assertThat(r.trackingError()).isNaN();
    assertThat(r.years()).isEmpty();
  }

  @Test
  void compare_oneCommonDate_allNaN() {
    DateSeries s = DateSeries.builder().put(START, 10).build();
    EtfComparisonResult r = EtfComparison.compare(s, s, 0.001, Frequency.DAILY);
    assertThat(r.commonDates()).isEqualTo(1);
    assertAllNaN(r);
  }

  @Test
  void compare_twoCommonDates_returnsFiniteDispersionNaN() {
    DateSeries e = DateSeries.builder().put(START, 10).put(START.plusDays(1), 11).build();
    DateSeries i = DateSeries.builder().put(START, 10).put(START.plusDays(1), 12).build();
    EtfComparisonResult r = EtfComparison.compare(e, i, 0.001, Frequency.DAILY);
    assertThat(r.trackingDifference()).isFinite();
    assertThat(r.costGap()).isFinite();
    assertThat(r.trackingError()).isNaN();
    assertThat(r.etfVolatility()).isNaN();
    assertThat(r.indexVolatility()).isNaN();
    assertThat(r.correlation()).isNaN();
    assertThat(r.beta()).isNaN();
  }

  @Test
  void compare_constantIndex_betaAndCorrelationNaN() {
    double[] etf = randomWalk(new Random(5), 50, 0.01);
    double[] index = new double[50];
    java.util.Arrays.fill(index, 100.0);
    EtfComparisonResult r = EtfComparison.compare(series(etf), series(index), 0.0, Frequency.DAILY);
    assertThat(r.indexVolatility()).isZero();
    assertThat(r.beta()).isNaN();
    assertThat(r.correlation()).isNaN();
  }

  private static void assertAllNaN(EtfComparisonResult r) {
    assertThat(r.etfAnnualReturn()).isNaN();
    assertThat(r.indexAnnualReturn()).isNaN();
    assertThat(r.trackingDifference()).isNaN();
    assertThat(r.trackingError()).isNaN();
    assertThat(r.etfVolatility()).isNaN();
    assertThat(r.correlation()).isNaN();
    assertThat(r.beta()).isNaN();
    assertThat(r.costGap()).isNaN();
  }

  // ---- invariants on seeded random data ----

  @Test
  void compare_etfIdenticalToIndex_zeroTrackingUnitBeta() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 20; trial++) {
      DateSeries s = series(randomWalk(rnd, 300 + rnd.nextInt(600), 0.015));
      EtfComparisonResult r = EtfComparison.compare(s, s, 0.002, Frequency.DAILY);
      assertThat(r.trackingDifference()).isZero();
      assertThat(r.trackingError()).isZero();
      assertThat(r.beta()).isCloseTo(1.0, within(TOL));
      assertThat(r.correlation()).isCloseTo(1.0, within(TOL));
      assertThat(r.costGap()).isCloseTo(-0.002, within(TOL));
      assertThat(r.years()).allSatisfy(y -> assertThat(y.difference()).isZero());
    }
  }

  @Test
  void compare_levelsScaled_resultsUnchanged() {
    Random rnd = new Random(23);
    for (int trial = 0; trial < 20; trial++) {
      int n = 300 + rnd.nextInt(600);
      double[] e = randomWalk(rnd, n, 0.012);
      double[] x = randomWalk(rnd, n, 0.012);
      double ce = Math.exp(rnd.nextGaussian() * 3);
      double cx = Math.exp(rnd.nextGaussian() * 3);
      EtfComparisonResult a = EtfComparison.compare(series(e), series(x), 0.001, Frequency.DAILY);
      EtfComparisonResult b =
          EtfComparison.compare(series(scale(e, ce)), series(scale(x, cx)), 0.001, Frequency.DAILY);
      assertThat(b.trackingDifference()).isCloseTo(a.trackingDifference(), within(SCALE_TOL));
      assertThat(b.trackingError()).isCloseTo(a.trackingError(), within(SCALE_TOL));
      assertThat(b.etfVolatility()).isCloseTo(a.etfVolatility(), within(SCALE_TOL));
      assertThat(b.beta()).isCloseTo(a.beta(), within(SCALE_TOL));
      assertThat(b.correlation()).isCloseTo(a.correlation(), within(SCALE_TOL));
      assertThat(b.years()).hasSameSizeAs(a.years());
      for (int k = 0; k < a.years().size(); k++) {
        assertThat(b.years().get(k).difference())
            .isCloseTo(a.years().get(k).difference(), within(SCALE_TOL));
      }
    }
  }

  @Test
  void compare_constantDailyDrag_trackingDifferenceIsAnnualisedDrag() {
    // ETF = index * (1 - d)^i: annualised ETF = (1 - d)^252 * (1 + A_index) - 1 exactly, so
    // TD = (1 + A_index) * ((1 - d)^252 - 1), which is close to -(1 - (1 - d)^252) for small A.
    Random rnd = new Random(37);
    for (int trial = 0; trial < 20; trial++) {
      int n = 500 + rnd.nextInt(1000);
      double d = 0.00001 + rnd.nextDouble() * 0.0001;
      double[] x = randomWalk(rnd, n, 0.01);
      double[] e = new double[n];
      for (int i = 0; i < n; i++) {
        e[i] = x[i] * Math.pow(1 - d, i);
      }
      EtfComparisonResult r = EtfComparison.compare(series(e), series(x), 0.0, Frequency.DAILY);
      double annualDrag = Math.pow(1 - d, 252) - 1;
      assertThat(r.trackingDifference())
          .isCloseTo((1 + r.indexAnnualReturn()) * annualDrag, within(1e-10));
      assertThat(r.trackingDifference())
          .isCloseTo(annualDrag, within(Math.abs(annualDrag * r.indexAnnualReturn()) + 1e-10));
      // Per-period differences are -d * (1 + r_index): their spread is d * sd(r_index).
      assertThat(r.trackingError()).isCloseTo(d * r.indexVolatility(), within(1e-10));
      assertThat(r.beta()).isCloseTo(1 - d, within(1e-10));
    }
  }

  // ---- bad arguments ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArguments")
  void compare_badArgument_throwsNamingIt(
      String argument, DateSeries etf, DateSeries index, double er, Frequency f) {
    assertThatThrownBy(() -> EtfComparison.compare(etf, index, er, f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(argument + ":");
  }

  static Stream<Arguments> badArguments() {
    DateSeries ok = series(new double[] {1, 2, 3});
    DateSeries zero = series(new double[] {1, 0, 3});
    DateSeries negative = series(new double[] {1, -2, 3});
    return Stream.of(
        Arguments.of("etfLevels", null, ok, 0.001, Frequency.DAILY),
        Arguments.of("indexLevels", ok, null, 0.001, Frequency.DAILY),
        Arguments.of("etfLevels", zero, ok, 0.001, Frequency.DAILY),
        Arguments.of("indexLevels", ok, negative, 0.001, Frequency.DAILY),
        Arguments.of("expenseRatio", ok, ok, -0.001, Frequency.DAILY),
        Arguments.of("expenseRatio", ok, ok, 1.0, Frequency.DAILY),
        Arguments.of("expenseRatio", ok, ok, Double.NaN, Frequency.DAILY),
        Arguments.of("expenseRatio", ok, ok, Double.POSITIVE_INFINITY, Frequency.DAILY),
        Arguments.of("frequency", ok, ok, 0.001, null));
  }

  // ---- helpers ----

  private static double[] randomWalk(Random rnd, int n, double sigma) {
    double[] l = new double[n];
    l[0] = 50 + rnd.nextDouble() * 100;
    for (int i = 1; i < n; i++) {
      l[i] = l[i - 1] * (1 + 0.0003 + sigma * rnd.nextGaussian());
    }
    return l;
  }

  private static double[] scale(double[] x, double c) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * c;
    }
    return y;
  }

  /** Consecutive weekdays from {@link #START}, so several calendar years are covered. */
  private static DateSeries series(double[] values) {
    LocalDate[] d = new LocalDate[values.length];
    LocalDate day = START;
    for (int i = 0; i < values.length; i++) {
      while (day.getDayOfWeek().getValue() > 5) {
        day = day.plusDays(1);
      }
      d[i] = day;
      day = day.plusDays(1);
    }
    return DateSeries.of(d, values);
  }
}
