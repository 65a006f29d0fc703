package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExplicitWindowTest {

  @Test
  void label_isoRange_parsesBack() {
    ExplicitWindow w = new ExplicitWindow(LocalDate.of(2020, 2, 29), LocalDate.of(2020, 2, 29));
    assertThat(w.label()).isEqualTo("2020-02-29..2020-02-29");
    assertThat(Window.parse(w.toString())).isEqualTo(w);
  }

  @Test
  void new_toBeforeFrom_throwsNamingTo() {
    assertThatThrownBy(() -> new ExplicitWindow(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to:");
    assertThatThrownBy(() -> new ExplicitWindow(null, LocalDate.of(2020, 2, 1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from");
  }
}
