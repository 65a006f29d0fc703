package dev.rotor.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagCorrelationsTest {

  @Test
  void at_presentLag_returnsEntry() {
    LagCorrelation c = new LagCorrelation(2, 10, 0.5, 0.1, 0.8);
    assertThat(new LagCorrelations(List.of(c), "x").at(2)).isEqualTo(c);
  }

  @Test
  void at_absentLag_throws() {
    LagCorrelations l = new LagCorrelations(List.of(), LagCorrelations.REVISED_DATA_NOTE);
    assertThatThrownBy(() -> l.at(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lag");
  }

  @Test
  void constructor_list_copied() {
    List<LagCorrelation> src = new ArrayList<>(List.of(new LagCorrelation(0, 5, 0.1, 0, 0.2)));
    LagCorrelations l = new LagCorrelations(src, "x");
    src.clear();
    assertThat(l.correlations()).hasSize(1);
  }
}
