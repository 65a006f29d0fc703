package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MomentsTest {

  private static final double TOL = 1e-12;

  /** Bacon's figures are printed to two decimals. */
  private static final double PUBLISHED_TOL = 0.005;

  @Test
  void skewnessAndKurtosis_baconSample_matchPublishedFigures() {
    // Bacon (2008) 2nd ed. pp. 84-85 on the 24-month sample portfolio, as quoted in the
    // PerformanceAnalytics vignette "PA-Bacon" (chunks 24-28): sample skewness -0.09, moment
    // kurtosis 2.43 (excess -0.57), sample excess kurtosis -0.41.
    double[] p = RiskOracle.BACON_PORTFOLIO;
    assertThat(Moments.skewness(p, ShapeEstimator.ADJUSTED))
        .isCloseTo(-0.09, within(PUBLISHED_TOL));
    assertThat(Moments.excessKurtosis(p, ShapeEstimator.MOMENT))
        .isCloseTo(-0.57, within(PUBLISHED_TOL));
    assertThat(Moments.excessKurtosis(p, ShapeEstimator.MOMENT) + 3)
        .isCloseTo(2.43, within(PUBLISHED_TOL));
    assertThat(Moments.excessKurtosis(p, ShapeEstimator.ADJUSTED))
        .isCloseTo(-0.41, within(PUBLISHED_TOL));
  }

  @Test
  void skewnessAndKurtosis_baconSample_matchPandasAndScipy() {
    // risk_oracle.py: pandas Series.skew()/kurt() (adjusted) and scipy.stats skew/kurtosis
    // (bias=True, moment estimators).
    double[] p = RiskOracle.BACON_PORTFOLIO;
    assertThat(Moments.skewness(p, ShapeEstimator.ADJUSTED))
        .isCloseTo(RiskOracle.value("bacon", "skewness"), within(TOL));
    assertThat(Moments.excessKurtosis(p, ShapeEstimator.ADJUSTED))
        .isCloseTo(RiskOracle.value("bacon", "excess_kurtosis"), within(TOL));
    assertThat(Moments.skewness(p, ShapeEstimator.MOMENT))
        .isCloseTo(RiskOracle.value("bacon", "skewness_moment"), within(TOL));
    assertThat(Moments.excessKurtosis(p, ShapeEstimator.MOMENT))
        .isCloseTo(RiskOracle.value("bacon", "excess_kurtosis_moment"), within(TOL));
  }

  @Test
  void varianceAndStdev_handWorked_useNMinusOne() {
    // {1, 2, 3, 4}: mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, / 3.
    double[] x = {1, 2, 3, 4};
    assertThat(Moments.mean(x)).isEqualTo(2.5);
    assertThat(Moments.variance(x)).isCloseTo(5.0 / 3.0, within(TOL));
    assertThat(Moments.stdev(x)).isCloseTo(Math.sqrt(5.0 / 3.0), within(TOL));
    // Bacon sample: numpy std(ddof=1) = 0.039548539246370897 (risk_oracle.py volatility / sqrt 12).
    assertThat(Moments.stdev(RiskOracle.BACON_PORTFOLIO) * Math.sqrt(12))
        .isCloseTo(RiskOracle.value("bacon", "volatility"), within(TOL));
  }

  @Test
  void moments_tooLittleDataOrConstant_giveNaN() {
    assertThat(Moments.mean(new double[0])).isNaN();
    assertThat(Moments.variance(new double[] {1})).isNaN();
    assertThat(Moments.skewness(new double[] {1, 2}, ShapeEstimator.ADJUSTED)).isNaN();
    assertThat(Moments.excessKurtosis(new double[] {1, 2, 3}, ShapeEstimator.MOMENT)).isNaN();
    double[] flat = {0.01, 0.01, 0.01, 0.01, 0.01};
    assertThat(Moments.variance(flat)).isZero();
    assertThat(Moments.skewness(flat, ShapeEstimator.MOMENT)).isNaN();
    assertThat(Moments.excessKurtosis(flat, ShapeEstimator.ADJUSTED)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 42})
  void moments_seededRandom_shiftAndScaleInvariantAndSymmetricDataHasZeroSkew(int seed) {
    Random rnd = new Random(seed);
    double[] x = new double[500];
    for (int i = 0; i < x.length; i++) {
      x[i] = rnd.nextGaussian() * 0.01 + Math.pow(rnd.nextDouble(), 3) * 0.05;
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 3.0 * x[i] + 100.0;
    }
    for (ShapeEstimator e : ShapeEstimator.values()) {
      assertThat(Moments.skewness(y, e)).isCloseTo(Moments.skewness(x, e), within(1e-8));
      assertThat(Moments.excessKurtosis(y, e))
          .isCloseTo(Moments.excessKurtosis(x, e), within(1e-8));
    }
    assertThat(Moments.variance(y)).isCloseTo(9 * Moments.variance(x), within(1e-12));
    double[] sym = new double[2 * x.length];
    for (int i = 0; i < x.length; i++) {
      sym[2 * i] = x[i];
      sym[2 * i + 1] = -x[i];
    }
    assertThat(Moments.skewness(sym, ShapeEstimator.ADJUSTED)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void shape_nullEstimator_isRejected() {
    assertThatThrownBy(() -> Moments.skewness(new double[] {1, 2, 3}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("estimator");
    assertThatThrownBy(() -> Moments.excessKurtosis(new double[] {1, 2, 3, 4}, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("estimator");
  }
}
