package dev.rotor.leadership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How unusual the current spread of a pair is among every historical window of the same length
 * ending on or before the current end, the current window included (no look-ahead). Historical
 * windows overlap, so {@code windows} counts overlapping windows, not independent observations.
 *
 * @param windows number of complete historical windows {@code n}, at least 1 (the current one)
 * @param firstEnd end date of the earliest complete window
 * @param lastEnd end date of the latest window: the current end
 * @param mean mean of the historical spreads
 * @param sd sample standard deviation of the historical spreads (divisor {@code n - 1}); NaN when
 *     {@code n < 2}
 * @param percentile fraction of historical spreads less than or equal to the current one (the
 *     empirical distribution function at the current spread, in {@code (0, 1]}); NaN when {@code n
 *     < 2}
 * @param z {@code (current - mean) / sd}; NaN when {@code n < 2} or {@code sd} is 0
 */
public record SpreadHistory(
    int windows,
    LocalDate firstEnd,
    LocalDate lastEnd,
    double mean,
    double sd,
    double percentile,
    double z) {

  /** Validates the count and dates. */
  public SpreadHistory {
    if (windows < 1) {
      throw new IllegalArgumentException("windows: must be at least 1, was " + windows);
    }
    Objects.requireNonNull(firstEnd, "firstEnd");
    Objects.requireNonNull(lastEnd, "lastEnd");
    if (lastEnd.isBefore(firstEnd)) {
      throw new IllegalArgumentException("lastEnd: " + lastEnd + " is before firstEnd " + firstEnd);
    }
    if (!Double.isNaN(percentile) && !(percentile > 0 && percentile <= 1)) {
      throw new IllegalArgumentException("percentile: must be in (0, 1] or NaN, was " + percentile);
    }
  }
}
