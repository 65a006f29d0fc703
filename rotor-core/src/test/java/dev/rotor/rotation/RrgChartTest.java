package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RrgChartTest {

  private static final LocalDate D = LocalDate.of(2026, 7, 31);

  @Test
  void constructor_copiesAssets() {
    RrgPoint p = new RrgPoint(D, 100.5, 99.5);
    List<RrgAsset> rows = new ArrayList<>(List.of(new RrgAsset(SeriesId.of("XLE"), p, List.of(p))));
    RrgChart c = new RrgChart(SeriesId.of("SPY"), D, RrgParameters.defaults(), rows);
    rows.clear();
    assertThat(c.assets()).hasSize(1);
  }

  @Test
  void constructor_nullComponent_throwsNamingIt() {
    assertThatThrownBy(
            () -> new RrgChart(SeriesId.of("SPY"), null, RrgParameters.defaults(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf:");
    assertThatThrownBy(() -> new RrgChart(SeriesId.of("SPY"), D, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("parameters:");
  }
}
