package dev.rotor.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.scenario.ConditionalSplit;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EconomicSensitivityTest {

  private static final double TOL = 1e-12;

  /** Month-end dated series starting January 2020. */
  private static DateSeries monthEnd(double... v) {
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < v.length; i++) {
      b.put(YearMonth.of(2020, 1).plusMonths(i).atEndOfMonth(), v[i]);
    }
    return b.build();
  }

  /** First-of-month dated series starting January 2020 (FRED style). */
  private static DateSeries firstOfMonth(double... v) {
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < v.length; i++) {
      b.put(YearMonth.of(2020, 1).plusMonths(i).atDay(1), v[i]);
    }
    return b.build();
  }

  @Test
  void correlations_handWorked_matchesArithmetic() {
    // returns y = 2,1,4,3,5 (month-end), indicator x = 1..5 (1st of month).
    // lag 0: dx = -2..2, dy = -1,-2,1,0,2: sxy = 8, sxx = syy = 10, r = 0.8, n = 5,
    //   interval tanh(atanh(0.8) -+ 1.96 / sqrt(2)), atanh(0.8) = ln(9) / 2.
    // lag 1: x = 1..4 with y = 1,4,3,5: sxy = 5.5, sxx = 5, syy = 8.75, r = 5.5 / sqrt(43.75), n =
    // 4.
    // lag -1: x = 2..5 with y = 2,1,4,3: sxy = 3, sxx = 5, syy = 5, r = 0.6.
    LagCorrelations c =
        EconomicSensitivity.correlations(monthEnd(2, 1, 4, 3, 5), firstOfMonth(1, 2, 3, 4, 5), 1);
    assertThat(c.correlations()).extracting(LagCorrelation::lag).containsExactly(-1, 0, 1);
    LagCorrelation l0 = c.at(0);
    assertThat(l0.n()).isEqualTo(5);
    assertThat(l0.r()).isCloseTo(0.8, within(TOL));
    double z = Math.log(9) / 2;
    assertThat(l0.lower()).isCloseTo(Math.tanh(z - 1.96 / Math.sqrt(2)), within(TOL));
    assertThat(l0.upper()).isCloseTo(Math.tanh(z + 1.96 / Math.sqrt(2)), within(TOL));
    assertThat(c.at(1).n()).isEqualTo(4);
    assertThat(c.at(1).r()).isCloseTo(5.5 / Math.sqrt(43.75), within(TOL));
    assertThat(c.at(-1).r()).isCloseTo(0.6, within(TOL));
    assertThat(c.note()).isEqualTo(LagCorrelations.REVISED_DATA_NOTE);
  }

  @Test
  void correlations_tooFewPairsOrConstant_nan() {
    LagCorrelations c =
        EconomicSensitivity.correlations(monthEnd(1, 2, 3), firstOfMonth(1, 1, 1), 2);
    assertThat(c.at(0).r()).isNaN();
    assertThat(c.at(2).n()).isEqualTo(1);
    assertThat(c.at(2).r()).isNaN();
    LagCorrelations d =
        EconomicSensitivity.correlations(monthEnd(1, 2, 4), firstOfMonth(1, 2, 3), 0);
    assertThat(d.at(0).n()).isEqualTo(3);
    assertThat(d.at(0).r()).isFinite();
    assertThat(d.at(0).lower()).isNaN();
  }

  @Test
  void correlations_seededRandom_invariantsHold() {
    Random rnd = new Random(20261124L);
    for (int trial = 0; trial < 20; trial++) {
      int n = 30 + rnd.nextInt(50);
      double[] y = new double[n];
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = rnd.nextGaussian();
        y[i] = 0.3 * x[i] + rnd.nextGaussian() * 0.02;
      }
      DateSeries ret = monthEnd(y);
      DateSeries ind = firstOfMonth(x);
      LagCorrelations c = EconomicSensitivity.correlations(ret, ind, 3);
      // lag 0 equals plain correlation of the aligned arrays
      assertThat(c.at(0).r()).isCloseTo(EconomicSensitivity.pearson(x, y, n), within(TOL));
      for (LagCorrelation l : c.correlations()) {
        assertThat(l.n()).isEqualTo(n - Math.abs(l.lag()));
        assertThat(l.lower()).isLessThanOrEqualTo(l.r());
        assertThat(l.upper()).isGreaterThanOrEqualTo(l.r());
      }
      // scaling (positive) and shifting the indicator leaves r unchanged; negating flips it
      double a = 0.5 + 10 * rnd.nextDouble();
      LagCorrelations s = EconomicSensitivity.correlations(ret, ind.mapValues(v -> a * v + 7), 3);
      LagCorrelations neg = EconomicSensitivity.correlations(ret, ind.mapValues(v -> -v), 3);
      for (int k = -3; k <= 3; k++) {
        assertThat(s.at(k).r()).isCloseTo(c.at(k).r(), within(TOL));
        assertThat(neg.at(k).r()).isCloseTo(-c.at(k).r(), within(TOL));
      }
    }
  }

  @Test
  void growthSurprise_handWorked_growthMinusTrailingMean() {
    // levels 100 * 1.01^i for 13 months, then a 3% month: growths 1% x 12 then 3%;
    // surprise of month 14 = 0.03 - 0.01; earlier months lack 12 preceding growths.
    double[] lv = new double[14];
    for (int i = 0; i < 13; i++) {
      lv[i] = 100 * Math.pow(1.01, i);
    }
    lv[13] = lv[12] * 1.03;
    DateSeries s = EconomicSensitivity.growthSurprise(firstOfMonth(lv));
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.dateAt(0)).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(s.valueAt(0)).isCloseTo(0.02, within(TOL));
  }

  @Test
  void conditionalOnSurprise_splitsBySign() {
    // 16 levels: growths 1% x 12, then +3%, -1%, +3% (surprises +, -, +).
    double[] lv = new double[16];
    for (int i = 0; i < 13; i++) {
      lv[i] = 100 * Math.pow(1.01, i);
    }
    lv[13] = lv[12] * 1.03;
    lv[14] = lv[13] * 0.99;
    lv[15] = lv[14] * 1.03;
    double[] r = new double[16];
    r[13] = 0.02;
    r[14] = -0.01;
    r[15] = 0.04;
    ConditionalSplit sp = EconomicSensitivity.conditionalOnSurprise(monthEnd(r), firstOfMonth(lv));
    assertThat(sp.inState().months()).isEqualTo(2);
    assertThat(sp.inState().meanMonthly()).isCloseTo(0.03, within(TOL));
    assertThat(sp.outOfState().months()).isEqualTo(1);
    assertThat(sp.outOfState().meanMonthly()).isCloseTo(-0.01, within(TOL));
    assertThat(sp.welchT()).isNaN();
    assertThat(sp.unmatchedMonths()).isEqualTo(13);
  }

  @Test
  void conditionalOnRecession_splitsByIndicator() {
    ConditionalSplit sp =
        EconomicSensitivity.conditionalOnRecession(
            monthEnd(0.01, -0.02, 0.03), firstOfMonth(0, 1, 0));
    assertThat(sp.inState().meanMonthly()).isCloseTo(-0.02, within(TOL));
    assertThat(sp.outOfState().meanMonthly()).isCloseTo(0.02, within(TOL));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -5})
  void correlations_negativeMaxLag_throws(int maxLag) {
    assertThatThrownBy(
            () -> EconomicSensitivity.correlations(monthEnd(1, 2), firstOfMonth(1, 2), maxLag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLag");
  }

  @Test
  void correlations_twoReturnsInOneMonth_throws() {
    DateSeries ret =
        DateSeries.builder()
            .put(LocalDate.of(2020, 1, 30), 0.1)
            .put(LocalDate.of(2020, 1, 31), 0.2)
            .build();
    assertThatThrownBy(() -> EconomicSensitivity.correlations(ret, firstOfMonth(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthlyRelativeReturns");
  }
}
