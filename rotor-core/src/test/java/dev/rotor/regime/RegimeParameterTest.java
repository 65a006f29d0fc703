package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegimeParameterTest {

  @Test
  void values_orderMatchesToArray() {
    RegimeParameters p = new RegimeParameters(0.9, 0.8, -1, 1, 2, 3);
    double[] a = p.toArray();
    for (RegimeParameter k : RegimeParameter.values()) {
      assertThat(p.get(k)).isEqualTo(a[k.ordinal()]);
    }
    assertThat(RegimeParameter.values())
        .containsExactly(
            RegimeParameter.P00,
            RegimeParameter.P11,
            RegimeParameter.MEAN0,
            RegimeParameter.MEAN1,
            RegimeParameter.VARIANCE0,
            RegimeParameter.VARIANCE1);
  }
}
