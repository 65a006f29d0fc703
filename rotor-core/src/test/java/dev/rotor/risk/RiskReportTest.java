package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole report against {@code oracles/risk/risk_oracle.py} (numpy, pandas, scipy; output
 * committed beside it) on Bacon's sample portfolio and on real daily RUT and SPX data
 * (market-base/indices, 2016-06-28..2026-08-21), plus invariants.
 */
class RiskReportTest {

  /**
   * Relative tolerance against numpy/pandas for sums over up to 2,551 returns (observed: below
   * 1e-14).
   */
  private static final double TOL = 1e-12;

  /** The oracle's Cornish-Fisher CVaR is a numerical integral (scipy quad, epsrel 1e-13). */
  private static final double QUAD_TOL = 1e-11;

  private static final double EXACT = 1e-12;

  private static final String RUT = "market-base/indices/RUT.csv";
  private static final String SPX = "market-base/indices/SPX.csv";

  static DateSeries baconReturns(double[] r) {
    LocalDate[] d = new LocalDate[r.length];
    for (int i = 0; i < r.length; i++) {
      d[i] = YearMonth.of(2000, 1).plusMonths(i).atEndOfMonth();
    }
    return DateSeries.of(d, r);
  }

  static BarSeries bars(String file) {
    Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
    DateSeries close = RealSeries.column(file, "close");
    cols.put(BarField.CLOSE, close.values());
    cols.put(BarField.OPEN, RealSeries.column(file, "open").values());
    cols.put(BarField.HIGH, RealSeries.column(file, "high").values());
    cols.put(BarField.LOW, RealSeries.column(file, "low").values());
    return BarSeries.of(close.dates(), cols);
  }

  /** Every finite Java figure equals the oracle's; every NaN figure is one the oracle lacks. */
  static void assertMatchesOracle(String caseName, RiskStatistics s) {
    int compared = 0;
    double worst = 0;
    for (Map.Entry<String, Double> e : s.figures().entrySet()) {
      String key = e.getKey();
      double v = e.getValue();
      if (!RiskOracle.has(caseName, key)) {
        assertThat(v).as("%s.%s has no oracle value", caseName, key).isNaN();
        continue;
      }
      double expected = RiskOracle.value(caseName, key);
      double tol = key.startsWith("cvar") && key.endsWith("cornish_fisher") ? QUAD_TOL : TOL;
      assertThat(v)
          .as("%s.%s", caseName, key)
          .isCloseTo(expected, within(tol * Math.max(1.0, Math.abs(expected))));
      worst = Math.max(worst, Math.abs(v - expected) / Math.max(1.0, Math.abs(expected)));
      compared++;
    }
    System.out.printf(
        Locale.ROOT, "%s: %d figures, largest difference %.1e%n", caseName, compared, worst);
    assertThat(compared).isGreaterThanOrEqualTo(26);
  }

  @Test
  void compute_baconSample_matchesOracle() {
    // Bacon (2008) sample portfolio and benchmark, monthly, MAR 0.5% a month given as the constant
    // risk-free rate 1.005^12 - 1 a year (deannualised by compounding back to 0.005).
    RiskStatistics s =
        RiskReport.compute(
            baconReturns(RiskOracle.BACON_PORTFOLIO),
            Frequency.MONTHLY,
            Optional.of(baconReturns(RiskOracle.BACON_BENCHMARK)),
            RiskFree.constant(Math.pow(1.005, 12) - 1),
            Optional.empty());
    assertMatchesOracle("bacon", s);
    assertThat(s.periods()).isEqualTo(24);
    assertThat(s.start()).isEqualTo(LocalDate.of(2000, 1, 31));
    assertThat(s.end()).isEqualTo(LocalDate.of(2001, 12, 31));
    // Downside deviation at MAR 0.5% a month, annualised: Bacon's 0.0255 times sqrt(12).
    assertThat(s.downsideDeviation()).isCloseTo(0.0255 * Math.sqrt(12), within(2e-4));
    assertThat(s.volatility().parkinson()).isNaN();
    DrawdownsTest.assertMatches(s.drawdowns().episodes(), RiskOracle.csv("drawdowns_bacon.csv"));
  }

