package dev.rotor.holding;

import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which holding windows a statistic was computed over.
 *
 * @param years holding period in years, at least 1
 * @param frequency frequency of the observations, inferred from their dates
 * @param windowPeriods observations per window: {@code years x frequency.periodsPerYear()} (12N
 *     months, 252N trading days)
 * @param windows number of overlapping windows (one per end observation), at least 0
 * @param independentWindows number of non-overlapping windows the data holds: {@code floor(periods
 *     / windowPeriods)}; the honest sample size behind a probability, since overlapping windows
 *     share most of their data
 * @param firstEnd end date of the first window; null when there is no window
 * @param lastEnd end date of the last window; null when there is no window
 */
public record WindowSpan(
    int years,
    Frequency frequency,
    int windowPeriods,
    int windows,
    int independentWindows,
    LocalDate firstEnd,
    LocalDate lastEnd) {

  /** Validates counts and that the end dates are both present exactly when there are windows. */
  public WindowSpan {
    if (years < 1) {
      throw new IllegalArgumentException("years: must be at least 1, was " + years);
    }
    Objects.requireNonNull(frequency, "frequency");
    if (windowPeriods != years * frequency.periodsPerYear()) {
      throw new IllegalArgumentException(
          "windowPeriods: must be years x periods a year, was " + windowPeriods);
    }
    if (windows < 0 || independentWindows < 0 || independentWindows > windows) {
      throw new IllegalArgumentException(
          "windows/independentWindows: must satisfy 0 <= independent <= windows, were "
              + windows
              + ", "
              + independentWindows);
    }
    if ((windows == 0) != (firstEnd == null) || (firstEnd == null) != (lastEnd == null)) {
      throw new IllegalArgumentException(
          "firstEnd/lastEnd: must be present exactly when there are windows");
    }
    if (firstEnd != null && lastEnd.isBefore(firstEnd)) {
      throw new IllegalArgumentException("lastEnd: " + lastEnd + " is before firstEnd " + firstEnd);
    }
  }
}
