package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import org.junit.jupiter.api.Test;

class ScreenHitTest {

  @Test
  void constructor_valid_keepsValues() {
    ScreenHit h = new ScreenHit(1, Constituent.of("A"), Double.NaN);
    assertThat(h.rank()).isEqualTo(1);
    assertThat(h.value()).isNaN();
  }

  @Test
  void constructor_bad_throwsNamingArgument() {
    assertThatThrownBy(() -> new ScreenHit(0, Constituent.of("A"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rank:");
    assertThatThrownBy(() -> new ScreenHit(1, null, 1)).hasMessage("row");
  }
}
