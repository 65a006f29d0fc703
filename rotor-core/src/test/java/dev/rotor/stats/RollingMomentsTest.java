package dev.rotor.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RollingMomentsTest {

  /** Relative agreement with pandas and with naive recomputes. */
  private static final double TOL = 1e-12;

  /** Hand-worked fractions, compared in double arithmetic. */
  private static final double EXACT = 1e-14;

  /**
   * Relative agreement on 1e9 + N(0, 1) data: the window mean (about 1e9) has an ulp of 1.2e-7, so
   * the deviations that enter the sums carry that much absolute rounding.
   */
  private static final double OFFSET_TOL = 1e-9;

  @Test
  void mean_handWorkedSeries_matchesArithmetic() {
    // windows {1,2,4}, {2,4,7}, {4,7,11}: sums 7, 13, 22 over 3
    double[] m = RollingMoments.mean(new double[] {1, 2, 4, 7, 11}, 3);

    assertThat(m[0]).isNaN();
    assertThat(m[1]).isNaN();
    assertThat(m[2]).isCloseTo(7.0 / 3, within(EXACT));
    assertThat(m[3]).isCloseTo(13.0 / 3, within(EXACT));
    assertThat(m[4]).isCloseTo(22.0 / 3, within(EXACT));
  }

  @Test
  void variance_handWorkedSeries_matchesArithmetic() {
    // {1,2,4}: mean 7/3, deviations -4/3, -1/3, 5/3, squares (16 + 1 + 25)/9 = 42/9, over 2 = 7/3
    // {2,4,7}: mean 13/3, deviations -7/3, -1/3, 8/3, squares 114/9, over 2 = 19/3
    // {4,7,11}: mean 22/3, deviations -10/3, -1/3, 11/3, squares 222/9, over 2 = 37/3
    double[] x = {1, 2, 4, 7, 11};

    double[] v = RollingMoments.variance(x, 3);
    double[] s = RollingMoments.std(x, 3);

    assertThat(v[2]).isCloseTo(7.0 / 3, within(EXACT));
    assertThat(v[3]).isCloseTo(19.0 / 3, within(EXACT));
    assertThat(v[4]).isCloseTo(37.0 / 3, within(EXACT));
    assertThat(s[4]).isCloseTo(Math.sqrt(37.0 / 3), within(EXACT));
    assertThat(s[0]).isNaN();
    assertThat(s[1]).isNaN();
  }

  @ParameterizedTest
  @ValueSource(ints = {21, 63, 252})
  void mean_realRutReturns_matchesPandas(int window) {
    StatsOracle oracle = StatsOracle.load();

    double[] m = RollingMoments.mean(oracle.rut, window);

    // Relative to the mean, floored at 1e-4 (a typical daily |mean| of returns) so that a mean
    // crossing zero is compared on the scale of its inputs.
    StatsOracle.assertClose(m, oracle.column("rut_mean_" + window), TOL, 1e-4);
  }

  @ParameterizedTest
  @ValueSource(ints = {21, 63, 252})
  void std_realRutReturns_matchesPandas(int window) {
    StatsOracle oracle = StatsOracle.load();

    double[] s = RollingMoments.std(oracle.rut, window);

    StatsOracle.assertClose(s, oracle.column("rut_std_" + window), TOL, 0);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 17, 63, 250, 1999})
  void variance_seededRandom_equalsNaiveRecompute(int window) {
    double[] x = StatsOracle.gaussian(new SplittableRandom(window), 2_000, 0.0005, 0.01);

    double[] v = RollingMoments.variance(x, window);
    double[] m = RollingMoments.mean(x, window);

    for (int i = 0; i < x.length; i++) {
      if (i < window - 1) {
        assertThat(v[i]).isNaN();
        assertThat(m[i]).isNaN();
        continue;
      }
      int from = i - window + 1;
      double expected = StatsOracle.naiveCovariance(x, x, from, i + 1);
      assertThat(v[i]).as("variance at %d", i).isCloseTo(expected, within(TOL * expected));
      assertThat(m[i])
          .as("mean at %d", i)
          .isCloseTo(StatsOracle.naiveMean(x, from, i + 1), within(TOL * 0.01));
    }
  }

  @Test
  void std_largeOffset_equalsNaiveTwoPass() {
    int window = 63;
    double[] x = StatsOracle.gaussian(new SplittableRandom(7), 5_000, 1e9, 1.0);

    double[] s = RollingMoments.std(x, window);
    double[] m = RollingMoments.mean(x, window);

    for (int i = window - 1; i < x.length; i++) {
      int from = i - window + 1;
      double expected = Math.sqrt(StatsOracle.naiveCovariance(x, x, from, i + 1));
      assertThat(s[i]).as("std at %d", i).isCloseTo(expected, within(OFFSET_TOL * expected));
      assertThat(m[i])
          .as("mean at %d", i)
          .isCloseTo(StatsOracle.naiveMean(x, from, i + 1), within(TOL * 1e9));
    }
  }

  @Test
  void std_tenMillionPointsWithVolatilityBursts_matchesNaiveAtSampledWindows() {
    // A drifting level with volatility switching between 1e-4 and 1e3 in random bursts: the case
    // where add-and-remove updates leave the residue of large values in later, quiet windows.
    int n = 10_000_000;
    int window = 63;
    SplittableRandom random = new SplittableRandom(10);
    double[] x = new double[n];
    double level = 100;
    double sd = 1e-4;
    for (int i = 0; i < n; i++) {
      if (random.nextInt(500) == 0) {
        sd = Math.pow(10, random.nextInt(-4, 4));
      }
      level += 1e-3;
      x[i] = level + sd * random.nextGaussian();
    }

    double[] s = RollingMoments.std(x, window);

    for (int k = 0; k < 20_000; k++) {
      int i = k == 0 ? n - 1 : random.nextInt(window - 1, n);
      int from = i - window + 1;
      double expected = Math.sqrt(StatsOracle.naiveCovariance(x, x, from, i + 1));
      // The level (~1e4) bounds how exactly a deviation of 1e-4 can be represented.
      double tol = 1e-9 * expected + 1e-12 * Math.abs(x[i]);
      assertThat(s[i]).as("std at %d", i).isCloseTo(expected, within(tol));
    }
  }

  @Test
  void std_afterHugeValueLeaves_matchesNaive() {
    int window = 20;
    double[] x = StatsOracle.gaussian(new SplittableRandom(3), 200, 0, 1e-3);
    x[50] = 1e8;

    double[] s = RollingMoments.std(x, window);

    for (int i = 50 + window; i < x.length; i++) {
      double expected = Math.sqrt(StatsOracle.naiveCovariance(x, x, i - window + 1, i + 1));
      assertThat(s[i]).as("std at %d", i).isCloseTo(expected, within(TOL * expected));
    }
  }

  @Test
  void std_constantWindow_isExactlyZero() {
    double[] x = {0.3, 0.1, 0.7, 0.7, 0.7, 0.7, 0.2, 5, 5, 5, 5};

    double[] s = RollingMoments.std(x, 4);
    double[] m = RollingMoments.mean(x, 4);

    assertThat(s[5]).isZero();
    assertThat(m[5]).isEqualTo(0.7);
    assertThat(s[6]).isPositive();
    assertThat(s[10]).isZero();
    assertThat(m[10]).isEqualTo(5.0);
  }

  @Test
  void mean_windowLongerThanSeries_isAllNaN() {
    assertThat(RollingMoments.mean(new double[] {1, 2, 3}, 4)).containsOnly(Double.NaN);
    assertThat(RollingMoments.std(new double[] {1, 2, 3}, 4)).containsOnly(Double.NaN);
  }

  @Test
  void std_emptySeries_isEmpty() {
    assertThat(RollingMoments.std(new double[0], 5)).isEmpty();
    assertThat(RollingMoments.mean(new double[0], 1)).isEmpty();
  }

  @Test
  void mean_windowOne_isTheSeries() {
    assertThat(RollingMoments.mean(new double[] {1.5, -2, 3}, 1)).containsExactly(1.5, -2, 3);
  }

  static Stream<Arguments> badInputs() {
    BiFunction<double[], Integer, double[]> mean = RollingMoments::mean;
    BiFunction<double[], Integer, double[]> std = RollingMoments::std;
    BiFunction<double[], Integer, double[]> variance = RollingMoments::variance;
    return Stream.of(
        Arguments.of("mean, window 0", mean, new double[] {1, 2}, 0, "window: 0"),
        Arguments.of("std, window 1", std, new double[] {1, 2}, 1, "window: 1"),
        Arguments.of("variance, window -3", variance, new double[] {1, 2}, -3, "window: -3"),
        Arguments.of("mean, NaN", mean, new double[] {1, Double.NaN, 2}, 2, "x: NaN at index 1"),
        Arguments.of(
            "std, +inf", std, new double[] {1, 2, 3, Double.POSITIVE_INFINITY}, 2, "index 3"),
        Arguments.of(
            "variance, -inf", variance, new double[] {Double.NEGATIVE_INFINITY}, 2, "index 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void kernels_badInput_throwIllegalArgumentNamingIt(
      String label,
      BiFunction<double[], Integer, double[]> kernel,
      double[] x,
      int window,
      String message) {
    assertThatThrownBy(() -> kernel.apply(x, window))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
