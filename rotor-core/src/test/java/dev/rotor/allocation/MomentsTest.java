package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MomentsTest {

  private static final double TOL = 1e-12;

  /** Welford updates against a fresh two-pass computation per window. */
  private static final double ROLLING_TOL = 1e-12;

  private static final double[] X = {1, 2, 3, 4};
  private static final double[] Y = {2, 4, 6, 9};
  private static final double[] Z = {0.5, -1, 2, 0};

  @Test
  void covariance_smallColumns_matchesHandAndNumpy() {
    // By hand: deviations of X -1.5 -.5 .5 1.5, of Y -3.25 -1.25 .75 3.75;
    // cov(X, Y) = (4.875 + .625 + .375 + 5.625) / 3 = 11.5 / 3; var X = 5 / 3; var Y = 26.75 / 3.
    // numpy: np.cov([X, Y, Z]) gives [[1.6667, 3.8333, .25], [3.8333, 8.9167, .375], [.25, .375,
    // 1.5625]].
    double[][] c = Moments.covariance(new double[][] {X, Y, Z});
    assertThat(c[0][1]).isCloseTo(11.5 / 3, within(TOL));
    assertThat(c[1][0]).isEqualTo(c[0][1]);
    assertThat(c[0][0]).isCloseTo(5.0 / 3, within(TOL));
    assertThat(c[1][1]).isCloseTo(26.75 / 3, within(TOL));
    assertThat(c[0][2]).isCloseTo(0.25, within(TOL));
    assertThat(c[1][2]).isCloseTo(0.375, within(TOL));
    assertThat(c[2][2]).isCloseTo(1.5625, within(TOL));
  }

  @Test
  void correlation_smallColumns_matchesNumpyCorrcoef() {
    // /usr/bin/python3 -c "import numpy as np; print(np.corrcoef([X, Y, Z]))" with X, Y, Z above
    double[][] r = Moments.correlation(new double[][] {X, Y, Z});
    assertThat(r[0][1]).isCloseTo(0.994376712684369, within(TOL));
    assertThat(r[0][2]).isCloseTo(0.15491933384829668, within(TOL));
    assertThat(r[1][2]).isCloseTo(0.10046620299347057, within(TOL));
    assertThat(r[2][2]).isEqualTo(1.0);
  }

  @Test
  void means_smallColumns_areArithmeticMeans() {
    assertThat(Moments.means(new double[][] {X, Z})).containsExactly(2.5, 0.375);
  }

  @Test
  void covariance_fewerThanTwoPeriods_isNaN() {
    double[][] c = Moments.covariance(new double[][] {{0.1}, {0.2}});
    assertThat(c[0][0]).isNaN();
    assertThat(c[0][1]).isNaN();
    assertThat(Moments.means(new double[][] {{}})[0]).isNaN();
  }

  @Test
  void correlation_constantColumn_isNaNInItsRowAndColumn() {
    double[][] r = Moments.correlation(new double[][] {X, {3, 3, 3, 3}});
    assertThat(r[0][0]).isEqualTo(1.0);
    assertThat(r[0][1]).isNaN();
    assertThat(r[1][1]).isNaN();
  }

  @Test
  void rollingCorrelation_seededRandom_equalsNaiveRecompute() {
    Random rnd = new Random(20240601);
    for (int trial = 0; trial < 20; trial++) {
      int n = 30 + rnd.nextInt(200);
      int window = 2 + rnd.nextInt(40);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int t = 0; t < n; t++) {
        x[t] = 0.02 * rnd.nextGaussian() + 0.001;
        y[t] = 0.6 * x[t] + 0.015 * rnd.nextGaussian();
      }
      double[] rolled = Moments.rollingCorrelation(x, y, window);
      for (int t = 0; t < n; t++) {
        if (t < window - 1) {
          assertThat(rolled[t]).isNaN();
        } else {
          double[][] slice = {
            java.util.Arrays.copyOfRange(x, t - window + 1, t + 1),
            java.util.Arrays.copyOfRange(y, t - window + 1, t + 1)
          };
          assertThat(rolled[t])
              .as("trial %d t %d", trial, t)
              .isCloseTo(Moments.correlation(slice)[0][1], within(ROLLING_TOL));
        }
      }
    }
  }

  @Test
  void rollingCorrelation_levelsFarFromZero_stayAccurate() {
    // Welford's centred updates do not lose the co-moment to cancellation at an offset of 1e4.
    Random rnd = new Random(7);
    int n = 500;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = 1e4 + rnd.nextGaussian();
      y[t] = 1e4 + 0.5 * (x[t] - 1e4) + rnd.nextGaussian();
    }
    double[] rolled = Moments.rollingCorrelation(x, y, 60);
    double[][] last = {
      java.util.Arrays.copyOfRange(x, n - 60, n), java.util.Arrays.copyOfRange(y, n - 60, n)
    };
    assertThat(rolled[n - 1]).isCloseTo(Moments.correlation(last)[0][1], within(1e-9));
  }

  @Test
  void rollingCorrelation_constantWindow_isNaN() {
    double[] rolled = Moments.rollingCorrelation(new double[] {1, 1, 1, 2}, X, 3);
    assertThat(rolled[2]).isNaN();
    assertThat(rolled[3])
        .isCloseTo(Moments.correlation(new double[][] {{1, 1, 2}, {2, 3, 4}})[0][1], within(TOL));
  }

  static Stream<Arguments> badRolling() {
    return Stream.of(
        Arguments.of(null, X, 3, "x"),
        Arguments.of(X, null, 3, "y"),
        Arguments.of(X, new double[] {1, 2}, 2, "y"),
        Arguments.of(X, Y, 1, "window"));
  }

  @ParameterizedTest
  @MethodSource("badRolling")
  void rollingCorrelation_badArguments_throwNamingThem(
      double[] x, double[] y, int window, String name) {
    assertThatThrownBy(() -> Moments.rollingCorrelation(x, y, window))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  static Stream<Arguments> badColumns() {
    return Stream.of(
        Arguments.of((Object) null),
        Arguments.of((Object) new double[0][]),
        Arguments.of((Object) new double[][] {{1, 2}, {1}}),
        Arguments.of((Object) new double[][] {{1, 2}, null}));
  }

  @ParameterizedTest
  @MethodSource("badColumns")
  void covariance_badColumns_throwNamingThem(double[][] columns) {
    assertThatThrownBy(() -> Moments.covariance(columns))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("columns:");
  }
}
