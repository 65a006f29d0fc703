package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ConditionalReturnsTest {

  private static final double TOL = 1e-12;

  private static DateSeries monthEnds(int year, int month, double... v) {
    LocalDate[] d = new LocalDate[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = YearMonth.of(year, month).plusMonths(i).atEndOfMonth();
    }
    return DateSeries.of(d, v);
  }

  private static MonthlyStates states(int year, int month, boolean... s) {
    TreeMap<YearMonth, Boolean> m = new TreeMap<>();
    for (int i = 0; i < s.length; i++) {
      m.put(YearMonth.of(year, month).plusMonths(i), s[i]);
    }
    return new MonthlyStates("test", m);
  }

  @Test
  void split_handWorked_matchesScipyWelch() {
    // In: 1 %, 3 %, -1 %; out: 2 %, 0 %, 1 %, 5 %; last return (2020-08) has no state.
    // scipy 1.10.1 stats.ttest_ind([.01,.03,-.01], [.02,0,.01,.05], equal_var=False).statistic
    //   = -0.6324555320336759; difference 0.01 - 0.02 = -0.01.
    DateSeries r = monthEnds(2020, 1, 0.01, 0.02, 0.03, 0.0, -0.01, 0.01, 0.05, 0.04);
    MonthlyStates s = states(2020, 1, true, false, true, false, true, false, false);
    ConditionalSplit c = ConditionalReturns.split(r, s);
    assertThat(c.inState().months()).isEqualTo(3);
    assertThat(c.outOfState().months()).isEqualTo(4);
    assertThat(c.inState().meanMonthly()).isCloseTo(0.01, within(TOL));
    assertThat(c.outOfState().meanMonthly()).isCloseTo(0.02, within(TOL));
    assertThat(c.difference()).isCloseTo(-0.01, within(TOL));
    assertThat(c.welchT()).isCloseTo(-0.6324555320336759, within(TOL));
    assertThat(c.unmatchedMonths()).isEqualTo(1);
    assertThat(c.firstMonth()).isEqualTo(YearMonth.of(2020, 1));
    assertThat(c.lastMonth()).isEqualTo(YearMonth.of(2020, 7));
    assertThat(c.state()).isEqualTo("test");
  }

  @Test
  void split_neverInState_inSideIsNaN() {
    ConditionalSplit c =
        ConditionalReturns.split(monthEnds(2020, 1, 0.01, 0.02), states(2020, 1, false, false));
    assertThat(c.inState().months()).isZero();
    assertThat(c.inState().meanMonthly()).isNaN();
    assertThat(c.difference()).isNaN();
    assertThat(c.welchT()).isNaN();
  }

  @Test
  void split_seeded_partitionsEveryMatchedMonth() {
    Random rnd = new Random(17);
    double[] v = new double[240];
    boolean[] s = new boolean[200];
    for (int i = 0; i < v.length; i++) {
      v[i] = 0.01 + 0.04 * rnd.nextGaussian();
    }
    for (int i = 0; i < s.length; i++) {
      s[i] = rnd.nextDouble() < 0.15;
    }
    ConditionalSplit c = ConditionalReturns.split(monthEnds(1990, 1, v), states(1990, 1, s));
    assertThat(c.inState().months() + c.outOfState().months()).isEqualTo(200);
    assertThat(c.unmatchedMonths()).isEqualTo(40);
    double sumIn = 0;
    double sumAll = 0;
    for (int i = 0; i < 200; i++) {
      sumAll += v[i];
      sumIn += s[i] ? v[i] : 0;
    }
    double recombined =
        c.inState().meanMonthly() * c.inState().months()
            + c.outOfState().meanMonthly() * c.outOfState().months();
    assertThat(recombined).isCloseTo(sumAll, within(TOL));
    assertThat(c.inState().meanMonthly() * c.inState().months()).isCloseTo(sumIn, within(TOL));
  }

  @Test
  void monthlyReturns_dailyLevels_lastCloseOfEachMonth() {
    DateSeries levels =
        DateSeries.builder()
            .put(LocalDate.of(2020, 1, 30), 99)
            .put(LocalDate.of(2020, 1, 31), 100)
            .put(LocalDate.of(2020, 2, 3), 104)
            .put(LocalDate.of(2020, 2, 28), 110)
            .put(LocalDate.of(2020, 3, 2), 99)
            .build();
    DateSeries r = ConditionalReturns.monthlyReturns(levels);
    assertThat(r.dates()).containsExactly(LocalDate.of(2020, 2, 28), LocalDate.of(2020, 3, 2));
    assertThat(r.valueAt(0)).isCloseTo(0.1, within(TOL));
    assertThat(r.valueAt(1)).isCloseTo(-0.1, within(TOL));
  }

  @Test
  void difference_commonDatesOnly() {
    DateSeries a = monthEnds(2020, 1, 0.05, 0.02, 0.03);
    DateSeries b = monthEnds(2020, 2, 0.01, 0.04);
    DateSeries d = ConditionalReturns.difference(a, b);
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.valueAt(0)).isCloseTo(0.01, within(TOL));
    assertThat(d.valueAt(1)).isCloseTo(-0.01, within(TOL));
  }

  @Test
  void split_badInputs_throwNamingMonthlyReturns() {
    DateSeries twoInJanuary =
        DateSeries.builder()
            .put(LocalDate.of(2020, 1, 15), 0.01)
            .put(LocalDate.of(2020, 1, 31), 0.02)
            .build();
    assertThatThrownBy(() -> ConditionalReturns.split(twoInJanuary, states(2020, 1, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("monthlyReturns:");
    assertThatThrownBy(
            () -> ConditionalReturns.split(monthEnds(2020, 1, -1.0), states(2020, 1, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("monthlyReturns:");
  }
}
