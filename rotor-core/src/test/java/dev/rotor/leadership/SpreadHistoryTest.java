package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadHistoryTest {

  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of("windows", 0, D1, D2, 0.5),
        Arguments.of("lastEnd", 2, D2, D1, 0.5),
        Arguments.of("percentile", 2, D1, D2, 0.0),
        Arguments.of("percentile", 2, D1, D2, 1.5));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_badValues_throwNamingField(
      String field, int n, LocalDate first, LocalDate last, double percentile) {
    assertThatThrownBy(() -> new SpreadHistory(n, first, last, 0, 1, percentile, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + ":");
  }
}
