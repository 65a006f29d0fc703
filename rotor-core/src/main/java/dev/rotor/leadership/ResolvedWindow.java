package dev.rotor.leadership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A window applied to actual dates.
 *
 * @param label the window's label ({@link Window#label()})
 * @param start the base close date: returns run from the close on this date
 * @param end the end close date actually used, after {@code start}
 * @param periods number of return periods from {@code start} to {@code end} (observations after
 *     {@code start} up to and including {@code end}), at least 1
 */
public record ResolvedWindow(String label, LocalDate start, LocalDate end, int periods) {

  /** Validates that the window holds at least one period. */
  public ResolvedWindow {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end: " + end + " is not after start " + start);
    }
    if (periods < 1) {
      throw new IllegalArgumentException("periods: must be at least 1, was " + periods);
    }
  }
}
