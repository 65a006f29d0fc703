package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatiosTest {

  private static final double TOL = 1e-12;

  /** Bacon prints the partial moments to four significant digits. */
  private static final double PUBLISHED_TOL = 0.005;

  @Test
  void omega_baconSampleAtHalfPercent_equalsPublishedUpsideOverDownsidePotential() {
    // Bacon (2008) 2nd ed., sample portfolio at MAR 0.5% a month: upside potential 0.01771 and
    // downside potential 0.0137 (quoted in the PerformanceAnalytics PA-Bacon vignette, chunks 36-37
    // and the DownsideDeviation help), so Omega = 0.01771 / 0.0137 = 1.29; numpy gives
    // 1.2917933130699086 (risk_oracle.py).
    double omega = Ratios.omega(RiskOracle.BACON_PORTFOLIO, 0.005);
    assertThat(omega).isCloseTo(0.01771 / 0.0137, within(PUBLISHED_TOL));
    assertThat(omega).isCloseTo(RiskOracle.value("bacon", "omega_mar_0.005"), within(TOL));
  }

  @Test
  void sortino_baconSampleAtHalfPercent_matchesNumpy() {
    // Monthly Sortino mean(p - 0.005) / DD = 0.004 / 0.025537: numpy 0.15663707566008656; the
    // annualised ratio multiplies by sqrt(12).
    assertThat(Ratios.sortino(RiskOracle.BACON_PORTFOLIO, 0.005, 1))
        .isCloseTo(RiskOracle.value("bacon", "sortino_mar_0.005_monthly"), within(TOL));
    assertThat(Ratios.sortino(RiskOracle.BACON_PORTFOLIO, 0.005, 12))
        .isCloseTo(RiskOracle.value("bacon", "sortino"), within(TOL));
  }

  @Test
  void ratios_handWorked() {
    // excess {0.02, -0.01, 0.03, 0.00}: mean 0.01, sample sd sqrt((0.0001+0.0004+0.0004+0.0001)/3)
    double[] e = {0.02, -0.01, 0.03, 0.00};
    double sd = Math.sqrt(0.001 / 3);
    assertThat(Ratios.sharpe(e, 12)).isCloseTo(0.01 / sd * Math.sqrt(12), within(TOL));
    // downside: only -0.01 below 0 -> sqrt(0.0001 / 4) = 0.005; Sortino = 0.01 / 0.005 * sqrt(1)
    assertThat(Ratios.sortino(e, 0.0, 1)).isCloseTo(2.0, within(TOL));
    // gains 0.05 over losses 0.01
    assertThat(Ratios.omega(e, 0.0)).isCloseTo(5.0, within(TOL));
    assertThat(Ratios.calmar(0.12, -0.30)).isCloseTo(0.4, within(TOL));
  }

  @Test
  void ratios_zeroDenominatorOrTooLittleData_giveNaN() {
    assertThat(Ratios.sharpe(new double[] {0.01, 0.01, 0.01}, 252)).isNaN();
    assertThat(Ratios.sharpe(new double[] {0.01}, 252)).isNaN();
    assertThat(Ratios.sortino(new double[] {0.01, 0.02}, 0.0, 252)).isNaN();
    assertThat(Ratios.omega(new double[] {0.01, 0.02}, 0.0)).isNaN();
    assertThat(Ratios.omega(new double[0], 0.0)).isNaN();
    assertThat(Ratios.calmar(0.1, 0.0)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 8})
  void omega_seededRandom_isOnePlusMeanOverDownsidePotential(int seed) {
    // Identity: sum(max(r - L, 0)) - sum(max(L - r, 0)) = sum(r - L).
    Random rnd = new Random(seed);
    double[] r = new double[1000];
    for (int i = 0; i < r.length; i++) {
      r[i] = 0.0004 + 0.01 * rnd.nextGaussian();
    }
    double l = 0.0002;
    double dp = 0;
    for (double v : r) {
      dp += Math.max(l - v, 0);
    }
    double expected = 1 + (Moments.mean(r) - l) * r.length / dp;
    assertThat(Ratios.omega(r, l)).isCloseTo(expected, within(1e-10));
    // Sharpe scales with sqrt(periods per year) and not with the size of the returns.
    double[] big = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      big[i] = 3 * r[i];
    }
    assertThat(Ratios.sharpe(big, 252)).isCloseTo(Ratios.sharpe(r, 252), within(1e-12));
    assertThat(Ratios.sharpe(r, 252))
        .isCloseTo(Ratios.sharpe(r, 1) * Math.sqrt(252), within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void sharpeAndSortino_nonPositivePeriods_areRejected(int ppy) {
    assertThatThrownBy(() -> Ratios.sharpe(new double[] {0.1, 0.2}, ppy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("periodsPerYear");
    assertThatThrownBy(() -> Ratios.sortino(new double[] {0.1, -0.2}, 0, ppy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("periodsPerYear");
  }
}
