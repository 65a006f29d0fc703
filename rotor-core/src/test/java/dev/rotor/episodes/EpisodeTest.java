package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EpisodeTest {

  private static final LocalDate A = LocalDate.of(2024, 1, 31);
  private static final LocalDate B = LocalDate.of(2024, 3, 31);

  private static Episode episode(LocalDate start, LocalDate end, boolean ongoing) {
    return new Episode(
        start,
        end,
        EpisodeDirection.SMALL_LEADS,
        2,
        0.1,
        Double.NaN,
        false,
        ongoing,
        EpisodeContext.unavailable());
  }

  @Test
  void calendarDays_countsDaysBetweenStartAndEnd() {
    // 2024 is a leap year: Jan 31 -> Mar 31 = 29 (Feb) + 31 (Mar) = 60 days.
    assertThat(episode(A, B, false).calendarDays()).isEqualTo(60);
  }

  @Test
  void covers_startInclusiveEndExclusiveUnlessOngoing() {
    Episode closed = episode(A, B, false);
    assertThat(closed.covers(A)).isTrue();
    assertThat(closed.covers(B.minusDays(1))).isTrue();
    assertThat(closed.covers(B)).isFalse();
    assertThat(closed.covers(A.minusDays(1))).isFalse();
    assertThat(episode(A, B, true).covers(B)).isTrue();
    assertThat(episode(A, B, true).covers(B.plusDays(1))).isFalse();
  }

  static Stream<Arguments> badEpisodes() {
    return Stream.of(
        Arguments.of(B, A, 2, 0.1, Double.NaN, "end"),
        Arguments.of(A, A, 2, 0.1, Double.NaN, "end"),
        Arguments.of(A, B, 0, 0.1, Double.NaN, "periods"),
        Arguments.of(A, B, 2, -1.0, Double.NaN, "relativeMove"),
        Arguments.of(A, B, 2, Double.NaN, Double.NaN, "relativeMove"),
        Arguments.of(A, B, 2, Double.POSITIVE_INFINITY, Double.NaN, "relativeMove"),
        Arguments.of(A, B, 2, 0.1, -1.5, "previousMove"),
        Arguments.of(A, B, 2, 0.1, Double.POSITIVE_INFINITY, "previousMove"));
  }

  @ParameterizedTest
  @MethodSource("badEpisodes")
  void constructor_badField_throwsNamingIt(
      LocalDate start, LocalDate end, int periods, double move, double previous, String name) {
    assertThatThrownBy(
            () ->
                new Episode(
                    start,
                    end,
                    EpisodeDirection.LARGE_LEADS,
                    periods,
                    move,
                    previous,
                    false,
                    false,
                    EpisodeContext.unavailable()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
