package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForwardSummaryTest {

  @Test
  void thin_belowTen() {
    assertThat(new ForwardSummary(1, 9, 0, 0, 0, 0, 0).thin()).isTrue();
    assertThat(new ForwardSummary(1, 10, 0, 0, 0, 0, 0).thin()).isFalse();
    assertThat(ForwardSummary.THIN_BELOW).isEqualTo(10);
  }

  @Test
  void new_badArguments_throwNamingThem() {
    assertThatThrownBy(() -> new ForwardSummary(0, 1, 0, 0, 0, 0, 0))
        .hasMessageStartingWith("horizonMonths:");
    assertThatThrownBy(() -> new ForwardSummary(1, -1, 0, 0, 0, 0, 0))
        .hasMessageStartingWith("count:");
    assertThatThrownBy(() -> new ForwardSummary(1, 1, 0, 0, 0, 0.2, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lower:");
  }
}
