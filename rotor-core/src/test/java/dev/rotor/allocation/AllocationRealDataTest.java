package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real data: dividend-adjusted closes from {@code factor_attribution/etf/} against the pandas,
 * numpy and scipy oracle {@code src/test/resources/oracles/allocation/allocation_oracle.py}
 * (command: {@code /usr/bin/python3 allocation_oracle.py /work/shared/data}; outputs committed
 * beside it).
 */
class AllocationRealDataTest {

  /** Sample moments: the same sums in another order. */
  private static final double MOMENT_TOL = 1e-13;

  /** Polished ADMM against the exact KKT solution on scipy's support. */
  private static final double QP_TOL = 1e-12;

  /** Newton (Spinu) against cyclical coordinate descent, both converged to ~1e-15. */
  private static final double ERC_TOL = 1e-12;

  private static final double RF = 0.02;
  private static final LocalDate START = LocalDate.of(2016, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 7, 31);
  private static final List<String> SECTORS =
      List.of("XLB", "XLC", "XLE", "XLF", "XLI", "XLK", "XLP", "XLRE", "XLU", "XLV", "XLY");

  static Map<SeriesId, DateSeries> levels(List<String> tickers, LocalDate from, LocalDate to) {
    Map<SeriesId, DateSeries> out = new LinkedHashMap<>();
    for (String t : tickers) {
      out.put(
          SeriesId.of(t),
          RealSeries.column("factor_attribution/etf/" + t + ".csv", "Close").between(from, to));
    }
    return out;
  }

  static AssetReturns iwmSpyQqq(Frequency f) {
    return AssetReturns.fromLevels(levels(List.of("IWM", "SPY", "QQQ"), START, END), f);
  }

  @Test
  void moments_iwmSpyQqqAtThreeFrequencies_matchPandas() {
    Oracle o = Oracle.keyed("iwm_spy_qqq.csv");
    for (Frequency f : List.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY)) {
      AssetReturns r = iwmSpyQqq(f);
      String k = f.label();
      assertThat(r.periodCount()).as(k).isEqualTo((int) o.scalar(k + ".n"));
      assertThat(r.dates()[0].toString()).isEqualTo(o.text(k + ".first"));
      assertThat(r.dates()[r.periodCount() - 1].toString()).isEqualTo(o.text(k + ".last"));
      assertClose(r.annualisedMeans(), o.vector(k + ".mu", 3), MOMENT_TOL);
      assertClose(r.annualisedCovariance(), o.matrix(k + ".cov", 3), MOMENT_TOL);
      assertClose(r.correlation().values(), o.matrix(k + ".corr", 3), MOMENT_TOL);
    }
  }

  @Test
  void solve_iwmSpyQqqWeekly_matchesScipy() {
    checkAllocations("iwm_spy_qqq.csv", iwmSpyQqq(Frequency.WEEKLY));
  }

  @Test
  void solve_fourteenEtfsWeekly_matchesScipy() {
    List<String> tickers = new java.util.ArrayList<>(List.of("IWM", "SPY", "QQQ"));
    tickers.addAll(SECTORS);
    AssetReturns r =
        AssetReturns.fromLevels(levels(tickers, LocalDate.of(2018, 6, 1), END), Frequency.WEEKLY);
    Oracle o = Oracle.keyed("sectors_weekly.csv");
    assertThat(r.periodCount()).isEqualTo((int) o.scalar("weekly.n"));
    assertClose(r.annualisedCovariance(), o.matrix("weekly.cov", 14), MOMENT_TOL);
    checkAllocations("sectors_weekly.csv", r);
  }

  @Test
  void rollingCorrelation_iwmSpyWeekly52_matchesPandasRolling() {
    AssetReturns r =
        AssetReturns.fromLevels(levels(List.of("IWM", "SPY"), START, END), Frequency.WEEKLY);
    DateSeries rho = r.rollingCorrelation(0, 1, 52);
    List<String[]> rows = Oracle.rows("iwm_spy_rolling52.csv");
    assertThat(rho.size()).isEqualTo(rows.size());
    for (int t = 0; t < rows.size(); t++) {
      assertThat(rho.dateAt(t).toString()).isEqualTo(rows.get(t)[0]);
      assertThat(rho.valueAt(t)).isCloseTo(Double.parseDouble(rows.get(t)[1]), within(1e-12));
    }
  }

  private static void checkAllocations(String file, AssetReturns r) {
    Oracle o = Oracle.keyed(file);
    int n = r.assetCount();
    Map<String, AllocationMethod> methods =
        Map.of(
            "minvar", AllocationMethod.MINIMUM_VARIANCE,
            "maxsharpe", AllocationMethod.MAXIMUM_SHARPE,
            "erc", AllocationMethod.EQUAL_RISK_CONTRIBUTION,
            "equal", AllocationMethod.EQUAL_WEIGHT);
    for (Map.Entry<String, AllocationMethod> e : methods.entrySet()) {
      String k = e.getKey();
      Allocation a = Allocations.solve(r, e.getValue(), RF);
      double tol = k.equals("erc") ? ERC_TOL : QP_TOL;
      assertClose(a.weights(), o.vector(k + ".w", n), tol);
      assertClose(a.riskContributions(), o.vector(k + ".rc", n), tol);
      assertThat(a.volatility()).isCloseTo(o.scalar(k + ".vol"), within(tol));
      assertThat(a.expectedReturn()).isCloseTo(o.scalar(k + ".return"), within(tol));
      assertThat(a.diversificationRatio()).isCloseTo(o.scalar(k + ".dr"), within(tol));
    }
    List<FrontierPoint> frontier = Allocations.frontier(r, 5);
    for (int k = 0; k < 5; k++) {
      FrontierPoint p = frontier.get(k);
      assertThat(p.targetReturn()).isCloseTo(o.scalar("frontier" + k + ".target"), within(QP_TOL));
      assertClose(p.weights(), o.vector("frontier" + k + ".w", n), QP_TOL);
      assertThat(p.volatility()).isCloseTo(o.scalar("frontier" + k + ".vol"), within(QP_TOL));
    }
  }

  static void assertClose(double[] actual, double[] expected, double tol) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("[" + i + "]").isCloseTo(expected[i], within(tol));
    }
  }

  static void assertClose(double[][] actual, double[][] expected, double tol) {
    for (int i = 0; i < expected.length; i++) {
      assertClose(actual[i], expected[i], tol);
    }
  }
}
