package dev.rotor.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeValueTest {

  @ParameterizedTest
  @CsvSource({
    "0.45, CHEAPER",
    "0.9, CHEAPER",
    "0.9000001, SIMILAR",
    "1.0, SIMILAR",
    "1.0999999, SIMILAR",
    "1.1, DEARER",
    "2.95, DEARER"
  })
  void of_thresholdsInclusive(double ratio, RelativeValue expected) {
    assertThat(RelativeValue.of(ratio)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void of_notFinite_rejected(double ratio) {
    assertThatThrownBy(() -> RelativeValue.of(ratio))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratio");
  }

  @Test
  void thresholds_areTheDocumentedOnes() {
    assertThat(RelativeValue.CHEAPER_AT).isEqualTo(0.9);
    assertThat(RelativeValue.DEARER_AT).isEqualTo(1.1);
  }
}
