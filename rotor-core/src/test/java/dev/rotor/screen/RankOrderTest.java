package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankOrderTest {

  @Test
  void values_ascThenDesc() {
    assertThat(RankOrder.values()).containsExactly(RankOrder.ASC, RankOrder.DESC);
  }
}
