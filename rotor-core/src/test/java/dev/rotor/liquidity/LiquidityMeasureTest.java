package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiquidityMeasureTest {

  @Test
  void label_isSnakeCase() {
    assertThat(LiquidityMeasure.ADV_DOLLARS.label()).isEqualTo("adv_dollars");
    assertThat(LiquidityMeasure.CORWIN_SCHULTZ.label()).isEqualTo("corwin_schultz");
  }

  @Test
  void unit_isStatedForEveryMeasure() {
    for (LiquidityMeasure m : LiquidityMeasure.values()) {
      assertThat(m.unit()).isNotBlank();
    }
    assertThat(LiquidityMeasure.AMIHUD.unit()).contains("$1M");
  }
}
