package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PairComparisonTest {

  private static final SeriesPair AB = SeriesPair.of(SeriesId.of("a"), SeriesId.of("b"));
  private static final SpreadHistory H =
      new SpreadHistory(
          1,
          LocalDate.of(2024, 1, 2),
          LocalDate.of(2024, 1, 2),
          0.1,
          Double.NaN,
          Double.NaN,
          Double.NaN);

  @Test
  void new_leaderOutsidePair_throwsNamingLeader() {
    assertThatThrownBy(() -> new PairComparison(AB, 0.1, 0.1, Optional.of(SeriesId.of("c")), H))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("leader:");
  }

  @Test
  void new_nonFiniteSpread_throws() {
    assertThatThrownBy(() -> new PairComparison(AB, Double.NaN, 0.1, Optional.empty(), H))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("spread/relative:");
  }
}
