package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TurningPointRulesTest {

  @Test
  void monthly_isPaganSossounovWithTenPercentAmplitude() {
    // Pagan and Sossounov (2003), monthly stock prices: window 8, phase 4 unless the move is 20%,
    // cycle 16, no turn within 6 months of the ends.
    assertThat(TurningPointRules.monthly())
        .isEqualTo(new TurningPointRules(8, 4, 0.20, 16, 0.10, 6));
  }

  @Test
  void dailyAndWeekly_areTheMonthlySpansConverted() {
    // 21 trading days a month: 8 -> 168, 4 -> 84, 16 -> 336, 6 -> 126.
    assertThat(TurningPointRules.daily())
        .isEqualTo(new TurningPointRules(168, 84, 0.20, 336, 0.10, 126));
    // 52/12 weeks a month, rounded: 34.7 -> 35, 17.3 -> 17, 69.3 -> 69, 26 -> 26.
    assertThat(TurningPointRules.weekly())
        .isEqualTo(new TurningPointRules(35, 17, 0.20, 69, 0.10, 26));
  }

  @Test
  void forFrequency_dailyWeeklyMonthly_returnsTheDefaults() {
    assertThat(TurningPointRules.forFrequency(Frequency.DAILY))
        .isEqualTo(TurningPointRules.daily());
    assertThat(TurningPointRules.forFrequency(Frequency.WEEKLY))
        .isEqualTo(TurningPointRules.weekly());
    assertThat(TurningPointRules.forFrequency(Frequency.MONTHLY))
        .isEqualTo(TurningPointRules.monthly());
  }

  @Test
  void forFrequency_quarterly_throwsNamingFrequency() {
    assertThatThrownBy(() -> TurningPointRules.forFrequency(Frequency.QUARTERLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frequency");
  }

  @Test
  void withers_changeOneComponent() {
    TurningPointRules m = TurningPointRules.monthly();
    assertThat(m.withWindow(3).window()).isEqualTo(3);
    assertThat(m.withMinPhase(2).minPhase()).isEqualTo(2);
    assertThat(m.withPhaseExemption(0.3).phaseExemption()).isEqualTo(0.3);
    assertThat(m.withMinCycle(12).minCycle()).isEqualTo(12);
    assertThat(m.withMinAmplitude(0.05).minAmplitude()).isEqualTo(0.05);
    assertThat(m.withEndExclusion(0).endExclusion()).isZero();
    assertThat(m.withWindow(3).withWindow(8)).isEqualTo(m);
  }

  static Stream<Arguments> badRules() {
    return Stream.of(
        Arguments.of(0, 4, 0.2, 16, 0.1, 6, "window"),
        Arguments.of(8, 0, 0.2, 16, 0.1, 6, "minPhase"),
        Arguments.of(8, 4, -0.1, 16, 0.1, 6, "phaseExemption"),
        Arguments.of(8, 4, Double.NaN, 16, 0.1, 6, "phaseExemption"),
        Arguments.of(8, 4, 0.2, 1, 0.1, 6, "minCycle"),
        Arguments.of(8, 4, 0.2, 16, -0.01, 6, "minAmplitude"),
        Arguments.of(8, 4, 0.2, 16, 1.0, 6, "minAmplitude"),
        Arguments.of(8, 4, 0.2, 16, Double.NaN, 6, "minAmplitude"),
        Arguments.of(8, 4, 0.2, 16, 0.1, -1, "endExclusion"));
  }

  @ParameterizedTest
  @MethodSource("badRules")
  void constructor_badRule_throwsNamingIt(
      int window, int phase, double exemption, int cycle, double amplitude, int ends, String name) {
    assertThatThrownBy(
            () -> new TurningPointRules(window, phase, exemption, cycle, amplitude, ends))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
