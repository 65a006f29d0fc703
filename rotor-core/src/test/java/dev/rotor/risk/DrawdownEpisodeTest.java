package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DrawdownEpisodeTest {

  private static final LocalDate P = LocalDate.of(2020, 2, 19);
  private static final LocalDate T = LocalDate.of(2020, 3, 23);
  private static final LocalDate R = LocalDate.of(2020, 8, 18);

  @Test
  void episode_valid_isKeptAndKnowsWhetherItRecovered() {
    DrawdownEpisode e = new DrawdownEpisode(P, T, R, -0.34, 23, 126);
    assertThat(e.recovered()).isTrue();
    assertThat(new DrawdownEpisode(null, T, null, -0.1, 3, 3).recovered()).isFalse();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(P, null, R, -0.3, 1, 2, "trough"),
        Arguments.of(P, T, R, 0.0, 1, 2, "depth"),
        Arguments.of(P, T, R, -1.0, 1, 2, "depth"),
        Arguments.of(P, T, R, Double.NaN, 1, 2, "depth"),
        Arguments.of(P, T, R, -0.3, 0, 2, "periodsToRecovery"),
        Arguments.of(P, T, R, -0.3, 3, 2, "periodsToRecovery"),
        Arguments.of(P, T, R, -0.3, 2, 2, "recovery"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void episode_invalid_isRejectedNamingTheComponent(
      LocalDate peak,
      LocalDate trough,
      LocalDate recovery,
      double depth,
      int toTrough,
      int toRecovery,
      String name) {
    assertThatThrownBy(
            () -> new DrawdownEpisode(peak, trough, recovery, depth, toTrough, toRecovery))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }
}
