package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RrgPointTest {

  private static final LocalDate D = LocalDate.of(2026, 7, 31);

  @Test
  void quadrant_point_delegatesToQuadrantOf() {
    assertThat(new RrgPoint(D, 101, 99).quadrant()).isEqualTo(Quadrant.WEAKENING);
    assertThat(new RrgPoint(D, Double.NaN, Double.NaN).quadrant()).isEqualTo(Quadrant.NONE);
  }

  @Test
  void equals_nanCoordinates_areEqual() {
    assertThat(new RrgPoint(D, Double.NaN, 1)).isEqualTo(new RrgPoint(D, Double.NaN, 1));
  }

  @ParameterizedTest
  @CsvSource({"Infinity, 100, ratio", "100, -Infinity, momentum"})
  void constructor_infiniteCoordinate_throwsNamingIt(double r, double m, String name) {
    assertThatThrownBy(() -> new RrgPoint(D, r, m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  @Test
  void constructor_nullDate_throwsNamingIt() {
    assertThatThrownBy(() -> new RrgPoint(null, 100, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date:");
  }
}
