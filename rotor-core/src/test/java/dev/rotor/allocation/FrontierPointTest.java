package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontierPointTest {

  @Test
  void weights_areCopiedAndCompared() {
    double[] w = {0.25, 0.75};
    FrontierPoint p = new FrontierPoint(0.1, 0.1, 0.2, w);
    w[0] = 9;
    p.weights()[1] = 9;
    assertThat(p.weights()).containsExactly(0.25, 0.75);
    assertThat(p).isEqualTo(new FrontierPoint(0.1, 0.1, 0.2, new double[] {0.25, 0.75}));
    assertThat(p.hashCode())
        .isEqualTo(new FrontierPoint(0.1, 0.1, 0.2, new double[] {0.25, 0.75}).hashCode());
    assertThat(p).isNotEqualTo(new FrontierPoint(0.1, 0.1, 0.2, new double[] {0.5, 0.5}));
    assertThat(p.toString()).contains("0.75");
  }

  @Test
  void constructor_nullWeights_throwNamingThem() {
    assertThatThrownBy(() -> new FrontierPoint(0, 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weights:");
  }
}
