package dev.rotor.economy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LagCorrelationTest {

  @ParameterizedTest
  @ValueSource(ints = {-1, -100})
  void constructor_negativeN_throws(int n) {
    assertThatThrownBy(() -> new LagCorrelation(0, n, 0.1, 0.0, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n");
  }
}
