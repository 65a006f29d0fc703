package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasurementTest {

  @Test
  void of_definedValue_noReason() {
    Measurement m = Measurement.of(0.5, 10);
    assertThat(m.isDefined()).isTrue();
    assertThat(m.reason()).isEmpty();
    assertThat(m.observations()).isEqualTo(10);
  }

  @Test
  void missing_NaNWithReason() {
    Measurement m = Measurement.missing("no volume", 0);
    assertThat(m.isDefined()).isFalse();
    assertThat(m.value()).isNaN();
    assertThat(m.reason()).isEqualTo("no volume");
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(1.0, 1, "why", "reason:"),
        Arguments.of(Double.NaN, 0, "", "reason:"),
        Arguments.of(Double.POSITIVE_INFINITY, 1, "", "value:"),
        Arguments.of(1.0, -1, "", "observations:"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void constructor_inconsistent_rejectedNamingTheArgument(
      double value, int n, String reason, String prefix) {
    assertThatThrownBy(() -> new Measurement(value, n, reason))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(prefix);
  }
}
