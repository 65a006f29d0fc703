package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SamplingTest {

  @Test
  void periods_dailyAndMonthly_followTheConvention() {
    assertThat(Sampling.DAILY.periods(12)).isEqualTo(252);
    assertThat(Sampling.DAILY.periods(3)).isEqualTo(63);
    assertThat(Sampling.DAILY.periodsPerYear()).isEqualTo(Frequency.DAILY.periodsPerYear());
    assertThat(Sampling.MONTHLY.periods(12)).isEqualTo(12);
    assertThat(Sampling.MONTHLY.periodsPerYear()).isEqualTo(Frequency.MONTHLY.periodsPerYear());
    assertThat(Sampling.MONTHLY.periods(0)).isZero();
  }

  @Test
  void periods_negative_throwsNamingIt() {
    assertThatThrownBy(() -> Sampling.DAILY.periods(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("months:");
  }

  @Test
  void of_dailyAndMonthly_map() {
    assertThat(Sampling.of(Frequency.DAILY)).isEqualTo(Sampling.DAILY);
    assertThat(Sampling.of(Frequency.MONTHLY)).isEqualTo(Sampling.MONTHLY);
  }

  @ParameterizedTest
  @EnumSource(
      value = Frequency.class,
      names = {"WEEKLY", "QUARTERLY", "ANNUAL"})
  void of_otherFrequency_throwsNamingIt(Frequency f) {
    assertThatThrownBy(() -> Sampling.of(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("frequency:");
  }
}