  @Test
  void computeFromLevels_realRutWithSpxBenchmarkAndOhlc_matchesOracle() {
    RiskStatistics s =
        RiskReport.computeFromLevels(
            RealSeries.column(RUT, "close"),
            Frequency.DAILY,
            Optional.of(RealSeries.column(SPX, "close")),
            RiskFree.zero(),
            Optional.of(bars(RUT)));
    assertMatchesOracle("rut", s);
    assertThat(s.start()).isEqualTo(LocalDate.of(2016, 6, 29));
    assertThat(s.end()).isEqualTo(LocalDate.of(2026, 8, 21));
    DrawdownsTest.assertMatches(s.drawdowns().episodes(), RiskOracle.csv("drawdowns_rut.csv"));
    // The Covid crash: peak 2018-08-31, trough 2020-03-18 (-43.1%), recovered 2020-11-13.
    DrawdownEpisode worst = s.drawdowns().episodes().get(0);
    assertThat(worst.peak()).isEqualTo(LocalDate.of(2018, 8, 31));
    assertThat(worst.trough()).isEqualTo(LocalDate.of(2020, 3, 18));
    print("RUT", s);
  }

  @Test
  void computeFromLevels_realSpxWithOhlc_matchesOracle() {
    RiskStatistics s =
        RiskReport.computeFromLevels(
            RealSeries.column(SPX, "close"),
            Frequency.DAILY,
            Optional.empty(),
            RiskFree.zero(),
            Optional.of(bars(SPX)));
    assertMatchesOracle("spx", s);
    assertThat(s.benchmark()).isEmpty();
    DrawdownsTest.assertMatches(s.drawdowns().episodes(), RiskOracle.csv("drawdowns_spx.csv"));
    // 2020-02-19 to 2020-03-23: -33.9% in 23 sessions.
    assertThat(s.drawdowns().episodes().get(0).periodsToTrough()).isEqualTo(23);
    print("SPX", s);
  }

  @Test
  void computeFromLevels_realRutWithDgs3moRiskFree_matchesOracle() {
    RiskStatistics s =
        RiskReport.computeFromLevels(
            RealSeries.column(RUT, "close"),
            Frequency.DAILY,
            Optional.empty(),
            RiskFree.annualPercentYields(RealSeries.column("market-base/fred/rates.csv", "DGS3MO")),
            Optional.empty());
    assertMatchesOracle("rut_dgs3mo", s);
    assertThat(s.ratios().sharpe()).isLessThan(RiskOracle.value("rut", "sharpe"));
  }

  @Test
  void computeFromLevels_realRutMonthlyWithFrenchRf_matchesOracle() {
    DateSeries rut = Resample.lastPerPeriod(RealSeries.column(RUT, "close"), Frequency.MONTHLY);
    DateSeries spx = Resample.lastPerPeriod(RealSeries.column(SPX, "close"), Frequency.MONTHLY);
    RiskStatistics s =
        RiskReport.computeFromLevels(
            rut,
            Frequency.MONTHLY,
            Optional.of(spx),
            RiskFree.periodRates(FrenchMonthlyRf.read(), Frequency.MONTHLY),
            Optional.empty());
    assertMatchesOracle("rut_monthly_french", s);
    assertThat(s.periods()).isEqualTo(122);
  }

  @Test
  void rollingCorrelation_realRutSpx63Days_matchesPandasRolling() {
    DateSeries a = Returns.fromPrices(RealSeries.column(RUT, "close"), ReturnKind.SIMPLE);
    DateSeries b = Returns.fromPrices(RealSeries.column(SPX, "close"), ReturnKind.SIMPLE);
    DateSeries c = RiskReport.rollingCorrelation(a, b, 63);
    List<String[]> rows = RiskOracle.csv("rolling_corr_rut_spx_63.csv");
    assertThat(c.size()).isEqualTo(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(c.dateAt(i).toString()).isEqualTo(rows.get(i)[0]);
      assertThat(c.valueAt(i)).isCloseTo(Double.parseDouble(rows.get(i)[1]), within(TOL));
    }
  }

