package dev.rotor.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RollingComomentsTest {

  /** Relative agreement with pandas and with naive recomputes. */
  private static final double TOL = 1e-12;

  /** Hand-worked fractions, compared in double arithmetic. */
  private static final double EXACT = 1e-14;

  /** Relative agreement on 1e9 + noise data (the mean's ulp is 1.2e-7; see RollingMomentsTest). */
  private static final double OFFSET_TOL = 1e-9;

  /** Kernel names for the parameterized tables. */
  enum Kernel {
    COVARIANCE,
    BETA,
    CORRELATION;

    double[] apply(double[] y, double[] x, int window) {
      return switch (this) {
        case COVARIANCE -> RollingComoments.covariance(y, x, window);
        case BETA -> RollingComoments.beta(y, x, window);
        case CORRELATION -> RollingComoments.correlation(x, y, window);
      };
    }
  }

  @Test
  void kernels_handWorkedWindow_matchArithmetic() {
    // First window x = {1, 2, 4}, y = {3, 1, 4}: means 7/3 and 8/3; deviations x: -4/3, -1/3, 5/3,
    // y: 1/3, -5/3, 4/3; co-moment (-4 + 5 + 20)/9 = 21/9, sums of squares 42/9 and 42/9.
    // cov = (21/9)/2 = 7/6, beta = 21/42 = 0.5, corr = 21/42 = 0.5.
    double[] x = {1, 2, 4, 7, 11};
    double[] y = {3, 1, 4, 1, 5};

    assertThat(RollingComoments.covariance(y, x, 3)[2]).isCloseTo(7.0 / 6, within(EXACT));
    assertThat(RollingComoments.beta(y, x, 3)[2]).isCloseTo(0.5, within(EXACT));
    assertThat(RollingComoments.correlation(x, y, 3)[2]).isCloseTo(0.5, within(EXACT));
    assertThat(RollingComoments.beta(y, x, 3)[1]).isNaN();
  }

  @Test
  void beta_exactLine_isItsSlopeAndCorrelationOne() {
    double[] x = StatsOracle.gaussian(new SplittableRandom(1), 300, 0, 0.01);
    double[] up = new double[x.length];
    double[] down = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      up[i] = 2 * x[i] + 0.001;
      down[i] = -3 * x[i];
    }

    double[] beta = RollingComoments.beta(up, x, 30);
    double[] corrUp = RollingComoments.correlation(x, up, 30);
    double[] corrDown = RollingComoments.correlation(x, down, 30);

    for (int i = 29; i < x.length; i++) {
      assertThat(beta[i]).isCloseTo(2.0, within(TOL));
      assertThat(corrUp[i]).isCloseTo(1.0, within(TOL)).isLessThanOrEqualTo(1.0);
      assertThat(corrDown[i]).isCloseTo(-1.0, within(TOL)).isGreaterThanOrEqualTo(-1.0);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {21, 63, 252})
  void kernels_realRutOnSpx_matchPandas(int window) {
    StatsOracle oracle = StatsOracle.load();

    double[] cov = RollingComoments.covariance(oracle.rut, oracle.spx, window);
    double[] beta = RollingComoments.beta(oracle.rut, oracle.spx, window);
    double[] corr = RollingComoments.correlation(oracle.rut, oracle.spx, window);

    // Small caps co-move with the market: covariances and betas are well away from zero here.
    StatsOracle.assertClose(cov, oracle.column("cov_" + window), TOL, 0);
    StatsOracle.assertClose(beta, oracle.column("beta_" + window), TOL, 0);
    StatsOracle.assertClose(corr, oracle.column("corr_" + window), TOL, 0);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 17, 63, 250, 1999})
  void kernels_seededRandom_equalNaiveRecompute(int window) {
    SplittableRandom random = new SplittableRandom(window);
    double[] x = StatsOracle.gaussian(random, 2_000, 0.0004, 0.01);
    double[] y = StatsOracle.gaussian(random, 2_000, 0.0001, 0.005);
    for (int i = 0; i < x.length; i++) {
      y[i] += 1.3 * x[i];
    }

    double[] cov = RollingComoments.covariance(y, x, window);
    double[] beta = RollingComoments.beta(y, x, window);
    double[] corr = RollingComoments.correlation(x, y, window);

    for (int i = window - 1; i < x.length; i++) {
      int from = i - window + 1;
      double c = StatsOracle.naiveCovariance(x, y, from, i + 1);
      double vx = StatsOracle.naiveCovariance(x, x, from, i + 1);
      double vy = StatsOracle.naiveCovariance(y, y, from, i + 1);
      double scale = Math.sqrt(vx * vy);
      // Covariances and correlations can be near zero: compare on the scale sd(x) sd(y).
      assertThat(cov[i]).as("cov at %d", i).isCloseTo(c, within(TOL * scale));
      assertThat(beta[i]).as("beta at %d", i).isCloseTo(c / vx, within(TOL * scale / vx));
      assertThat(corr[i]).as("corr at %d", i).isCloseTo(c / scale, within(TOL));
    }
    for (int i = 0; i < window - 1; i++) {
      assertThat(cov[i]).isNaN();
    }
  }

  @Test
  void kernels_largeOffset_equalNaiveTwoPass() {
    int window = 63;
    SplittableRandom random = new SplittableRandom(8);
    double[] x = StatsOracle.gaussian(random, 5_000, 1e9, 1.0);
    double[] y = StatsOracle.gaussian(random, 5_000, -5e8, 1.0);
    for (int i = 0; i < x.length; i++) {
      y[i] += 0.5 * (x[i] - 1e9);
    }

    double[] beta = RollingComoments.beta(y, x, window);
    double[] corr = RollingComoments.correlation(x, y, window);

    for (int i = window - 1; i < x.length; i++) {
      int from = i - window + 1;
      double c = StatsOracle.naiveCovariance(x, y, from, i + 1);
      double vx = StatsOracle.naiveCovariance(x, x, from, i + 1);
      double vy = StatsOracle.naiveCovariance(y, y, from, i + 1);
      assertThat(beta[i]).as("beta at %d", i).isCloseTo(c / vx, within(OFFSET_TOL));
      assertThat(corr[i]).as("corr at %d", i).isCloseTo(c / Math.sqrt(vx * vy), within(OFFSET_TOL));
    }
  }

  @Test
  void correlation_tenMillionPointsWithVolatilityBursts_matchesNaiveAtSampledWindows() {
    int n = 10_000_000;
    int window = 63;
    SplittableRandom random = new SplittableRandom(11);
    double[] x = new double[n];
    double[] y = new double[n];
    double sd = 1e-4;
    for (int i = 0; i < n; i++) {
      if (random.nextInt(500) == 0) {
        sd = Math.pow(10, random.nextInt(-4, 4));
      }
      x[i] = sd * random.nextGaussian();
      y[i] = 0.7 * x[i] + 0.5 * sd * random.nextGaussian();
    }

    double[] corr = RollingComoments.correlation(x, y, window);
    double[] beta = RollingComoments.beta(y, x, window);

    for (int k = 0; k < 20_000; k++) {
      int i = k == 0 ? n - 1 : random.nextInt(window - 1, n);
      int from = i - window + 1;
      double c = StatsOracle.naiveCovariance(x, y, from, i + 1);
      double vx = StatsOracle.naiveCovariance(x, x, from, i + 1);
      double vy = StatsOracle.naiveCovariance(y, y, from, i + 1);
      assertThat(corr[i]).as("corr at %d", i).isCloseTo(c / Math.sqrt(vx * vy), within(1e-10));
      assertThat(beta[i]).as("beta at %d", i).isCloseTo(c / vx, within(1e-10 * Math.sqrt(vy / vx)));
    }
  }

  @Test
  void kernels_afterHugeValueLeaves_matchNaive() {
    int window = 20;
    SplittableRandom random = new SplittableRandom(4);
    double[] x = StatsOracle.gaussian(random, 200, 0, 1e-3);
    double[] y = StatsOracle.gaussian(random, 200, 0, 1e-3);
    x[50] = 1e8;
    y[60] = -1e7;

    double[] corr = RollingComoments.correlation(x, y, window);

    for (int i = 60 + window; i < x.length; i++) {
      int from = i - window + 1;
      double c = StatsOracle.naiveCovariance(x, y, from, i + 1);
      double vx = StatsOracle.naiveCovariance(x, x, from, i + 1);
      double vy = StatsOracle.naiveCovariance(y, y, from, i + 1);
      assertThat(corr[i]).as("corr at %d", i).isCloseTo(c / Math.sqrt(vx * vy), within(TOL));
    }
  }

  @Test
  void kernels_constantWindow_giveZeroCovarianceAndNaNBetaAndCorrelation() {
    // x is stale (equal values) on indices 2..6: windows of 4 ending at 5 and 6 are constant.
    double[] x = {0.01, -0.02, 0.03, 0.03, 0.03, 0.03, 0.03, 0.01};
    double[] y = {0.02, 0.01, -0.01, 0.02, 0.00, 0.01, 0.03, 0.02};

    double[] cov = RollingComoments.covariance(y, x, 4);
    double[] beta = RollingComoments.beta(y, x, 4);
    double[] corr = RollingComoments.correlation(x, y, 4);
    double[] reverse = RollingComoments.beta(x, y, 4);

    assertThat(cov[5]).isZero();
    assertThat(cov[6]).isZero();
    assertThat(beta[5]).isNaN();
    assertThat(beta[6]).isNaN();
    assertThat(corr[5]).isNaN();
    assertThat(reverse[6]).isZero();
    assertThat(beta[7]).isFinite();
  }

  @Test
  void correlation_swappedArguments_isSymmetric() {
    SplittableRandom random = new SplittableRandom(5);
    double[] x = StatsOracle.gaussian(random, 500, 0, 0.01);
    double[] y = StatsOracle.gaussian(random, 500, 0, 0.02);

    double[] xy = RollingComoments.correlation(x, y, 40);
    double[] yx = RollingComoments.correlation(y, x, 40);
    double[] byx = RollingComoments.beta(y, x, 40);
    double[] bxy = RollingComoments.beta(x, y, 40);

    for (int i = 39; i < x.length; i++) {
      assertThat(xy[i]).isCloseTo(yx[i], within(TOL));
      // beta(y on x) * beta(x on y) = corr^2
      assertThat(byx[i] * bxy[i]).isCloseTo(xy[i] * xy[i], within(TOL));
    }
  }

  @Test
  void kernels_windowLongerThanSeries_areAllNaN() {
    double[] x = {1, 2, 3};
    for (Kernel k : Kernel.values()) {
      assertThat(k.apply(x, x, 4)).containsOnly(Double.NaN);
      assertThat(k.apply(new double[0], new double[0], 4)).isEmpty();
    }
  }

  static Stream<Arguments> badInputs() {
    double[] ok = {1, 2, 3, 4};
    return Stream.of(
        Arguments.of(Kernel.COVARIANCE, ok, ok, 1, "window: 1"),
        Arguments.of(Kernel.BETA, ok, ok, 0, "window: 0"),
        Arguments.of(Kernel.CORRELATION, ok, new double[] {1, 2, 3}, 2, "length 4 differs"),
        Arguments.of(Kernel.BETA, new double[] {1, 2, Double.NaN, 4}, ok, 2, "y: NaN at index 2"),
        Arguments.of(
            Kernel.COVARIANCE, ok, new double[] {1, Double.NEGATIVE_INFINITY, 3, 4}, 2, "x: -Inf"),
        Arguments.of(
            Kernel.CORRELATION,
            new double[] {Double.POSITIVE_INFINITY, 1, 2, 3},
            ok,
            3,
            "index 0"));
  }

  @ParameterizedTest(name = "{0} window {3}: {4}")
  @MethodSource("badInputs")
  void kernels_badInput_throwIllegalArgumentNamingIt(
      Kernel kernel, double[] y, double[] x, int window, String message) {
    assertThatThrownBy(() -> kernel.apply(y, x, window))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
