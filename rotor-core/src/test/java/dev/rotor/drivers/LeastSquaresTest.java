package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LeastSquares}: classical results against Hipparchus {@code OLSMultipleLinearRegression} on
 * seeded random data, Newey-West invariants, hand-worked and degenerate cases. The statsmodels
 * oracle for the HAC errors is in {@link RateSensitivityRealDataTest}.
 */
class LeastSquaresTest {

  private static final double TOL = 1e-12;

  private static double[][] design(double[][] x) {
    int n = x[0].length;
    double[][] d = new double[n][x.length];
    for (int t = 0; t < n; t++) {
      for (int j = 0; j < x.length; j++) {
        d[t][j] = x[j][t];
      }
    }
    return d;
  }

  @Test
  void fit_seededRandom_matchesHipparchusClassical() {
    Random rnd = new Random(20261124L);
    for (int trial = 0; trial < 20; trial++) {
      int n = 10 + rnd.nextInt(200);
      int k = 1 + rnd.nextInt(3);
      double[][] x = new double[k][n];
      double[] y = new double[n];
      for (int t = 0; t < n; t++) {
        y[t] = 0.01 * rnd.nextGaussian();
        for (int j = 0; j < k; j++) {
          x[j][t] = 10 * rnd.nextGaussian() + j;
          y[t] += 1e-4 * (j + 1) * x[j][t];
        }
      }
      OLSMultipleLinearRegression h = new OLSMultipleLinearRegression();
      h.newSampleData(y, design(x));
      double[] b = h.estimateRegressionParameters();
      double[] se = h.estimateRegressionParametersStandardErrors();
      LeastSquares.Fit f = LeastSquares.fit(y, x, 3);
      for (int j = 0; j <= k; j++) {
        assertThat(f.coef()[j]).isCloseTo(b[j], within(TOL));
        assertThat(f.seClassical()[j]).isCloseTo(se[j], within(TOL));
      }
      assertThat(f.r2()).isCloseTo(h.calculateRSquared(), within(TOL));
    }
  }

  @Test
  void fit_zeroLags_isWhiteHeteroskedasticityRobust() {
    // With L = 0 the sandwich is White's HC0: for one regressor Var(b) = sum (x - mx)^2 e^2 /
    // Sxx^2.
    Random rnd = new Random(7L);
    int n = 50;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = rnd.nextGaussian();
      y[t] = 0.5 * x[t] + rnd.nextGaussian() * (1 + Math.abs(x[t]));
    }
    LeastSquares.Fit f = LeastSquares.fit(y, new double[][] {x}, 0);
    double mx = 0;
    for (double v : x) {
      mx += v / n;
    }
    double sxx = 0;
    double num = 0;
    for (int t = 0; t < n; t++) {
      double e = y[t] - f.coef()[0] - f.coef()[1] * x[t];
      sxx += (x[t] - mx) * (x[t] - mx);
      num += (x[t] - mx) * (x[t] - mx) * e * e;
    }
    assertThat(f.seNeweyWest()[1]).isCloseTo(Math.sqrt(num) / sxx, within(TOL));
  }

  @Test
  void fit_exactLine_recoversCoefficientsWithZeroErrors() {
    // y = 1 + 2 x1 - 3 x2 exactly: coefficients (1, 2, -3), zero residuals, R^2 = 1.
    double[] x1 = {0, 1, 2, 3, 4, 5};
    double[] x2 = {1, 0, 2, 1, 3, 2};
    double[] y = new double[6];
    for (int t = 0; t < 6; t++) {
      y[t] = 1 + 2 * x1[t] - 3 * x2[t];
    }
    LeastSquares.Fit f = LeastSquares.fit(y, new double[][] {x1, x2}, 1);
    assertThat(f.coef()).containsExactly(new double[] {1, 2, -3}, within(TOL));
    assertThat(f.seClassical()[1]).isCloseTo(0, within(TOL));
    assertThat(f.seNeweyWest()[2]).isCloseTo(0, within(TOL));
    assertThat(f.r2()).isCloseTo(1, within(TOL));
  }

  @Test
  void fit_tooFewOrCollinear_givesNaN() {
    double[] y = {1, 2, 3};
    assertThat(LeastSquares.fit(y, new double[][] {{1, 2, 4}, {0, 1, 1}}, 1).coef())
        .containsOnly(Double.NaN);
    double[] y5 = {1, 2, 3, 5, 4};
    double[] a = {1, 2, 3, 4, 5};
    double[] twice = {2, 4, 6, 8, 10};
    assertThat(LeastSquares.fit(y5, new double[][] {a, twice}, 1).seNeweyWest())
        .containsOnly(Double.NaN);
    assertThat(LeastSquares.fit(y5, new double[][] {{3, 3, 3, 3, 3}}, 1).r2()).isNaN();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(new double[] {1, 2, 3}, new double[][] {}, 0, "x"),
        Arguments.of(new double[] {1, 2, 3}, new double[][] {{1, 2}}, 0, "x"),
        Arguments.of(new double[] {1, 2, 3}, new double[][] {{1, 2, 3}}, -1, "lags"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void fit_badInput_throwsNamingArgument(double[] y, double[][] x, int lags, String name) {
    assertThatThrownBy(() -> LeastSquares.fit(y, x, lags))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }
}
