package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StateFeatureTest {

  @Test
  void new_nanValue_isAllowedForTooLittleHistory() {
    assertThat(new StateFeature("rel_1m", Double.NaN).value()).isNaN();
  }

  @Test
  void new_blankOrNullName_throwsNamingIt() {
    assertThatThrownBy(() -> new StateFeature(" ", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name:");
    assertThatThrownBy(() -> new StateFeature(null, 0)).hasMessage("name");
  }
}
