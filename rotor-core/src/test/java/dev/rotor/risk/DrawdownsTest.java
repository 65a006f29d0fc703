package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DrawdownsTest {

  private static final double TOL = 1e-12;

  private static LocalDate[] days(int n) {
    LocalDate[] d = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      d[i] = LocalDate.of(2024, 1, 1).plusDays(i);
    }
    return d;
  }

  @Test
  void table_handWorkedPath_findsEveryEpisode() {
    // levels 100 120 90 110 120 130 117 104 130 125: peak 120 (day 1) -> trough 90 (day 2,
    // -25%) -> back to 120 on day 4; peak 130 (day 5) -> 104 (day 7, -20%) -> 130 on day 8; peak
    // 130 (day 8) -> 125 (day 9, -3.85%), still open.
    double[] lv = {100, 120, 90, 110, 120, 130, 117, 104, 130, 125};
    LocalDate[] d = days(lv.length);
    List<DrawdownEpisode> t = Drawdowns.table(d, lv);
    assertThat(t).hasSize(3);
    assertThat(t.get(0)).isEqualTo(new DrawdownEpisode(d[1], d[2], d[4], 90.0 / 120 - 1, 1, 3));
    assertThat(t.get(1)).isEqualTo(new DrawdownEpisode(d[5], d[7], d[8], 104.0 / 130 - 1, 2, 3));
    assertThat(t.get(2)).isEqualTo(new DrawdownEpisode(d[8], d[9], null, 125.0 / 130 - 1, 1, 1));
    assertThat(t.get(2).recovered()).isFalse();
    assertThat(Drawdowns.maxDrawdown(lv)).isCloseTo(-0.25, within(TOL));
    assertThat(Drawdowns.currentDrawdown(lv)).isCloseTo(125.0 / 130 - 1, within(TOL));
    assertThat(Drawdowns.path(lv)[3]).isCloseTo(110.0 / 120 - 1, within(TOL));
  }

  @Test
  void table_returnsStartingWithALoss_peakIsTheUndatedStart() {
    // Returns -10%, +5%, +10%: wealth 1, 0.9, 0.945, 1.0395: the first drawdown peaks at the start.
    double[] w = Drawdowns.wealth(new double[] {-0.10, 0.05, 0.10});
    assertThat(w).containsExactly(new double[] {1.0, 0.9, 0.945, 1.0395}, within(TOL));
    LocalDate[] d = days(4);
    d[0] = null;
    List<DrawdownEpisode> t = Drawdowns.table(d, w);
    assertThat(t).containsExactly(new DrawdownEpisode(null, d[1], d[3], w[1] - 1, 1, 3));
  }

  @Test
  void table_baconSample_matchesOracle() {
    // risk_oracle.py drawdown_table on the growth-of-one path of Bacon's 24 monthly returns.
    LocalDate[] d = new LocalDate[25];
    for (int i = 1; i <= 24; i++) {
      d[i] = YearMonth.of(2000, 1).plusMonths(i - 1L).atEndOfMonth();
    }
    List<DrawdownEpisode> t = Drawdowns.table(d, Drawdowns.wealth(RiskOracle.BACON_PORTFOLIO));
    assertMatches(t, RiskOracle.csv("drawdowns_bacon.csv"));
    assertThat(Drawdowns.maxDrawdown(Drawdowns.wealth(RiskOracle.BACON_PORTFOLIO)))
        .isCloseTo(RiskOracle.value("bacon", "max_drawdown"), within(TOL));
  }

  /** Compares a table with an oracle CSV (peak,trough,recovery,depth,toTrough,toRecovery). */
  static void assertMatches(List<DrawdownEpisode> t, List<String[]> rows) {
    assertThat(t).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      DrawdownEpisode e = t.get(i);
      assertThat(e.peak() == null ? "" : e.peak().toString()).as("peak %d", i).isEqualTo(r[0]);
      assertThat(e.trough().toString()).as("trough %d", i).isEqualTo(r[1]);
      assertThat(e.recovery() == null ? "" : e.recovery().toString())
          .as("recovery %d", i)
          .isEqualTo(r[2]);
      assertThat(e.depth()).as("depth %d", i).isCloseTo(Double.parseDouble(r[3]), within(TOL));
      assertThat(e.periodsToTrough()).as("toTrough %d", i).isEqualTo(Integer.parseInt(r[4]));
      assertThat(e.periodsToRecovery()).as("toRecovery %d", i).isEqualTo(Integer.parseInt(r[5]));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 17, 99})
  void drawdowns_seededRandomWalk_matchNaiveRecomputeAndInvariants(int seed) {
    Random rnd = new Random(seed);
    double[] lv = new double[400];
    lv[0] = 50;
    for (int i = 1; i < lv.length; i++) {
      lv[i] = lv[i - 1] * Math.exp(0.02 * rnd.nextGaussian());
    }
    // naive O(n^2): worst ratio of a level to any earlier level
    double naive = 0;
    for (int j = 0; j < lv.length; j++) {
      for (int i = 0; i <= j; i++) {
        naive = Math.min(naive, lv[j] / lv[i] - 1);
      }
    }
    double max = Drawdowns.maxDrawdown(lv);
    assertThat(max).isCloseTo(naive, within(TOL)).isLessThanOrEqualTo(0.0);
    double[] scaled = new double[lv.length];
    for (int i = 0; i < lv.length; i++) {
      scaled[i] = lv[i] * 123.4;
    }
    assertThat(Drawdowns.maxDrawdown(scaled)).isCloseTo(max, within(TOL));
    assertThat(Drawdowns.currentDrawdown(scaled))
        .isCloseTo(Drawdowns.currentDrawdown(lv), within(TOL))
        .isLessThanOrEqualTo(0.0);
    List<DrawdownEpisode> t = Drawdowns.table(days(lv.length), lv);
    assertThat(t.get(0).depth()).isCloseTo(max, within(TOL));
    for (int i = 1; i < t.size(); i++) {
      assertThat(t.get(i).depth()).isGreaterThanOrEqualTo(t.get(i - 1).depth());
    }
    // Only the chronologically last episode may be unrecovered.
    assertThat(t.stream().filter(e -> !e.recovered()).count()).isLessThanOrEqualTo(1);
    List<DrawdownEpisode> ts = Drawdowns.table(days(lv.length), scaled);
    assertThat(ts).hasSameSizeAs(t);
    for (int i = 0; i < t.size(); i++) {
      assertThat(ts.get(i).peak()).isEqualTo(t.get(i).peak());
      assertThat(ts.get(i).trough()).isEqualTo(t.get(i).trough());
      assertThat(ts.get(i).recovery()).isEqualTo(t.get(i).recovery());
      assertThat(ts.get(i).depth()).isCloseTo(t.get(i).depth(), within(TOL));
    }
  }

  @Test
  void drawdowns_risingOrTooShortPaths_giveZeroOrNaN() {
    assertThat(Drawdowns.maxDrawdown(new double[] {1, 2, 3})).isZero();
    assertThat(Drawdowns.currentDrawdown(new double[] {1, 2, 3})).isZero();
    assertThat(Drawdowns.table(days(3), new double[] {1, 2, 2})).isEmpty();
    assertThat(Drawdowns.maxDrawdown(new double[] {1})).isNaN();
    assertThat(Drawdowns.currentDrawdown(new double[0])).isNaN();
  }

  static Stream<Arguments> badLevels() {
    return Stream.of(
        Arguments.of(new double[] {1, 0, 2}, "levels"),
        Arguments.of(new double[] {1, -1, 2}, "levels"),
        Arguments.of(new double[] {1, Double.NaN, 2}, "levels"),
        Arguments.of(new double[] {1, Double.POSITIVE_INFINITY, 2}, "levels"),
        Arguments.of(new double[] {1, 2}, "levels"));
  }

  @ParameterizedTest
  @MethodSource("badLevels")
  void table_badLevels_areRejected(double[] levels, String name) {
    assertThatThrownBy(() -> Drawdowns.table(days(3), levels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }

  @Test
  void table_nullDateAfterTheStart_isRejected() {
    LocalDate[] d = days(3);
    d[2] = null;
    assertThatThrownBy(() -> Drawdowns.table(d, new double[] {1, 2, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dates");
  }
}
