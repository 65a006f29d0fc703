package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowReturnTest {

  @Test
  void isAnnualised_nanMeansNotGiven() {
    assertThat(new WindowReturn(100, 110, 0.1, Double.NaN).isAnnualised()).isFalse();
    assertThat(new WindowReturn(100, 110, 0.1, 0.03).isAnnualised()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "0, 110, 0.1, startLevel/endLevel",
    "100, -1, 0.1, startLevel/endLevel",
    "NaN, 110, 0.1, startLevel/endLevel",
    "Infinity, 110, 0.1, startLevel/endLevel",
    "100, 110, NaN, total"
  })
  void new_badValues_throwNamingField(double start, double end, double total, String field) {
    assertThatThrownBy(() -> new WindowReturn(start, end, total, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + ":");
  }
}
