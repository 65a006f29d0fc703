package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContextSeriesTest {

  private static final double TOL = 1e-12;

  private static final DateSeries YIELDS =
      DateSeries.builder()
          .put(LocalDate.of(2024, 1, 2), 4.0)
          .put(LocalDate.of(2024, 7, 1), 4.5)
          .put(LocalDate.of(2024, 7, 2), 4.6)
          .build();

  private static final DateSeries RECESSION =
      DateSeries.builder()
          .put(LocalDate.of(2024, 1, 1), 0.0)
          .put(LocalDate.of(2024, 2, 1), 1.0)
          .build();

  private static final ContextSeries BOTH = ContextSeries.of(YIELDS, RECESSION);

  @Test
  void at_bothAvailable_yieldChangeOverSixMonthsAndFlag() {
    // 2024-07-02: y = 4.6 on the day; 6 months earlier, 2024-01-02: 4.0 -> change 0.6.
    // The recession flag as of 2024-07-02 is the 2024-02-01 value, 152 days old: stale -> NaN.
    EpisodeContext c = BOTH.at(LocalDate.of(2024, 7, 2));
    assertThat(c.twoYearYieldChange()).isCloseTo(0.6, within(TOL));
    assertThat(c.recession()).isNaN();
    // 2024-02-29: flag of 2024-02-01 (28 days old) = 1; yields: nothing since 2024-01-02 (58 days)
    EpisodeContext feb = BOTH.at(LocalDate.of(2024, 2, 29));
    assertThat(feb.recession()).isEqualTo(1.0);
    assertThat(feb.twoYearYieldChange()).isNaN();
  }

  @Test
  void at_sixMonthsBeforeIsBeforeTheSeries_isNaN() {
    // 2024-07-01 - 6 months = 2024-01-01, before the first yield (2024-01-02).
    assertThat(BOTH.at(LocalDate.of(2024, 7, 1)).twoYearYieldChange()).isNaN();
  }

  @Test
  void asOf_stalenessLimit_isInclusiveAt31Days() {
    LocalDate first = LocalDate.of(2024, 1, 1);
    assertThat(ContextSeries.asOf(RECESSION, LocalDate.of(2024, 2, 1).plusDays(31))).isEqualTo(1.0);
    assertThat(ContextSeries.asOf(RECESSION, LocalDate.of(2024, 2, 1).plusDays(32))).isNaN();
    assertThat(ContextSeries.asOf(RECESSION, first.minusDays(1))).isNaN();
    assertThat(ContextSeries.asOf(RECESSION, first.plusDays(30))).isEqualTo(0.0);
  }

  @Test
  void none_givesUnavailableContext() {
    assertThat(ContextSeries.none().at(LocalDate.of(2024, 7, 2)))
        .isEqualTo(EpisodeContext.unavailable());
  }

  @Test
  void constructor_recessionNotZeroOrOne_throwsNamingIt() {
    DateSeries bad = DateSeries.builder().put(LocalDate.of(2024, 1, 1), 0.5).build();
    assertThatThrownBy(() -> ContextSeries.of(DateSeries.empty(), bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recession:")
        .hasMessageContaining("2024-01-01");
  }

  @Test
  void constructor_null_throws() {
    assertThatThrownBy(() -> ContextSeries.of(null, DateSeries.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("twoYearYield");
  }
}
