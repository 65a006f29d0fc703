package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NameContributionTest {

  @Test
  void new_nullTicker_throwsNamingTicker() {
    assertThatThrownBy(() -> new NameContribution(null, 0.1, 0.1, 0.1, 0.01))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ticker");
  }
}
