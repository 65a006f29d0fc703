package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthlyStatesTest {

  private static DateSeries firstOfMonth(int year, int month, double... v) {
    LocalDate[] d = new LocalDate[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = LocalDate.of(year, month, 1).plusMonths(i);
    }
    return DateSeries.of(d, v);
  }

  @Test
  void fromIndicator_zeroOne_mapsMonths() {
    MonthlyStates s =
        MonthlyStates.fromIndicator("USREC = 1", firstOfMonth(2020, 1, 0, 0, 1, 1, 0));
    assertThat(s.stateOf(YearMonth.of(2020, 3))).isTrue();
    assertThat(s.stateOf(YearMonth.of(2020, 5))).isFalse();
    assertThat(s.stateOf(YearMonth.of(2020, 6))).isNull();
    assertThat(s.monthsInState()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, -1, 2})
  void fromIndicator_notZeroOrOne_throwsNamingIndicator(double bad) {
    assertThatThrownBy(() -> MonthlyStates.fromIndicator("x", firstOfMonth(2020, 1, 0, bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("indicator:");
  }

  @Test
  void fromIndicator_twoDatesInOneMonth_throws() {
    DateSeries s =
        DateSeries.builder()
            .put(LocalDate.of(2020, 1, 1), 0)
            .put(LocalDate.of(2020, 1, 31), 1)
            .build();
    assertThatThrownBy(() -> MonthlyStates.fromIndicator("x", s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two observations in month 2020-01");
  }

  @Test
  void cfnaiSlowdown_threeMonthMean_belowMinusPointSeven() {
    // CFNAI -0.5, -1.0, -0.7, 0.2, (gap in 2020-05), -2.0, -2.0, -2.0
    // MA3 from 2020-03: (-0.5-1.0-0.7)/3 = -0.733 (in); 2020-04: (-1.0-0.7+0.2)/3 = -0.5 (out);
    // 2020-05 missing; 2020-06 and 2020-07 lack a complete window; 2020-08: -2.0 (in).
    DateSeries c =
        DateSeries.builder()
            .put(LocalDate.of(2020, 1, 1), -0.5)
            .put(LocalDate.of(2020, 2, 1), -1.0)
            .put(LocalDate.of(2020, 3, 1), -0.7)
            .put(LocalDate.of(2020, 4, 1), 0.2)
            .put(LocalDate.of(2020, 6, 1), -2.0)
            .put(LocalDate.of(2020, 7, 1), -2.0)
            .put(LocalDate.of(2020, 8, 1), -2.0)
            .build();
    MonthlyStates s = MonthlyStates.cfnaiSlowdown(c);
    TreeMap<YearMonth, Boolean> expected = new TreeMap<>();
    expected.put(YearMonth.of(2020, 3), true);
    expected.put(YearMonth.of(2020, 4), false);
    expected.put(YearMonth.of(2020, 8), true);
    assertThat(s.states()).isEqualTo(expected);
    assertThat(s.name()).isEqualTo("CFNAI-MA3 < -0.7");
  }

  @Test
  void cfnaiSlowdown_exactTieFrom2001_isNotBelow() {
    // Published CFNAI 2001-09..11: -1.12, -0.18, -0.80; MA3 = -2.10 / 3 = -0.70 exactly, though the
    // double sum divided by 3 is -0.7000000000000001.
    MonthlyStates s = MonthlyStates.cfnaiSlowdown(firstOfMonth(2001, 9, -1.12, -0.18, -0.80));
    assertThat(s.stateOf(YearMonth.of(2001, 11))).isFalse();
  }

  @Test
  void movingAverageBelow_exactlyAtThreshold_isOut() {
    MonthlyStates s = MonthlyStates.movingAverageBelow("x", firstOfMonth(2020, 1, -1, -1), 1, -1.0);
    assertThat(s.monthsInState()).isZero();
  }

  @Test
  void yearOnYearContraction_comparesTwelveMonthsEarlier() {
    double[] v = new double[14];
    for (int i = 0; i < 14; i++) {
      v[i] = 100 + i;
    }
    v[12] = 99.5; // below 2020-01's 100
    MonthlyStates s = MonthlyStates.yearOnYearContraction("INDPRO", firstOfMonth(2020, 1, v));
    assertThat(s.states()).hasSize(2);
    assertThat(s.stateOf(YearMonth.of(2021, 1))).isTrue();
    assertThat(s.stateOf(YearMonth.of(2021, 2))).isFalse();
  }

  @Test
  void badArguments_throwNamingArgument() {
    DateSeries c = firstOfMonth(2020, 1, 1, 2);
    assertThatThrownBy(() -> MonthlyStates.movingAverageBelow("x", c, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("months:");
    assertThatThrownBy(() -> MonthlyStates.movingAverageBelow("x", c, 3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("threshold:");
  }

  /**
   * Real FRED files (fred_macro-monitor, 1980-01..2025-12): NBER recessions 1980-02..07,
   * 1981-08..1982-11, 1990-08..1991-03, 2001-04..11, 2008-01..2009-06, 2020-03..04 = 58 months of
   * 552; pandas ({@code scenario_oracle.py}) counts 43 of 547 CFNAI-MA3 months below -0.70 and 145
   * of 539 INDPRO months below their level a year earlier.
   */
  @Test
  void realFred_stateCountsMatchNberAndPandas() {
    MonthlyStates rec =
        MonthlyStates.fromIndicator(
            "USREC", RealSeries.column("fred_macro-monitor/USREC.csv", "value"));
    assertThat(rec.states()).hasSize(552);
    assertThat(rec.monthsInState()).isEqualTo(58);
    assertThat(rec.stateOf(YearMonth.of(2020, 4))).isTrue();
    assertThat(rec.stateOf(YearMonth.of(2020, 5))).isFalse();
    assertThat(rec.stateOf(YearMonth.of(2009, 6))).isTrue();
    MonthlyStates slow =
        MonthlyStates.cfnaiSlowdown(RealSeries.column("fred_macro-monitor/CFNAI.csv", "value"));
    assertThat(slow.states()).hasSize(547);
    assertThat(slow.monthsInState()).isEqualTo(43);
    MonthlyStates ip =
        MonthlyStates.yearOnYearContraction(
            "INDPRO", RealSeries.column("fred_macro-monitor/INDPRO.csv", "value"));
    assertThat(ip.states()).hasSize(539);
    assertThat(ip.monthsInState()).isEqualTo(145);
  }
}
