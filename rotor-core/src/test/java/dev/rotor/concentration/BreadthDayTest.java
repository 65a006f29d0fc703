package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BreadthDayTest {

  @Test
  void new_nullDate_throwsNamingDate() {
    assertThatThrownBy(() -> new BreadthDay(null, 0, 0, Double.NaN, 0, 0, Double.NaN, 0, 0, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }
}
