package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarShapeTest {

  @Test
  void defaults_areDocumentedValues() {
    assertThat(BarShape.defaults()).isEqualTo(new BarShape(0.25, 0.5, 0.3, 0.2, 1e9, 2e8, 0.005));
  }

  @ParameterizedTest
  @CsvSource({
    "-0.1, 0.5, 0.2, 1, 1, 0.1, gapVol",
    "0.1, -0.5, 0.2, 1, 1, 0.1, rangeVol",
    "0.1, 0.5, -0.2, 1, 1, 0.1, volumeNoise",
    "0.1, 0.5, 0.2, 0, 1, 0.1, indexVolume",
    "0.1, 0.5, 0.2, 1, -1, 0.1, sectorVolume",
    "0.1, 0.5, 0.2, 1, 1, 0, stockTurnover",
    "NaN, 0.5, 0.2, 1, 1, 0.1, gapVol"
  })
  void constructor_badArgument_throwsNamingIt(
      double gap,
      double range,
      double noise,
      double indexVolume,
      double sectorVolume,
      double turnover,
      String name) {
    assertThatThrownBy(
            () -> new BarShape(gap, range, 0.3, noise, indexVolume, sectorVolume, turnover))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }
}
