package dev.rotor.etf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YearlyTrackingTest {

  @Test
  void of_returns_computesDifference() {
    YearlyTracking y = YearlyTracking.of(2021, 0.10, 0.12);
    assertThat(y.year()).isEqualTo(2021);
    assertThat(y.difference()).isEqualTo(0.10 - 0.12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad")
  void new_badField_throwsNamingIt(String field, double e, double i, double d) {
    assertThatThrownBy(() -> new YearlyTracking(2020, e, i, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + ":");
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of("etfReturn", Double.NaN, 0.1, 0.0),
        Arguments.of("etfReturn", -1.0, 0.1, -1.1),
        Arguments.of("indexReturn", 0.1, Double.POSITIVE_INFINITY, 0.0),
        Arguments.of("indexReturn", 0.1, -1.5, 1.6),
        Arguments.of("difference", 0.1, 0.2, 0.5));
  }
}
