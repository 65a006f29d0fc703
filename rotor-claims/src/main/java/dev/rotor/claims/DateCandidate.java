package dev.rotor.claims;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A possible article date.
 *
 * @param date the date
 * @param origin where it was found
 * @param source the text it was read from
 */
public record DateCandidate(LocalDate date, DateOrigin origin, String source) {

  /** Validates the fields. */
  public DateCandidate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
  }
}
