package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MagnitudeTest {

  // Hand-worked bands: max(2, 0.2 * X): X = 10 -> 2; X = 24 -> 4.8; X = 50 -> 10.
  @ParameterizedTest(name = "{0} {1}% vs {2}%")
  @CsvSource({
    "ABOUT, 10, 12.0, true",
    "ABOUT, 10, 12.1, false",
    "ABOUT, 10, 8.0, true",
    "ABOUT, 24, 19.3, true",
    "ABOUT, 24, 19.1, false",
    "ABOUT, 50, 60.0, true",
    "MORE_THAN, 40, 40.1, true",
    "MORE_THAN, 40, 40.0, false",
    "LESS_THAN, 5, 4.9, true",
    "LESS_THAN, 5, -1.0, false",
    "NEARLY, 20, 18.5, true",
    "NEARLY, 20, 20.5, false",
    "NEARLY, 20, 15.9, false"
  })
  void accepts_bands(Magnitude.Kind kind, double percent, double actual, boolean ok) {
    assertThat(new Magnitude(kind, percent, "x").accepts(actual)).isEqualTo(ok);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -5.0, Double.NaN, Double.POSITIVE_INFINITY})
  void new_badPercent_throws(double bad) {
    assertThatThrownBy(() -> new Magnitude(Magnitude.Kind.ABOUT, bad, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent");
  }
}