  @Test
  void computeAndComputeFromLevels_sameData_agree() {
    Random rnd = new Random(7);
    int n = 1000;
    LocalDate[] d = new LocalDate[n + 1];
    double[] lv = new double[n + 1];
    lv[0] = 250;
    d[0] = LocalDate.of(2000, 1, 3);
    for (int i = 1; i <= n; i++) {
      d[i] = d[i - 1].plusDays(1);
      lv[i] = lv[i - 1] * (1 + 0.0004 + 0.012 * rnd.nextGaussian());
    }
    DateSeries levels = DateSeries.of(d, lv);
    DateSeries scaled = levels.mapValues(v -> v * 0.01);
    RiskStatistics fromLevels =
        RiskReport.computeFromLevels(
            levels, Frequency.DAILY, Optional.empty(), RiskFree.constant(0.03), Optional.empty());
    RiskStatistics fromReturns =
        RiskReport.compute(
            Returns.fromPrices(levels, ReturnKind.SIMPLE),
            Frequency.DAILY,
            Optional.empty(),
            RiskFree.constant(0.03),
            Optional.empty());
    RiskStatistics fromScaled =
        RiskReport.computeFromLevels(
            scaled, Frequency.DAILY, Optional.empty(), RiskFree.constant(0.03), Optional.empty());
    for (Map.Entry<String, Double> e : fromLevels.figures().entrySet()) {
      double v = e.getValue();
      if (Double.isNaN(v)) {
        continue;
      }
      double tol = 1e-9 * Math.max(1, Math.abs(v));
      assertThat(fromReturns.figures().get(e.getKey())).as(e.getKey()).isCloseTo(v, within(tol));
      assertThat(fromScaled.figures().get(e.getKey())).as(e.getKey()).isCloseTo(v, within(tol));
    }
    assertThat(fromLevels.drawdowns().maxDrawdown()).isLessThanOrEqualTo(0.0);
    assertThat(fromLevels.drawdowns().episodes().get(0).depth())
        .isCloseTo(fromLevels.drawdowns().maxDrawdown(), within(EXACT));
  }

