package dev.rotor.holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WindowSpanTest {

  private static final LocalDate A = LocalDate.of(2001, 1, 31);
  private static final LocalDate B = LocalDate.of(2002, 1, 31);

  @Test
  void new_valid_keepsFields() {
    WindowSpan s = new WindowSpan(5, Frequency.DAILY, 1260, 10, 0, A, B);
    assertThat(s.windowPeriods()).isEqualTo(5 * 252);
    assertThat(new WindowSpan(1, Frequency.MONTHLY, 12, 0, 0, null, null).firstEnd()).isNull();
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(0, 0, 1, 0, A, B, "years"),
        Arguments.of(1, 11, 1, 0, A, B, "windowPeriods"),
        Arguments.of(1, 12, -1, 0, A, B, "windows/independentWindows"),
        Arguments.of(1, 12, 1, 2, A, B, "windows/independentWindows"),
        Arguments.of(1, 12, 1, 0, null, B, "firstEnd/lastEnd"),
        Arguments.of(1, 12, 0, 0, A, B, "firstEnd/lastEnd"),
        Arguments.of(1, 12, 2, 0, B, A, "lastEnd"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_invalid_throwsNamingField(
      int years, int length, int windows, int independent, LocalDate f, LocalDate l, String name) {
    assertThatThrownBy(
            () -> new WindowSpan(years, Frequency.MONTHLY, length, windows, independent, f, l))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
