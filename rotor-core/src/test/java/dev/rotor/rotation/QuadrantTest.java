package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuadrantTest {

  @ParameterizedTest
  @CsvSource({
    "101, 101, LEADING",
    "101, 99, WEAKENING",
    "99, 99, LAGGING",
    "99, 101, IMPROVING",
    "100.0000001, 99.9999999, WEAKENING",
    "100, 101, NONE",
    "101, 100, NONE",
    "100, 100, NONE",
    "NaN, 101, NONE",
    "101, NaN, NONE"
  })
  void of_point_givesQuadrantByStrictInequalities(double ratio, double momentum, Quadrant q) {
    assertThat(Quadrant.of(ratio, momentum)).isEqualTo(q);
  }
}
