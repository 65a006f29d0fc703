package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShockImpactTest {

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(Double.NaN, 0.0, -1.0, 1.0, 0.95, "basisPoints"),
        Arguments.of(50.0, 0.0, -1.0, 1.0, 1.0, "confidence"),
        Arguments.of(50.0, 0.0, 0.5, 1.0, 0.95, "lower/expectedReturn/upper"),
        Arguments.of(50.0, 2.0, -1.0, 1.0, 0.95, "lower/expectedReturn/upper"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_invalid_throwsNamingField(
      double bp, double mid, double lo, double hi, double confidence, String name) {
    assertThatThrownBy(() -> new ShockImpact(bp, mid, lo, hi, StandardErrors.CLASSICAL, confidence))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
