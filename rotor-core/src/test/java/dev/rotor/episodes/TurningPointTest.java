package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TurningPointTest {

  private static final LocalDate D = LocalDate.of(2024, 1, 2);

  static Stream<Arguments> badPoints() {
    return Stream.of(
        Arguments.of(-1, D, 1.0, TurningPointKind.PEAK, "index"),
        Arguments.of(0, D, 0.0, TurningPointKind.PEAK, "value"),
        Arguments.of(0, D, Double.NaN, TurningPointKind.PEAK, "value"),
        Arguments.of(0, D, Double.POSITIVE_INFINITY, TurningPointKind.PEAK, "value"));
  }

  @ParameterizedTest
  @MethodSource("badPoints")
  void constructor_badField_throwsNamingIt(
      int index, LocalDate date, double value, TurningPointKind kind, String name) {
    assertThatThrownBy(() -> new TurningPoint(index, date, value, kind))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  @Test
  void constructor_nullDate_throws() {
    assertThatThrownBy(() -> new TurningPoint(0, null, 1.0, TurningPointKind.TROUGH))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }
}
