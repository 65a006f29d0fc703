package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartValuesTest {

  @Test
  void of_fixedStarts_asDocumented() {
    List<double[]> s = StartValues.of(1, 4, 0, 1);
    assertThat(s).hasSize(4);
    assertThat(s.get(0)).containsExactly(0.9, 0.9, 0, 2, 4, 4);
    assertThat(s.get(1)).containsExactly(0.95, 0.95, 0.8, 1.2, 2, 8);
    assertThat(s.get(2)).containsExactly(0.9, 0.9, 0, 2, 8, 2);
    assertThat(s.get(3)).containsExactly(0.9, 0.9, 0, 2, 2, 8);
  }

  @Test
  void of_randomStarts_seededAndValid() {
    List<double[]> a = StartValues.of(0, 1, 20, 7);
    List<double[]> b = StartValues.of(0, 1, 20, 7);
    List<double[]> c = StartValues.of(0, 1, 20, 8);
    assertThat(a).hasSize(24);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)).containsExactly(b.get(i));
      RegimeParameters p = RegimeParameters.of(a.get(i));
      assertThat(p.p00()).isBetween(0.6, 0.99);
      assertThat(p.variance0()).isBetween(Math.exp(-1), Math.exp(1));
    }
    assertThat(c.get(4)).isNotEqualTo(a.get(4));
  }
}
