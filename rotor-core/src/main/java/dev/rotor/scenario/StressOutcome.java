package dev.rotor.scenario;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A series (or portfolio) replayed through a {@link StressWindow}. When the data does not cover the
 * window the dates are null, {@code observations} is 0 and the numbers are NaN.
 *
 * @param window the window
 * @param baseDate date of the base close (last on or before the window's start)
 * @param endDate date of the end close (last on or before the window's end)
 * @param observations closes from base to end inclusive
 * @param totalReturn {@code P(end) / P(base) - 1}
 * @param maxDrawdown worst fall from a running peak within the window, {@code min_t (P_t / max_{s
 *     <= t} P_s) - 1} over base..end, at most 0
 * @param peakDate date of the running peak before the worst fall (first occurrence); the base date
 *     when the path never falls
 * @param troughDate date of the worst fall (first occurrence); the base date when the path never
 *     falls
 */
public record StressOutcome(
    StressWindow window,
    LocalDate baseDate,
    LocalDate endDate,
    int observations,
    double totalReturn,
    double maxDrawdown,
    LocalDate peakDate,
    LocalDate troughDate) {

  /** Validates that dates are present exactly when the window is covered. */
  public StressOutcome {
    Objects.requireNonNull(window, "window");
    boolean covered = observations > 0;
    if (observations < 0
        || covered != (baseDate != null)
        || covered != (endDate != null)
        || covered != (peakDate != null)
        || covered != (troughDate != null)) {
      throw new IllegalArgumentException(
          "observations/dates: dates must be present exactly when observations > 0");
    }
    if (maxDrawdown > 0) {
      throw new IllegalArgumentException("maxDrawdown: must be at most 0, was " + maxDrawdown);
    }
  }

  /** The outcome of a window the data does not cover. */
  public static StressOutcome uncovered(StressWindow window) {
    return new StressOutcome(window, null, null, 0, Double.NaN, Double.NaN, null, null);
  }

  /** True when the data covered the window. */
  public boolean covered() {
    return observations > 0;
  }
}
