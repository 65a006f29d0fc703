package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.returns.PriceBasis;
import dev.rotor.series.Alignment;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadershipTableTest {

  private static final SeriesId A = SeriesId.of("a");
  private static final SeriesId B = SeriesId.of("b");
  private static final LocalDate D = LocalDate.of(2024, 1, 5);

  private static LeadershipTable table(LocalDate requested, LocalDate used) {
    return new LeadershipTable(
        PriceBasis.TOTAL,
        Alignment.INTERSECT,
        Frequency.DAILY,
        List.of(A, B),
        List.of(SeriesPair.of(A, B)),
        requested,
        used,
        List.of(new WindowRow.Unavailable(StandardWindow.MAX, "short")));
  }

  @Test
  void asOfMoved_whenUsedDiffers() {
    assertThat(table(D, D).asOfMoved()).isFalse();
    assertThat(table(D.plusDays(1), D).asOfMoved()).isTrue();
  }

  @Test
  void new_usedAfterRequested_throwsNamingAsOfUsed() {
    assertThatThrownBy(() -> table(D, D.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOfUsed:");
  }

  @Test
  void row_byWindow() {
    assertThat(table(D, D).row(Window.parse("MAX"))).isInstanceOf(WindowRow.Unavailable.class);
    assertThatThrownBy(() -> table(D, D).row(StandardWindow.YTD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("window:");
  }
}
