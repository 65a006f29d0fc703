package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StressOutcomeTest {

  private static final LocalDate D = LocalDate.of(2020, 2, 19);

  @Test
  void uncovered_isNaNWithoutDates() {
    StressOutcome o = StressOutcome.uncovered(StressWindow.COVID_2020);
    assertThat(o.covered()).isFalse();
    assertThat(o.totalReturn()).isNaN();
    assertThat(o.maxDrawdown()).isNaN();
    assertThat(o.baseDate()).isNull();
  }

  @Test
  void new_inconsistent_throws() {
    assertThatThrownBy(
            () -> new StressOutcome(StressWindow.COVID_2020, D, null, 2, 0.1, -0.1, D, D))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("observations/dates:");
    assertThatThrownBy(() -> new StressOutcome(StressWindow.COVID_2020, D, D, 2, 0.1, 0.1, D, D))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxDrawdown:");
  }
}
