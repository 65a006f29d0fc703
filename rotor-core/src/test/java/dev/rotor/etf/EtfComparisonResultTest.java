package dev.rotor.etf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EtfComparisonResultTest {

  private static final LocalDate A = LocalDate.of(2020, 1, 2);
  private static final LocalDate B = LocalDate.of(2021, 1, 4);

  private static EtfComparisonResult make(
      LocalDate first, LocalDate last, int n, int m, Frequency f, List<YearlyTracking> years) {
    return new EtfComparisonResult(
        first, last, n, m, f, 0.1, 0.11, -0.01, 0.02, years, 0.2, 0.21, 0.99, 0.98, 0.001, 0.009);
  }

  @Test
  void new_yearList_copiedDefensively() {
    List<YearlyTracking> years = new ArrayList<>(List.of(YearlyTracking.of(2020, 0.1, 0.1)));
    EtfComparisonResult r = make(A, B, 10, 9, Frequency.DAILY, years);
    years.clear();
    assertThat(r.years()).hasSize(1);
    assertThatThrownBy(() -> r.years().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_noCommonDates_nullDatesAccepted() {
    EtfComparisonResult r = make(null, null, 0, 0, Frequency.DAILY, List.of());
    assertThat(r.firstDate()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad")
  void new_badField_throwsNamingIt(
      String field,
      LocalDate first,
      LocalDate last,
      int n,
      int m,
      Frequency f,
      List<YearlyTracking> years) {
    assertThatThrownBy(() -> make(first, last, n, m, f, years))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of("commonDates", A, B, -1, 0, Frequency.DAILY, List.of()),
        Arguments.of("periods", A, B, 10, 10, Frequency.DAILY, List.of()),
        Arguments.of("firstDate", null, B, 10, 9, Frequency.DAILY, List.of()),
        Arguments.of("firstDate", A, B, 0, 0, Frequency.DAILY, List.of()),
        Arguments.of("lastDate", B, A, 10, 9, Frequency.DAILY, List.of()),
        Arguments.of("frequency", A, B, 10, 9, null, List.of()),
        Arguments.of("years", A, B, 10, 9, Frequency.DAILY, null));
  }
}
