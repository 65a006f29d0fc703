package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WindowRulesTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** Hand-worked limits: the last calendar day a base close may fall on. */
  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of(StandardWindow.YTD, "2024-01-31", "2023-12-31"),
        Arguments.of(StandardWindow.YTD, "2024-01-02", "2023-12-31"),
        Arguments.of(StandardWindow.MTD, "2024-03-01", "2024-02-29"),
        Arguments.of(StandardWindow.QTD, "2024-05-15", "2024-03-31"),
        Arguments.of(StandardWindow.QTD, "2024-01-10", "2023-12-31"),
        Arguments.of(StandardWindow.QTD, "2024-12-31", "2024-09-30"),
        Arguments.of(StandardWindow.ONE_WEEK, "2024-01-05", "2023-12-29"),
        Arguments.of(StandardWindow.ONE_MONTH, "2024-03-31", "2024-02-29"),
        Arguments.of(StandardWindow.ONE_MONTH, "2026-01-30", "2025-12-30"),
        Arguments.of(StandardWindow.THREE_MONTHS, "2024-05-31", "2024-02-29"),
        Arguments.of(StandardWindow.SIX_MONTHS, "2023-08-31", "2023-02-28"),
        Arguments.of(StandardWindow.ONE_YEAR, "2024-02-29", "2023-02-28"),
        Arguments.of(StandardWindow.TEN_YEARS, "2026-01-30", "2016-01-30"));
  }

  @ParameterizedTest
  @MethodSource("limits")
  void baseLimit_standardWindow_handWorked(StandardWindow w, String end, String limit) {
    assertThat(WindowRules.baseLimit(w, d(end))).isEqualTo(d(limit));
  }

  @Test
  void baseLimit_maxAndExplicit() {
    assertThat(WindowRules.baseLimit(StandardWindow.MAX, d("2024-01-31"))).isNull();
    assertThat(
            WindowRules.baseLimit(
                Window.between(d("2024-03-01"), d("2024-03-31")), d("2024-03-28")))
        .isEqualTo(d("2024-02-29"));
  }

  @Test
  void onOrBefore_binarySearch() {
    LocalDate[] dates = {d("2024-01-02"), d("2024-01-05")};
    assertThat(WindowRules.onOrBefore(dates, d("2024-01-01"))).isEqualTo(-1);
    assertThat(WindowRules.onOrBefore(dates, d("2024-01-02"))).isZero();
    assertThat(WindowRules.onOrBefore(dates, d("2024-01-04"))).isZero();
    assertThat(WindowRules.onOrBefore(dates, d("2030-01-01"))).isEqualTo(1);
  }

  @Test
  void requireAscending_duplicateOrNull_throws() {
    assertThatThrownBy(
            () -> WindowRules.requireAscending(new LocalDate[] {d("2024-01-02"), d("2024-01-02")}))
        .hasMessageStartingWith("dates:");
    assertThatThrownBy(() -> WindowRules.requireAscending(new LocalDate[] {null}))
        .hasMessageStartingWith("dates:");
  }

  /** Seeded random dates with gaps of 1 to 5 days, 2000 .. ~2030. */
  private static LocalDate[] randomDates(long seed) {
    Random rnd = new Random(seed);
    List<LocalDate> out = new ArrayList<>();
    LocalDate t = d("2000-01-31");
    for (int i = 0; i < 4000; i++) {
      out.add(t);
      t = t.plusDays(1 + rnd.nextInt(5));
    }
    return out.toArray(LocalDate[]::new);
  }

  @Test
  void historyBases_offsetWindows_equalPerEndBinarySearch() {
    LocalDate[] dates = randomDates(5);
    for (StandardWindow w : StandardWindow.values()) {
      if (w.offset().isEmpty()) {
        continue;
      }
      int end = dates.length - 1 - new Random(w.ordinal()).nextInt(500);
      int base = WindowRules.baseIndex(w, dates, end);
      int[] bases = WindowRules.historyBases(w, dates, end, base);
      assertThat(bases).hasSize(end + 1);
      assertThat(bases[end]).isEqualTo(base);
      for (int j = 0; j <= end; j++) {
        int naive = WindowRules.onOrBefore(dates, dates[j].minus(w.offset().get()));
        assertThat(bases[j]).as(w + " end " + dates[j]).isEqualTo(naive);
      }
    }
  }

  @Test
  void historyBases_toDateWindows_sameNumberOfPeriods() {
    LocalDate[] dates = randomDates(6);
    int end = 3000;
    for (Window w : List.of(StandardWindow.YTD, StandardWindow.QTD, StandardWindow.MTD)) {
      int base = WindowRules.baseIndex(w, dates, end);
      int k = end - base;
      int[] bases = WindowRules.historyBases(w, dates, end, base);
      for (int j = 0; j <= end; j++) {
        assertThat(bases[j]).isEqualTo(j < k ? -1 : j - k);
      }
    }
  }

  @Test
  void endIndex_explicitUsesTo_standardUsesAsOf() {
    LocalDate[] dates = {d("2024-01-02"), d("2024-01-05"), d("2024-01-08")};
    assertThat(WindowRules.endIndex(StandardWindow.YTD, dates, 2)).isEqualTo(2);
    assertThat(WindowRules.endIndex(Window.between(d("2024-01-01"), d("2024-01-06")), dates, 2))
        .isEqualTo(1);
    assertThat(WindowRules.endIndex(Window.between(d("2023-01-01"), d("2023-01-06")), dates, 2))
        .isEqualTo(-1);
  }

  @Test
  void annualised_documentedRule() {
    LocalDate s = d("2020-01-31");
    assertThat(WindowRules.annualised(StandardWindow.THREE_YEARS, s, d("2023-01-31"))).isTrue();
    assertThat(WindowRules.annualised(StandardWindow.ONE_YEAR, d("2019-01-30"), d("2020-01-31")))
        .isFalse();
    assertThat(WindowRules.annualised(StandardWindow.MAX, s, d("2021-01-31"))).isFalse();
    assertThat(WindowRules.annualised(StandardWindow.MAX, s, d("2021-02-01"))).isTrue();
    assertThat(WindowRules.annualised(Window.between(s, d("2022-01-01")), s, d("2021-12-31")))
        .isTrue();
  }
}
