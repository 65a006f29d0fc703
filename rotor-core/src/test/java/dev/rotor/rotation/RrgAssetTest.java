package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RrgAssetTest {

  private static final RrgPoint P1 = new RrgPoint(LocalDate.of(2026, 7, 24), 99, 101);
  private static final RrgPoint P2 = new RrgPoint(LocalDate.of(2026, 7, 31), 101, 102);

  @Test
  void accessors_latestPoint_giveDateRatioMomentumQuadrant() {
    RrgAsset a = new RrgAsset(SeriesId.of("XLK"), P2, List.of(P1, P2));
    assertThat(a.date()).isEqualTo(P2.date());
    assertThat(a.ratio()).isEqualTo(101.0);
    assertThat(a.momentum()).isEqualTo(102.0);
    assertThat(a.quadrant()).isEqualTo(Quadrant.LEADING);
  }

  @Test
  void constructor_copiesTail() {
    List<RrgPoint> tail = new ArrayList<>(List.of(P1, P2));
    RrgAsset a = new RrgAsset(SeriesId.of("XLK"), P2, tail);
    tail.clear();
    assertThat(a.tail()).containsExactly(P1, P2);
  }

  @Test
  void constructor_tailNotEndingWithLatest_throwsNamingTail() {
    assertThatThrownBy(() -> new RrgAsset(SeriesId.of("XLK"), P2, List.of(P2, P1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tail:");
    assertThatThrownBy(() -> new RrgAsset(null, P2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id:");
  }
}
