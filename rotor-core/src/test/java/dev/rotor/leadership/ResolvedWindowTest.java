package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResolvedWindowTest {

  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of("end", D1, D1, 1),
        Arguments.of("end", D2, D1, 1),
        Arguments.of("periods", D1, D2, 0));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_badValues_throwNamingField(String field, LocalDate start, LocalDate end, int periods) {
    assertThatThrownBy(() -> new ResolvedWindow("1m", start, end, periods))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + ":");
  }
}
