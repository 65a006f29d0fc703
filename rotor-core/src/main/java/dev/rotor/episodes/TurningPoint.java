package dev.rotor.episodes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated peak or trough of a line.
 *
 * @param index position of the observation in the dated series (0-based)
 * @param date the observation's date
 * @param value the line's value on that date, greater than 0
 * @param kind peak or trough
 */
public record TurningPoint(int index, LocalDate date, double value, TurningPointKind kind) {

  /** Validates the fields. */
  public TurningPoint {
    if (index < 0) {
      throw new IllegalArgumentException("index: must be >= 0, was " + index);
    }
    Objects.requireNonNull(date, "date");
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value: must be finite and > 0, was " + value);
    }
    Objects.requireNonNull(kind, "kind");
  }
}
