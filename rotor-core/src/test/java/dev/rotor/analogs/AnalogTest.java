package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalogTest {

  private static final LocalDate D = LocalDate.of(2020, 6, 15);

  @Test
  void arrays_areCopiedInAndOut() {
    double[] state = {0.1, -0.2};
    double[] forward = {0.01, 0.02};
    Analog a = new Analog(D, Double.NaN, state, forward);
    state[0] = 9;
    forward[0] = 9;
    a.state()[1] = 9;
    a.forward()[1] = 9;
    assertThat(a.state()).containsExactly(0.1, -0.2);
    assertThat(a.forward()).containsExactly(0.01, 0.02);
    assertThat(a.forward(1)).isEqualTo(0.02);
  }

  @Test
  void equals_comparesArrayContents() {
    Analog a = new Analog(D, 0.5, new double[] {1}, new double[] {2});
    assertThat(a).isEqualTo(new Analog(D, 0.5, new double[] {1}, new double[] {2}));
    assertThat(a).hasSameHashCodeAs(new Analog(D, 0.5, new double[] {1}, new double[] {2}));
    assertThat(a).isNotEqualTo(new Analog(D, 0.5, new double[] {1}, new double[] {3}));
    assertThat(a.toString()).contains("2020-06-15");
  }

  @Test
  void new_badArguments_throwNamingThem() {
    assertThatThrownBy(() -> new Analog(D, -1, new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("distance:");
    assertThatThrownBy(() -> new Analog(null, 0, new double[0], new double[0])).hasMessage("date");
    assertThatThrownBy(() -> new Analog(D, 0, null, new double[0])).hasMessage("state");
    assertThatThrownBy(() -> new Analog(D, 0, new double[0], null)).hasMessage("forward");
  }
}
