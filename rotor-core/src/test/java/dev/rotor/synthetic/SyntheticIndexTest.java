package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticIndexTest {

  @Test
  void labelsAndStartLevels() {
    assertThat(SyntheticIndex.SMALL.label()).isEqualTo("small-cap");
    assertThat(SyntheticIndex.LARGE.startLevel()).isEqualTo(1850.0);
    for (SyntheticIndex i : SyntheticIndex.values()) {
      assertThat(i.startLevel()).isPositive();
    }
  }
}
