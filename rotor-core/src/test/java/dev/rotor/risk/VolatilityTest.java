package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VolatilityTest {

  private static final double TOL = 1e-12;

  /** Bacon prints 0.0255 (four decimals). */
  private static final double PUBLISHED_TOL = 5e-5;

  @Test
  void downsideDeviation_baconSampleAtHalfPercent_matchesPublishedAndNumpy() {
    // Bacon (2008) 2nd ed., downside risk of the sample portfolio at MAR = 0.5% a month: 0.0255
    // (quoted in PerformanceAnalytics' DownsideDeviation help: "with data used in Bacon 2008",
    // expected 0.0255). numpy: sqrt(mean(minimum(p - 0.005, 0)^2)) in risk_oracle.py.
    double dd = Volatility.downsideDeviation(RiskOracle.BACON_PORTFOLIO, 0.005);
    assertThat(dd).isCloseTo(0.0255, within(PUBLISHED_TOL));
    assertThat(dd)
        .isCloseTo(RiskOracle.value("bacon", "downside_deviation_mar_0.005"), within(TOL));
  }

  @Test
  void downsideDeviation_handWorked_countsAllPeriodsInDenominator() {
    // {-0.02, 0.01, 0.03, -0.04} below 0: 0.0004 + 0.0016 = 0.002, over 4 periods (not 2).
    double dd = Volatility.downsideDeviation(new double[] {-0.02, 0.01, 0.03, -0.04}, 0.0);
    assertThat(dd).isCloseTo(Math.sqrt(0.002 / 4), within(TOL));
    assertThat(Volatility.downsideDeviation(new double[] {0.01, 0.02}, 0.0)).isZero();
    assertThat(Volatility.downsideDeviation(new double[0], 0.0)).isNaN();
  }

  @Test
  void ewma_baconSample_matchesPandasEwm() {
    // pandas (r**2).ewm(alpha=0.06, adjust=True).mean().iloc[-1], annualised with 12.
    double v = Volatility.ewma(RiskOracle.BACON_PORTFOLIO, Volatility.RISKMETRICS_LAMBDA);
    assertThat(Volatility.annualise(v, 12))
        .isCloseTo(RiskOracle.value("bacon", "volatility_ewma"), within(TOL));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 11})
  void ewma_seededRandom_equalsNaiveWeightedSum(int seed) {
    Random rnd = new Random(seed);
    double[] r = new double[300];
    for (int i = 0; i < r.length; i++) {
      r[i] = rnd.nextGaussian() * 0.012;
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < r.length; i++) {
      double w = Math.pow(0.94, r.length - 1 - i);
      num += w * r[i] * r[i];
      den += w;
    }
    assertThat(Volatility.ewma(r, 0.94)).isCloseTo(Math.sqrt(num / den), within(TOL));
  }

  @Test
  void ewma_constantSquaredReturns_giveThatLevel() {
    // Every weight is on the same squared return 0.0001: the average is 0.0001, vol 0.01.
    assertThat(Volatility.ewma(new double[] {0.01, -0.01, 0.01, -0.01}, 0.94))
        .isCloseTo(0.01, within(TOL));
    assertThat(Volatility.ewma(new double[] {0.01}, 0.94)).isNaN();
  }

  @Test
  void closeToClose_seededNormal_recoversSimulatedSigma() {
    Random rnd = new Random(2024);
    double[] r = new double[20_000];
    for (int i = 0; i < r.length; i++) {
      r[i] = 0.0003 + 0.01 * rnd.nextGaussian();
    }
    // Standard error of a sample sd is about sigma / sqrt(2n) = 5e-5.
    assertThat(Volatility.closeToClose(r)).isCloseTo(0.01, within(2.5e-4));
    assertThat(Volatility.annualise(0.01, 252)).isCloseTo(0.01 * Math.sqrt(252), within(TOL));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN})
  void ewma_lambdaOutsideOpenUnitInterval_isRejected(double lambda) {
    assertThatThrownBy(() -> Volatility.ewma(new double[] {0.01, 0.02}, lambda))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lambda");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -12})
  void annualise_nonPositivePeriods_isRejected(int ppy) {
    assertThatThrownBy(() -> Volatility.annualise(0.01, ppy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("periodsPerYear");
  }
}
