package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PositionTest {

  @Test
  void factories_setTheUnit() {
    assertThat(Position.dollars(1e8)).isEqualTo(new Position(1e8, PositionUnit.DOLLARS));
    assertThat(Position.shares(5e5).unit()).isEqualTo(PositionUnit.SHARES);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void constructor_badAmount_rejectedNamingIt(double amount) {
    assertThatThrownBy(() -> Position.dollars(amount))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("amount:");
  }

  @Test
  void constructor_nullUnit_rejected() {
    assertThatThrownBy(() -> new Position(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
  }
}
