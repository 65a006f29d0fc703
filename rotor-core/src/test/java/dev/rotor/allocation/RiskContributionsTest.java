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

class RiskContributionsTest {

  private static final double TOL = 1e-14;

  private static final double[][] UNCORRELATED = LongOnlyTest.diagonal(0.1, 0.2);
  private static final double[] HALF = {0.5, 0.5};

  @Test
  void analytics_twoUncorrelatedAssets_matchHandArithmetic() {
    // s_p = sqrt(.25 * .01 + .25 * .04) = sqrt(.0125); RC = (.25 * .01, .25 * .04) / s_p;
    // DR = (.5 * .1 + .5 * .2) / s_p = .15 / sqrt(.0125) = 3 / sqrt(5).
    double sp = Math.sqrt(0.0125);
    assertThat(RiskContributions.volatility(HALF, UNCORRELATED)).isCloseTo(sp, within(TOL));
    assertThat(RiskContributions.contributions(HALF, UNCORRELATED))
        .containsExactly(new double[] {0.0025 / sp, 0.01 / sp}, within(TOL));
    assertThat(RiskContributions.relativeContributions(HALF, UNCORRELATED))
        .containsExactly(new double[] {0.2, 0.8}, within(TOL));
    assertThat(RiskContributions.diversificationRatio(HALF, UNCORRELATED))
        .isCloseTo(3 / Math.sqrt(5), within(TOL));
    assertThat(RiskContributions.expectedReturn(HALF, new double[] {0.04, 0.1}))
        .isCloseTo(0.07, within(TOL));
  }

  @Test
  void contributions_seededRandom_sumToVolatilityAndRatioIsAtLeastOne() {
    Random rnd = new Random(2008);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + rnd.nextInt(15);
      double[][] cov = LongOnlyTest.randomCovariance(rnd, n, 100);
      double[] w = BacktestTest.randomWeights(rnd, n);
      double vol = RiskContributions.volatility(w, cov);
      double sum = 0;
      for (double c : RiskContributions.contributions(w, cov)) {
        sum += c;
      }
      assertThat(sum).as("trial %d", trial).isCloseTo(vol, within(1e-15));
      assertThat(RiskContributions.diversificationRatio(w, cov))
          .as("trial %d", trial)
          .isGreaterThanOrEqualTo(1 - 1e-12);
    }
  }

  @Test
  void diversificationRatio_perfectlyCorrelatedAssets_isOne() {
    double[][] cov =
        LongOnlyTest.covariance(new double[] {0.1, 0.3}, new double[][] {{1, 1}, {1, 1}});
    assertThat(RiskContributions.diversificationRatio(new double[] {0.3, 0.7}, cov))
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void ratios_zeroVolatility_areNaN() {
    double[][] cov = {{0, 0}, {0, 0.04}};
    double[] w = {1, 0};
    assertThat(RiskContributions.volatility(w, cov)).isZero();
    assertThat(RiskContributions.diversificationRatio(w, cov)).isNaN();
    assertThat(RiskContributions.contributions(w, cov)).containsOnly(Double.NaN);
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of(null, UNCORRELATED, "weights"),
        Arguments.of(new double[] {1}, UNCORRELATED, "weights"),
        Arguments.of(new double[] {Double.NEGATIVE_INFINITY, 1}, UNCORRELATED, "weights"),
        Arguments.of(HALF, null, "cov"),
        Arguments.of(HALF, new double[][] {{1, 0}, {1, 1}}, "cov"));
  }

  @ParameterizedTest
  @MethodSource("badArguments")
  void volatility_badArguments_throwNamingThem(double[] w, double[][] cov, String name) {
    assertThatThrownBy(() -> RiskContributions.volatility(w, cov))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
