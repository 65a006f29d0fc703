package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesId;
import org.junit.jupiter.api.Test;

class SeriesPairTest {

  private static final SeriesId RUT = SeriesId.of("market-base/indices/RUT");
  private static final SeriesId SPX = SeriesId.of("market-base/indices/SPX");

  @Test
  void label_usesTails() {
    assertThat(SeriesPair.of(RUT, SPX).label()).isEqualTo("RUT-SPX");
    assertThat(SeriesPair.of(RUT, SPX).swapped()).isEqualTo(SeriesPair.of(SPX, RUT));
  }

  @Test
  void new_sameIds_throwsNamingB() {
    assertThatThrownBy(() -> SeriesPair.of(RUT, RUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("b:");
  }
}
