package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class SlopeRegressionTest {

  private static final double TOL = 1e-12;

  private static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7};
  private static final double[] Y = {1, 3, 2, 5, 4, 7, 5, 9};

  // Hand: mean x 3.5, mean y 4.5, Sxx 42, Sxy 40 -> b = 40/42, a = 4.5 - 3.5 b = 7/6.
  // statsmodels 0.13.5: sm.OLS(y, sm.add_constant(x)).fit() -> bse[1] = 0.19825390471106014,
  // rsquared = 0.7936507936507936; .fit(cov_type='HAC', cov_kwds={'maxlags': 2}) -> bse[1] =
  // 0.0822549139773341.
  @Test
  void fit_smallCase_matchesHandAndStatsmodels() {
    SlopeRegression.Fit f = SlopeRegression.fit(X, Y, 2);
    assertThat(f.n()).isEqualTo(8);
    assertThat(f.beta()).isCloseTo(40.0 / 42.0, within(TOL));
    assertThat(f.alpha()).isCloseTo(7.0 / 6.0, within(TOL));
    assertThat(f.seClassical()).isCloseTo(0.19825390471106014, within(TOL));
    assertThat(f.seNeweyWest()).isCloseTo(0.0822549139773341, within(TOL));
    assertThat(f.r2()).isCloseTo(0.7936507936507936, within(TOL));
    assertThat(f.lags()).isEqualTo(2);
  }

  @Test
  void fit_zeroLags_isWhiteHc0() {
    // statsmodels: .fit(cov_type='HC0').bse[1] = 0.16771616440337878, equal to HAC with maxlags 0.
    assertThat(SlopeRegression.fit(X, Y, 0).seNeweyWest())
        .isCloseTo(0.16771616440337878, within(TOL));
  }

  @Test
  void fit_seededData_matchesHipparchusOls() {
    for (long seed = 1; seed <= 5; seed++) {
      Random rnd = new Random(seed);
      int n = 500;
      double[] x = new double[n];
      double[] y = new double[n];
      double[][] design = new double[n][1];
      for (int i = 0; i < n; i++) {
        x[i] = 0.1 * rnd.nextGaussian();
        y[i] = 0.001 + 0.05 * x[i] + 0.02 * rnd.nextGaussian();
        design[i][0] = x[i];
      }
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(y, design);
      double[] b = ols.estimateRegressionParameters();
      double[] se = ols.estimateRegressionParametersStandardErrors();
      SlopeRegression.Fit f = SlopeRegression.fit(x, y, 3);
      assertThat(f.alpha()).isCloseTo(b[0], within(TOL));
      assertThat(f.beta()).isCloseTo(b[1], within(TOL));
      assertThat(f.seClassical()).isCloseTo(se[1], within(TOL));
      assertThat(f.r2()).isCloseTo(ols.calculateRSquared(), within(TOL));
    }
  }

  @Test
  void fit_plantedSlope_recoveredWithinThreeStandardErrors() {
    // y = 0.002 + beta x + noise: the estimate lies within 3 standard errors of beta.
    for (long seed = 1; seed <= 20; seed++) {
      Random rnd = new Random(seed);
      double beta = -0.04 + 0.01 * seed;
      int n = 800;
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = 0.12 * rnd.nextGaussian();
        y[i] = 0.002 + beta * x[i] + 0.025 * rnd.nextGaussian();
      }
      SlopeRegression.Fit f = SlopeRegression.fit(x, y, StandardErrors.neweyWestLags(n));
      assertThat(f.beta()).isCloseTo(beta, within(3 * f.seClassical()));
      assertThat(f.beta()).isCloseTo(beta, within(3 * f.seNeweyWest()));
    }
  }

  @Test
  void fit_tooLittleDataOrNoVariation_givesNaN() {
    assertThat(SlopeRegression.fit(new double[] {1, 2}, new double[] {1, 2}, 0).beta()).isNaN();
    SlopeRegression.Fit flat =
        SlopeRegression.fit(new double[] {1, 1, 1}, new double[] {1, 2, 3}, 0);
    assertThat(flat.beta()).isNaN();
    assertThat(flat.seClassical()).isNaN();
  }

  @Test
  void fit_badArguments_throwNamingArgument() {
    assertThatThrownBy(() -> SlopeRegression.fit(X, new double[3], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("y:");
    assertThatThrownBy(() -> SlopeRegression.fit(X, Y, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lags:");
  }
}
