package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeTableTest {

  private static final TurningPointRules LOOSE =
      new TurningPointRules(1, 1, Double.POSITIVE_INFINITY, 2, 0.0, 0);
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  /** Turning points P (Jan 2), T (Jan 3), P (Jan 4), T (Jan 5), P (Jan 6), T (Jan 7). */
  private static EpisodeTable zigzag() {
    double[] x = {1, 3, 2, 5, 4, 6, 1, 2};
    LocalDate[] d = new LocalDate[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = D0.plusDays(i);
    }
    return Episodes.table(DateSeries.of(d, x), LOOSE);
  }

  @Test
  void directionOn_turningPointDate_belongsToTheEpisodeItOpens() {
    EpisodeTable t = zigzag();
    assertThat(t.directionOn(D0)).contains(EpisodeDirection.SMALL_LEADS);
    // Jan 2 is the first peak: the fall after it is in force from that day.
    assertThat(t.directionOn(D0.plusDays(1))).contains(EpisodeDirection.LARGE_LEADS);
    assertThat(t.directionOn(D0.plusDays(6))).contains(EpisodeDirection.SMALL_LEADS);
    // the last date belongs to the ongoing episode
    assertThat(t.directionOn(D0.plusDays(7))).contains(EpisodeDirection.SMALL_LEADS);
    assertThat(t.directionOn(D0.minusDays(1))).isEmpty();
    assertThat(t.directionOn(D0.plusDays(8))).isEmpty();
  }

  @Test
  void ongoing_isTheLastEpisode() {
    EpisodeTable t = zigzag();
    assertThat(t.ongoing()).contains(t.episodes().get(6));
    assertThat(t.ongoing().orElseThrow().ongoing()).isTrue();
    assertThat(t.episodeOn(D0.plusDays(3))).contains(t.episodes().get(3));
  }

  @Test
  void constructor_episodeCountNotOneMoreThanTurningPoints_throws() {
    EpisodeTable t = zigzag();
    assertThatThrownBy(() -> new EpisodeTable(LOOSE, t.turningPoints(), t.episodes().subList(0, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("episodes:");
    assertThat(new EpisodeTable(LOOSE, List.of(), List.of()).episodes()).isEmpty();
  }
}
