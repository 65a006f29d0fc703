package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BacktestTest {

  private static final double TOL = 1e-12;

  /** Recursions over ~2,600 periods against pandas' dollar-holdings loop. */
  private static final double ORACLE_TOL = 1e-11;

  private static final SeriesId A = SeriesId.of("A");
  private static final SeriesId B = SeriesId.of("B");

  /** Three monthly periods: A +10%, +20%, 0%; B -10%, 0%, +10%. */
  private static AssetReturns handExample() {
    return AssetReturns.of(
        List.of(A, B),
        new LocalDate[] {
          LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 29)
        },
        new double[][] {{0.10, 0.20, 0.0}, {-0.10, 0.0, 0.10}},
        Frequency.MONTHLY);
  }

  @Test
  void run_monthlyWithCosts_matchesHandArithmetic() {
    // Period 1: R = 0, drift to (.55, .45), turnover .1, cost 10 bps -> net -1e-4.
    // Period 2: R = .5 * .2 = .1, drift to (.6/1.1, .5/1.1), turnover 2 * .05 / 1.1 = 1/11,
    //   net 1.1 * (1 - 1e-3 / 11) - 1 = .1 - 1e-4.
    // Period 3: the last, no rebalance: R = .5 * .1 = .05.
    BacktestResult r =
        Backtest.run(handExample(), new double[] {0.5, 0.5}, Rebalancing.MONTHLY, 10);
    assertThat(r.returns().values()[0]).isCloseTo(-1e-4, within(TOL));
    assertThat(r.returns().values()[1]).isCloseTo(0.1 - 1e-4, within(TOL));
    assertThat(r.returns().values()[2]).isCloseTo(0.05, within(TOL));
    assertThat(r.turnover().dates())
        .containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29));
    assertThat(r.turnover().values()[0]).isCloseTo(0.1, within(TOL));
    assertThat(r.turnover().values()[1]).isCloseTo(1.0 / 11, within(TOL));
    assertThat(r.totalTurnover()).isCloseTo(0.1 + 1.0 / 11, within(TOL));
    assertThat(r.annualTurnover()).isCloseTo((0.1 + 1.0 / 11) * 12 / 3, within(TOL));
    assertThat(r.totalCost()).isCloseTo((0.1 + 1.0 / 11) * 1e-3, within(TOL));
    assertThat(r.endWeights()[0]).isCloseTo(0.5 / 1.05, within(TOL));
    double growth = (1 - 1e-4) * (1.1 - 1e-4) * 1.05;
    assertThat(r.finalValue()).isCloseTo(growth, within(TOL));
    assertThat(r.cagr()).isCloseTo(Math.pow(growth, 12.0 / 3) - 1, within(TOL));
    assertThat(r.rebalances()).isEqualTo(2);
  }

  @Test
  void run_buyAndHold_endsAtTheWeightedGrowthOfEachAsset() {
    // Value .5 * 1.1 * 1.2 * 1 + .5 * .9 * 1 * 1.1 = 1.155; no trade, so costs do not matter.
    BacktestResult r = Backtest.run(handExample(), new double[] {0.5, 0.5}, Rebalancing.NONE, 50);
    assertThat(r.finalValue()).isCloseTo(1.155, within(TOL));
    assertThat(r.turnover().isEmpty()).isTrue();
    assertThat(r.totalCost()).isZero();
    assertThat(r.endWeights()[0]).isCloseTo(0.66 / 1.155, within(TOL));
  }

  @Test
  void run_seededRandomDaily_invariantsHold() {
    Random rnd = new Random(99);
    for (int trial = 0; trial < 10; trial++) {
      int assets = 2 + rnd.nextInt(5);
      AssetReturns returns = randomDaily(rnd, assets, 400);
      double[] w = randomWeights(rnd, assets);
      double[][] r = returns.columns();

      // Buy and hold: sum_i w_i prod(1 + r_i), whatever the cost.
      double expected = 0;
      for (int i = 0; i < assets; i++) {
        double g = 1;
        for (double x : r[i]) {
          g *= 1 + x;
        }
        expected += w[i] * g;
      }
      assertThat(Backtest.run(returns, w, Rebalancing.NONE, 25).finalValue())
          .isCloseTo(expected, within(1e-10 * expected));

      for (Rebalancing rule : List.of(Rebalancing.MONTHLY, Rebalancing.QUARTERLY)) {
        BacktestResult free = Backtest.run(returns, w, rule, 0);
        BacktestResult costly = Backtest.run(returns, w, rule, 25);
        // Turnover does not depend on the cost (weights return to target either way), and the
        // costly path is the free one scaled by prod(1 - c tau).
        assertThat(costly.turnover()).isEqualTo(free.turnover());
        double scale = 1;
        for (double tau : free.turnover().values()) {
          scale *= 1 - 25e-4 * tau;
        }
        assertThat(costly.finalValue())
            .isCloseTo(free.finalValue() * scale, within(1e-10 * free.finalValue()));
        assertThat(costly.finalValue()).isLessThan(free.finalValue());
        assertThat(sum(costly.endWeights())).isCloseTo(1.0, within(1e-12));
      }
      // Quarterly rebalance dates are a subset of the monthly ones.
      List<LocalDate> monthly =
          List.of(Backtest.run(returns, w, Rebalancing.MONTHLY, 0).turnover().dates());
      assertThat(monthly)
          .containsAll(
              List.of(Backtest.run(returns, w, Rebalancing.QUARTERLY, 0).turnover().dates()));
    }
  }

  @Test
  void run_rebalancedEveryPeriodWithoutCost_isTheWeightedSumOfReturns() {
    Random rnd = new Random(5);
    LocalDate[] months = new LocalDate[36];
    double[][] r = new double[3][36];
    for (int t = 0; t < 36; t++) {
      months[t] = LocalDate.of(2020, 1, 1).plusMonths(t + 1).minusDays(1);
      for (int i = 0; i < 3; i++) {
        r[i][t] = 0.05 * rnd.nextGaussian();
      }
    }
    AssetReturns returns =
        AssetReturns.of(List.of(A, B, SeriesId.of("C")), months, r, Frequency.MONTHLY);
    double[] w = {0.2, 0.3, 0.5};
    double[] net = Backtest.run(returns, w, Rebalancing.MONTHLY, 0).returns().values();
    for (int t = 0; t < 36; t++) {
      assertThat(net[t]).isCloseTo(0.2 * r[0][t] + 0.3 * r[1][t] + 0.5 * r[2][t], within(TOL));
    }
  }

  @Test
  void run_realWeeklyIwmSpyQqq_matchesPandasDollarHoldings() {
    // allocation_oracle.py: 50/30/20 IWM/SPY/QQQ, weekly 2016-01-01..2026-07-31, 10 bps.
    AssetReturns r = AllocationRealDataTest.iwmSpyQqq(Frequency.WEEKLY);
    List<String[]> rows = Oracle.rows("backtest_weekly.csv");
    Rebalancing[] rules = {Rebalancing.NONE, Rebalancing.MONTHLY, Rebalancing.QUARTERLY};
    for (int k = 0; k < 3; k++) {
      DateSeries net = Backtest.run(r, new double[] {0.5, 0.3, 0.2}, rules[k], 10).returns();
      assertThat(net.size()).isEqualTo(rows.size());
      for (int t = 0; t < rows.size(); t++) {
        assertThat(net.dateAt(t).toString()).isEqualTo(rows.get(t)[0]);
        assertThat(net.valueAt(t))
            .as("%s %s", rules[k], rows.get(t)[0])
            .isCloseTo(Double.parseDouble(rows.get(t)[k + 1]), within(ORACLE_TOL));
      }
    }
  }

  @Test
  void run_realDailyIwmSpyQqq_matchesPandasSummaryAndTurnover() {
    AssetReturns r = AllocationRealDataTest.iwmSpyQqq(Frequency.DAILY);
    List<String[]> rows = Oracle.rows("backtest_daily.csv");
    for (Rebalancing rule : Rebalancing.values()) {
      String k = rule.name().toLowerCase(java.util.Locale.ROOT);
      BacktestResult res = Backtest.run(r, new double[] {0.5, 0.3, 0.2}, rule, 10);
      List<String[]> turns = new ArrayList<>();
      for (String[] row : rows) {
        String key = row[0];
        double v = Double.parseDouble(row[2]);
        if (key.equals(k + ".periods")) {
          assertThat(res.returns().size()).isEqualTo((int) v);
        } else if (key.equals(k + ".final")) {
          assertThat(res.finalValue()).isCloseTo(v, within(ORACLE_TOL * 10));
        } else if (key.equals(k + ".cagr")) {
          assertThat(res.cagr()).isCloseTo(v, within(ORACLE_TOL));
        } else if (key.equals(k + ".vol")) {
          assertThat(res.volatility()).isCloseTo(v, within(ORACLE_TOL));
        } else if (key.equals(k + ".totalTurnover")) {
          assertThat(res.totalTurnover()).isCloseTo(v, within(ORACLE_TOL));
        } else if (key.equals(k + ".turnover")) {
          turns.add(row);
        }
      }
      assertThat(res.turnover().size()).isEqualTo(turns.size());
      for (int i = 0; i < turns.size(); i++) {
        assertThat(res.turnover().dateAt(i).toString()).isEqualTo(turns.get(i)[1]);
        assertThat(res.turnover().valueAt(i))
            .isCloseTo(Double.parseDouble(turns.get(i)[2]), within(ORACLE_TOL));
      }
    }
  }

  @Test
  void run_noPeriods_givesNaNSummary() {
    AssetReturns empty =
        AssetReturns.of(List.of(A), new LocalDate[0], new double[][] {{}}, Frequency.DAILY);
    BacktestResult r = Backtest.run(empty, new double[] {1.0}, Rebalancing.MONTHLY, 10);
    assertThat(r.cagr()).isNaN();
    assertThat(r.volatility()).isNaN();
    assertThat(r.annualTurnover()).isNaN();
    assertThat(r.finalValue()).isEqualTo(1.0);
  }

  static Stream<Arguments> badRuns() {
    return Stream.of(
        Arguments.of(null, new double[] {0.5, 0.5}, Rebalancing.NONE, 0.0, "returns"),
        Arguments.of(handExample(), null, Rebalancing.NONE, 0.0, "weights"),
        Arguments.of(handExample(), new double[] {1.0}, Rebalancing.NONE, 0.0, "weights"),
        Arguments.of(handExample(), new double[] {0.6, 0.6}, Rebalancing.NONE, 0.0, "weights"),
        Arguments.of(handExample(), new double[] {1.5, -0.5}, Rebalancing.NONE, 0.0, "weights"),
        Arguments.of(
            handExample(), new double[] {Double.NaN, 1.0}, Rebalancing.NONE, 0.0, "weights"),
        Arguments.of(handExample(), new double[] {0.5, 0.5}, null, 0.0, "rebalancing"),
        Arguments.of(handExample(), new double[] {0.5, 0.5}, Rebalancing.NONE, -1.0, "costBps"),
        Arguments.of(
            handExample(), new double[] {0.5, 0.5}, Rebalancing.NONE, Double.NaN, "costBps"),
        Arguments.of(handExample(), new double[] {0.5, 0.5}, Rebalancing.NONE, 1e5, "costBps"));
  }

  @ParameterizedTest
  @MethodSource("badRuns")
  void run_badArguments_throwNamingThem(
      AssetReturns r, double[] w, Rebalancing rule, double cost, String name) {
    assertThatThrownBy(() -> Backtest.run(r, w, rule, cost))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  private static AssetReturns randomDaily(Random rnd, int assets, int days) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2021, 1, 4); dates.size() < days; d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        dates.add(d);
      }
    }
    double[][] r = new double[assets][days];
    List<SeriesId> ids = new ArrayList<>();
    for (int i = 0; i < assets; i++) {
      ids.add(SeriesId.of("S" + i));
      for (int t = 0; t < days; t++) {
        r[i][t] = 0.0003 + 0.015 * (1 + i * 0.3) * rnd.nextGaussian();
      }
    }
    return AssetReturns.of(ids, dates.toArray(LocalDate[]::new), r, Frequency.DAILY);
  }

  static double[] randomWeights(Random rnd, int n) {
    double[] w = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      w[i] = rnd.nextDouble() + 0.01;
      s += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= s;
    }
    return w;
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }
}
