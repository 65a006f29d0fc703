package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputsTest {

  @Test
  void requireCovariance_roundingAsymmetryAndNaN_pass() {
    double[][] cov = {{0.04, 0.01 + 1e-15}, {0.01, 0.09}};
    assertThatCode(() -> Inputs.requireCovariance("cov", cov)).doesNotThrowAnyException();
    double[][] nan = {{Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}};
    assertThatCode(() -> Inputs.requireCovariance("cov", nan)).doesNotThrowAnyException();
  }

  @Test
  void requireWeights_sumWithinTolerance_passes() {
    assertThatCode(() -> Inputs.requireWeights("w", new double[] {0.5, 0.5 + 5e-10}, 2))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> badWeights() {
    return Stream.of(
        Arguments.of(null, 2),
        Arguments.of(new double[] {1}, 2),
        Arguments.of(new double[] {0.5, 0.5 + 2e-9}, 2),
        Arguments.of(new double[] {-0.1, 1.1}, 2),
        Arguments.of(new double[] {Double.NaN, 1}, 2),
        Arguments.of(new double[] {Double.POSITIVE_INFINITY, 1}, 2));
  }

  @ParameterizedTest
  @MethodSource("badWeights")
  void requireWeights_badWeights_throwNamingThem(double[] w, int n) {
    assertThatThrownBy(() -> Inputs.requireWeights("w", w, n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("w:");
  }

  @Test
  void requireFinite_nonFinite_throwsNamingIt() {
    assertThatThrownBy(() -> Inputs.requireFinite("x", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("x:");
  }
}
