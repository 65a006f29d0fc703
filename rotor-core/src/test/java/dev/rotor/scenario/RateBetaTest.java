package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateBetaTest {

  private static final double TOL = 1e-12;

  /** scipy 1.10.1: stats.norm.ppf(0.975). */
  private static final double Z975 = 1.959963984540054;

  /** scipy 1.10.1: stats.t.ppf(0.975, 998). */
  private static final double T975_998 = 1.9623438462163336;

  private static final LocalDate D = LocalDate.of(2020, 1, 3);

  private static RateBeta beta(int n, double b) {
    return new RateBeta(
        RateBetaSpec.defaults(), n, D, D.plusWeeks(n), 0.001, b, 0.02, 0.01, 7, 0.05);
  }

  @Test
  void shock_neweyWest_isBetaTimesShockWithNormalInterval() {
    // +50 bp = 0.5 pp: 0.06 x 0.5 = 0.03, half-width 1.95996 x 0.01 x 0.5.
    ShockImpact s = beta(1000, 0.06).shock(50, StandardErrors.NEWEY_WEST, 0.95);
    assertThat(s.expectedReturn()).isCloseTo(0.03, within(TOL));
    assertThat(s.lower()).isCloseTo(0.03 - Z975 * 0.005, within(TOL));
    assertThat(s.upper()).isCloseTo(0.03 + Z975 * 0.005, within(TOL));
    assertThat(s.basisPoints()).isEqualTo(50);
    assertThat(s.errors()).isEqualTo(StandardErrors.NEWEY_WEST);
  }

  @Test
  void shock_classicalNegative_flipsSignWithTInterval() {
    // -100 bp = -1 pp: -0.06, half-width t(998) x 0.02 x 1.
    ShockImpact s = beta(1000, 0.06).shock(-100, StandardErrors.CLASSICAL, 0.95);
    assertThat(s.expectedReturn()).isCloseTo(-0.06, within(TOL));
    assertThat(s.lower()).isCloseTo(-0.06 - T975_998 * 0.02, within(TOL));
    assertThat(s.upper()).isCloseTo(-0.06 + T975_998 * 0.02, within(TOL));
  }

  @Test
  void standardShocks_areMinus100Minus50Plus50Plus100() {
    List<ShockImpact> s = beta(1000, 0.06).standardShocks(StandardErrors.NEWEY_WEST, 0.9);
    assertThat(s).extracting(ShockImpact::basisPoints).containsExactly(-100.0, -50.0, 50.0, 100.0);
    assertThat(s.get(0).expectedReturn()).isCloseTo(-s.get(3).expectedReturn(), within(TOL));
  }

  @Test
  void criticalValue_tooFewObservations_isNaN() {
    RateBeta b = new RateBeta(RateBetaSpec.defaults(), 2, D, D, 0, Double.NaN, 0, 0, 0, 0);
    assertThat(b.criticalValue(StandardErrors.CLASSICAL, 0.95)).isNaN();
    assertThat(b.shock(50, StandardErrors.CLASSICAL, 0.95).expectedReturn()).isNaN();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.5, Double.NaN})
  void shock_badConfidence_throwsNamingConfidence(double c) {
    assertThatThrownBy(() -> beta(100, 0.05).shock(50, StandardErrors.CLASSICAL, c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("confidence:");
  }

  @Test
  void new_datesWithoutObservations_throws() {
    assertThatThrownBy(() -> new RateBeta(RateBetaSpec.defaults(), 0, D, D, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("firstDate/lastDate:");
    assertThatThrownBy(
            () -> new RateBeta(RateBetaSpec.defaults(), -1, null, null, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("observations/neweyWestLags:");
  }
}
