package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.returns.ReturnKind;
import dev.rotor.series.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RateBetaSpecTest {

  @Test
  void defaults_areWeeklySimple() {
    assertThat(RateBetaSpec.defaults())
        .isEqualTo(new RateBetaSpec(Frequency.WEEKLY, ReturnKind.SIMPLE));
  }

  @ParameterizedTest
  @EnumSource(
      value = Frequency.class,
      names = {"QUARTERLY", "ANNUAL"})
  void new_coarseSampling_throwsNamingSampling(Frequency f) {
    assertThatThrownBy(() -> new RateBetaSpec(f, ReturnKind.LOG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sampling:");
  }
}