  @Test
  void compute_benchmarkIsItself_givesUnitBetaCorrelationAndCaptures() {
    DateSeries b = baconReturns(RiskOracle.BACON_BENCHMARK);
    RiskStatistics s =
        RiskReport.compute(b, Frequency.MONTHLY, Optional.of(b), RiskFree.zero(), Optional.empty());
    RiskStatistics.BenchmarkFigures f = s.benchmark().orElseThrow();
    assertThat(f.periods()).isEqualTo(24);
    assertThat(f.beta()).isCloseTo(1.0, within(EXACT));
    assertThat(f.correlation()).isCloseTo(1.0, within(EXACT));
    assertThat(f.upCapture()).isCloseTo(1.0, within(EXACT));
    assertThat(f.downCapture()).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void compute_returnsOpeningWithALoss_drawdownPeaksAtTheUndatedStart() {
    DateSeries r = baconReturns(new double[] {-0.05, 0.02, 0.01, 0.03});
    RiskStatistics s =
        RiskReport.compute(
            r, Frequency.MONTHLY, Optional.empty(), RiskFree.zero(), Optional.empty());
    DrawdownEpisode e = s.drawdowns().episodes().get(0);
    assertThat(e.peak()).isNull();
    assertThat(e.trough()).isEqualTo(LocalDate.of(2000, 1, 31));
    assertThat(e.depth()).isCloseTo(-0.05, within(EXACT));
  }

  @Test
  void compute_singleReturn_givesNaNWhereDataIsTooShort() {
    RiskStatistics s =
        RiskReport.compute(
            baconReturns(new double[] {0.01}),
            Frequency.MONTHLY,
            Optional.empty(),
            RiskFree.zero(),
            Optional.empty());
    assertThat(s.totalReturn()).isCloseTo(0.01, within(EXACT));
    assertThat(s.cagr()).isCloseTo(Math.pow(1.01, 12) - 1, within(EXACT));
    assertThat(s.volatility().closeToClose()).isNaN();
    assertThat(s.volatility().ewma()).isNaN();
    assertThat(s.ratios().sharpe()).isNaN();
    assertThat(s.ratios().sortino()).isNaN();
    assertThat(s.ratios().calmar()).isNaN();
    assertThat(s.tail().var95Historical()).isNaN();
    assertThat(s.skewness()).isNaN();
    assertThat(s.drawdowns().maxDrawdown()).isZero();
  }

  @Test
  void compute_barsWithoutOpen_giveParkinsonOnly() {
    BarSeries full = bars(RUT).between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
    cols.put(BarField.CLOSE, full.column(BarField.CLOSE));
    cols.put(BarField.HIGH, full.column(BarField.HIGH));
    cols.put(BarField.LOW, full.column(BarField.LOW));
    BarSeries noOpen = BarSeries.of(full.dates(), cols);
    RiskStatistics s =
        RiskReport.computeFromLevels(
            noOpen.closes(),
            Frequency.DAILY,
            Optional.empty(),
            RiskFree.zero(),
            Optional.of(noOpen));
    assertThat(s.volatility().parkinson()).isBetween(0.05, 0.5);
    assertThat(s.volatility().garmanKlass()).isNaN();
    assertThat(s.volatility().yangZhang()).isNaN();
  }

  static Stream<Arguments> badArguments() {
    DateSeries r = baconReturns(RiskOracle.BACON_PORTFOLIO);
    DateSeries lateRf = DateSeries.builder().put(LocalDate.of(2001, 1, 1), 5.0).build();
    return Stream.of(
        Arguments.of(
            (Runnable)
                () ->
                    RiskReport.compute(
                        DateSeries.empty(),
                        Frequency.DAILY,
                        Optional.empty(),
                        RiskFree.zero(),
                        Optional.empty()),
            "returns"),
        Arguments.of(
            (Runnable)
                () ->
                    RiskReport.compute(
                        r, null, Optional.empty(), RiskFree.zero(), Optional.empty()),
            "frequency"),
        Arguments.of(
            (Runnable)
                () ->
                    RiskReport.compute(
                        r, Frequency.MONTHLY, null, RiskFree.zero(), Optional.empty()),
            "benchmark"),
        Arguments.of(
            (Runnable)
                () ->
                    RiskReport.compute(
                        r, Frequency.MONTHLY, Optional.empty(), null, Optional.empty()),
            "riskFree"),
        Arguments.of(
            (Runnable)
                () ->
                    RiskReport.compute(
                        baconReturns(new double[] {0.1, -1.0}),
                        Frequency.MONTHLY,
                        Optional.empty(),
                        RiskFree.zero(),
                        Optional.empty()),
            "returns"),
        Arguments.of(
            (Runnable)
                () ->
                    RiskReport.compute(
                        r,
                        Frequency.MONTHLY,
                        Optional.empty(),
                        RiskFree.annualPercentYields(lateRf),
                        Optional.empty()),
            "riskFree"),
        Arguments.of(
            (Runnable)
                () ->
                    RiskReport.computeFromLevels(
                        baconReturns(new double[] {100}),
                        Frequency.MONTHLY,
                        Optional.empty(),
                        RiskFree.zero(),
                        Optional.empty()),
            "levels"),
        Arguments.of((Runnable) () -> RiskReport.rollingCorrelation(r, r, 1), "window"));
  }

  @ParameterizedTest
  @MethodSource("badArguments")
  void compute_badArguments_areRejectedNamingTheArgument(Runnable call, String name) {
    assertThatThrownBy(call::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }

  private static void print(String name, RiskStatistics s) {
    StringBuilder sb = new StringBuilder(name + " " + s.start() + ".." + s.end() + ":");
    for (Map.Entry<String, Double> e : s.figures().entrySet()) {
      sb.append(String.format(Locale.ROOT, "%n  %-24s %.6f", e.getKey(), e.getValue()));
    }
    System.out.println(sb);
  }
}
