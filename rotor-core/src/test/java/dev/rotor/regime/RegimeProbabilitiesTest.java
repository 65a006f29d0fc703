package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegimeProbabilitiesTest {

  @ParameterizedTest
  @CsvSource({"-0.1, state0", "1.5, state0", "Infinity, state0"})
  void constructor_outOfRange_throwsNamingArgument(double bad, String name) {
    assertThatThrownBy(
            () -> new RegimeProbabilities(new double[] {0.5, bad}, new double[] {0.5, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }

  @Test
  void constructor_lengthMismatch_throws() {
    assertThatThrownBy(() -> new RegimeProbabilities(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state1");
  }

  @Test
  void arrays_areCopiedInAndOut() {
    double[] a = {0.25, 1};
    double[] b = {0.75, 0};
    RegimeProbabilities p = new RegimeProbabilities(a, b);
    a[0] = 0.9;
    p.state0()[0] = 0.9;
    assertThat(p.get(0, 0)).isEqualTo(0.25);
    assertThat(p.of(1)).containsExactly(0.75, 0);
    assertThat(p.size()).isEqualTo(2);
  }

  @Test
  void equals_comparesContents() {
    RegimeProbabilities p = new RegimeProbabilities(new double[] {0.25}, new double[] {0.75});
    RegimeProbabilities q = new RegimeProbabilities(new double[] {0.25}, new double[] {0.75});
    assertThat(p).isEqualTo(q).hasSameHashCodeAs(q);
    assertThat(p).isNotEqualTo(new RegimeProbabilities(new double[] {0.5}, new double[] {0.5}));
  }

  @Test
  void undefined_isAllNaN() {
    RegimeProbabilities u = RegimeProbabilities.undefined(3);
    assertThat(u.state0()).containsOnly(Double.NaN);
    assertThat(u.state1()).hasSize(3);
  }
}
