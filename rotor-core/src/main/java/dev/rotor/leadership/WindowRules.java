package dev.rotor.leadership;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Kernels that apply the window rules of {@link StandardWindow} and {@link ExplicitWindow} to an
 * ascending date array: end index, base index, and the base of every historical window of the same
 * length. Indices are into the date array; -1 means "none".
 *
 * <p>History ({@link #historyBases}): for the calendar-offset windows (1w ... 10y) the historical
 * window ending on date {@code t} uses the same offset rule from {@code t}; for the to-date
 * windows, {@link StandardWindow#MAX} and explicit windows it spans the same number of periods
 * {@code k} as the current window (base {@code j - k} for end {@code j}). Both are computed in one
 * O(n) pass.
 */
final class WindowRules {

  private WindowRules() {}

  /** Index of the last date on or before {@code date}, or -1. */
  static int onOrBefore(LocalDate[] dates, LocalDate date) {
    int i = Arrays.binarySearch(dates, date);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * @throws IllegalArgumentException naming {@code dates} when not strictly ascending or null
   */
  static void requireAscending(LocalDate[] dates) {
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] == null) {
        throw new IllegalArgumentException("dates: null at index " + i);
      }
      if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
        throw new IllegalArgumentException("dates: not strictly ascending at index " + i);
      }
    }
  }

  /**
   * The end index of {@code window}: {@code asOfIndex} (the last date on or before the as-of date)
   * for a standard window, the last date on or before {@code to} for an explicit one; -1 when none.
   */
  static int endIndex(Window window, LocalDate[] dates, int asOfIndex) {
    if (window instanceof ExplicitWindow e) {
      return onOrBefore(dates, e.to());
    }
    return asOfIndex;
  }

  /**
   * The last date the base close may fall on for a window ending on {@code end}; null for {@link
   * StandardWindow#MAX}, whose base is the first date.
   */
  static LocalDate baseLimit(Window window, LocalDate end) {
    if (window instanceof ExplicitWindow e) {
      return e.from().minusDays(1);
    }
    StandardWindow w = (StandardWindow) window;
    return switch (w) {
      case YTD -> LocalDate.of(end.getYear(), 1, 1).minusDays(1);
      case QTD ->
          LocalDate.of(end.getYear(), (end.getMonthValue() - 1) / 3 * 3 + 1, 1).minusDays(1);
      case MTD -> end.withDayOfMonth(1).minusDays(1);
      case MAX -> null;
      default -> end.minus(w.offset().orElseThrow());
    };
  }

  /** The base index of {@code window} ending at index {@code end}; -1 when there is no base. */
  static int baseIndex(Window window, LocalDate[] dates, int end) {
    LocalDate limit = baseLimit(window, dates[end]);
    return limit == null ? 0 : onOrBefore(dates, limit);
  }

  /**
   * The base index of the historical window of the same length as {@code window} ending at each
   * index {@code j} in {@code [0, end]}, or -1 when that window is incomplete (no base in the
   * data). {@code base} is the current window's base index, {@code base < end}.
   */
  static int[] historyBases(Window window, LocalDate[] dates, int end, int base) {
    int[] out = new int[end + 1];
    if (window instanceof StandardWindow w && w.offset().isPresent()) {
      // the limit date is non-decreasing in the end date, so the base pointer only moves forward
      int b = -1;
      for (int j = 0; j <= end; j++) {
        LocalDate limit = dates[j].minus(w.offset().get());
        while (b + 1 < j && !dates[b + 1].isAfter(limit)) {
          b++;
        }
        out[j] = b;
      }
      return out;
    }
    int k = end - base;
    for (int j = 0; j <= end; j++) {
      out[j] = j >= k ? j - k : -1;
    }
    return out;
  }

  /**
   * True when the returns of {@code window} from {@code start} to {@code end} are also annualised:
   * always for 3y, 5y, 10y; for {@link StandardWindow#MAX} and explicit windows when {@code start}
   * plus one year is before {@code end}; never for the other standard windows.
   */
  static boolean annualised(Window window, LocalDate start, LocalDate end) {
    if (window instanceof StandardWindow w && w != StandardWindow.MAX) {
      return w.multiYear();
    }
    return start.plusYears(1).isBefore(end);
  }
}
