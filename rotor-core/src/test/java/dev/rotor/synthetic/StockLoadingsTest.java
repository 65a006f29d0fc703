package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StockLoadingsTest {

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void constructor_badCap_throwsNamingIt(double cap) {
    assertThatThrownBy(
            () -> new StockLoadings("S001", GicsSector.ENERGY, cap, Loadings.of(1, 0, 0, 0, 0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startMarketCap");
  }
}
