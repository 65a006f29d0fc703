package dev.rotor.holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RollingGrowthTest {

  private static final double TOL = 1e-15;

  @Test
  void fromReturns_twoReturns_cumulatesLogs() {
    double[] c = RollingGrowth.fromReturns(new double[] {0.1, -0.2}, "r");
    // ln 1.1 = 0.09531017980432493, ln 0.88 = -0.12783337150988489 (numpy)
    assertThat(c).hasSize(3);
    assertThat(c[0]).isZero();
    assertThat(c[1]).isCloseTo(0.09531017980432493, within(TOL));
    assertThat(c[2]).isCloseTo(-0.12783337150988489, within(TOL));
  }

  @Test
  void windowLogs_lengthTwo_differencesPoints() {
    double[] w = RollingGrowth.windowLogs(new double[] {0, 1, 3, 6}, 2);
    assertThat(w).containsExactly(3, 5);
    assertThat(RollingGrowth.windowLogs(new double[] {0, 1}, 2)).isEmpty();
  }

  @Test
  void annualise_doublingOverTwoYears_isSqrtTwoMinusOne() {
    assertThat(RollingGrowth.annualise(Math.log(2), 2)).isCloseTo(Math.sqrt(2) - 1, within(TOL));
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of("returns", -1.0),
        Arguments.of("returns", Double.NaN),
        Arguments.of("returns", Double.POSITIVE_INFINITY),
        Arguments.of("levels", 0.0),
        Arguments.of("levels", Double.NaN),
        Arguments.of("levels", Double.POSITIVE_INFINITY));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void from_badValue_throwsNamingArgument(String kind, double bad) {
    double[] v = {0.5, bad};
    assertThatThrownBy(
            () -> {
              if (kind.equals("returns")) {
                RollingGrowth.fromReturns(v, kind);
              } else {
                RollingGrowth.fromLevels(v, kind);
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(kind + ":")
        .hasMessageContaining("index 1");
  }
}
