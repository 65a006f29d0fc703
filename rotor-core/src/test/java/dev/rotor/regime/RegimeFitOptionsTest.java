package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegimeFitOptionsTest {

  @ParameterizedTest
  @CsvSource({
    "-1, 5000, 1e-12, randomStarts",
    "1001, 5000, 1e-12, randomStarts",
    "4, 9, 1e-12, maxIterations",
    "4, 5000, 0, tolerance",
    "4, 5000, 0.01, tolerance",
    "4, 5000, NaN, tolerance"
  })
  void constructor_invalid_throwsNamingArgument(
      int starts, int maxIterations, double tolerance, String name) {
    assertThatThrownBy(() -> new RegimeFitOptions(starts, 1L, maxIterations, tolerance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }

  @Test
  void defaults_documentedValues() {
    assertThat(RegimeFitOptions.defaults()).isEqualTo(new RegimeFitOptions(4, 1L, 5000, 1e-12));
  }

  @Test
  void withers_changeOneField() {
    RegimeFitOptions d = RegimeFitOptions.defaults();
    assertThat(d.withRandomStarts(0, 7)).isEqualTo(new RegimeFitOptions(0, 7L, 5000, 1e-12));
    assertThat(d.withMaxIterations(50)).isEqualTo(new RegimeFitOptions(4, 1L, 50, 1e-12));
    assertThat(d.withTolerance(1e-8)).isEqualTo(new RegimeFitOptions(4, 1L, 5000, 1e-8));
  }
}
