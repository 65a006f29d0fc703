package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.scenario.StandardErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Interval}: sign tests and validation. */
class IntervalTest {

  @Test
  void excludesZero_sideOfZero_reported() {
    assertThat(new Interval(-2, -3, -1, StandardErrors.NEWEY_WEST, 0.95).excludesZeroBelow())
        .isTrue();
    assertThat(new Interval(2, 1, 3, StandardErrors.NEWEY_WEST, 0.95).excludesZeroAbove()).isTrue();
    Interval across = new Interval(0, -1, 1, StandardErrors.CLASSICAL, 0.9);
    assertThat(across.excludesZeroBelow() || across.excludesZeroAbove()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, 2, Double.NaN})
  void constructor_badConfidence_throws(double c) {
    assertThatThrownBy(() -> new Interval(0, 0, 0, StandardErrors.CLASSICAL, c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("confidence");
  }
}
