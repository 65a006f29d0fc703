package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.scenario.StandardErrors;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RegressionFit}: intervals and validation. */
class RegressionFitTest {

  private static final double TOL = 1e-12;

  private static RegressionFit fit(int n) {
    return new RegressionFit(
        Target.SMALL,
        n,
        3,
        new Coefficient(0, 1, 1),
        Map.of(Regressor.TWO_YEAR, new Coefficient(-2e-4, 1e-4, 2e-4)),
        0.1);
  }

  @Test
  void interval_neweyWest_isEstimatePlusMinusNormalQuantileTimesSe() {
    // 95% normal quantile 1.959963984540054 (scipy.stats.norm.ppf(0.975)).
    Interval i = fit(100).interval(Regressor.TWO_YEAR, StandardErrors.NEWEY_WEST, 0.95);
    assertThat(i.lower()).isCloseTo(-2e-4 - 1.959963984540054 * 2e-4, within(TOL));
    assertThat(i.upper()).isCloseTo(-2e-4 + 1.959963984540054 * 2e-4, within(TOL));
    assertThat(i.excludesZeroBelow()).isFalse();
  }

  @Test
  void interval_classical_usesStudentTWithResidualDegreesOfFreedom() {
    // 10 observations, 1 regressor: 8 df; scipy.stats.t.ppf(0.975, 8) = 2.3060041350333704.
    Interval i = fit(10).interval(Regressor.TWO_YEAR, StandardErrors.CLASSICAL, 0.95);
    assertThat(i.upper()).isCloseTo(-2e-4 + 2.3060041350333704e-4, within(1e-12));
    assertThat(fit(2).criticalValue(StandardErrors.CLASSICAL, 0.95)).isNaN();
  }

  @Test
  void slope_missingRegressor_throwsNamingArgument() {
    assertThatThrownBy(() -> fit(10).slope(Regressor.TEN_YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("regressor");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.5, Double.NaN})
  void criticalValue_badConfidence_throws(double c) {
    assertThatThrownBy(() -> fit(10).criticalValue(StandardErrors.NEWEY_WEST, c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("confidence");
  }

  @Test
  void constructor_negativeCountsOrNoSlopes_throws() {
    Coefficient c = new Coefficient(0, 0, 0);
    assertThatThrownBy(
            () -> new RegressionFit(Target.LARGE, -1, 0, c, Map.of(Regressor.TWO_YEAR, c), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegressionFit(Target.LARGE, 1, 0, c, Map.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("slopes");
  }
}
