package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ConditionalSplitTest {

  private static final StateStats NONE = StateStats.of(new double[0]);

  @Test
  void new_invalid_throwsNamingField() {
    assertThatThrownBy(
            () -> new ConditionalSplit("x", YearMonth.of(2020, 1), null, NONE, NONE, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("firstMonth/lastMonth:");
    assertThatThrownBy(() -> new ConditionalSplit("x", null, null, NONE, NONE, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unmatchedMonths:");
  }
}
