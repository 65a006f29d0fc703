package dev.rotor.claims;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date range a claim speaks about: returns run from the last observation on or before {@code
 * base} to the last observation on or before {@code end}.
 *
 * @param base the base date (the close the move is measured from)
 * @param end the last date of the period
 * @param phrase the words the period was read from ({@code "since the start of the year"}), or a
 *     description of the default
 * @param rule the rule that turned the phrase into dates
 */
public record Period(LocalDate base, LocalDate end, String phrase, String rule) {

  /** Validates that {@code base} is before {@code end}. */
  public Period {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(rule, "rule");
    if (!base.isBefore(end)) {
      throw new IllegalArgumentException("base: " + base + " is not before end " + end);
    }
  }

  /**
   * This period with its end moved to {@code newEnd} when that is earlier (never past the article).
   */
  Period capAt(LocalDate newEnd) {
    if (!newEnd.isBefore(end) || !base.isBefore(newEnd)) {
      return this;
    }
    return new Period(base, newEnd, phrase, rule + "; ends at the article date");
  }
}
