package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {
  @Test
  void series_firstEight_distinctOkabeIto() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 8; i++) {
      seen.add(Palette.series(i));
    }
    assertThat(seen).hasSize(8).contains("#0072B2", "#D55E00", "#009E73");
    assertThat(Palette.series(8)).isEqualTo(Palette.series(0));
    assertThat(Palette.dashed(8)).isTrue();
    assertThat(Palette.dashed(7)).isFalse();
    assertThat(Palette.tint(0)).isNotEqualTo(Palette.tint(1));
  }
}
