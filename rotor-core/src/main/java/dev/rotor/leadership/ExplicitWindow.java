package dev.rotor.leadership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A window with its own dates: the return from the last close strictly before {@code from} to the
 * last close on or before {@code to}, so that every move on a day in {@code [from, to]} counts. It
 * ignores the as-of date. Its returns are also annualised when it spans more than a year (base
 * close plus one year is before the end close).
 *
 * @param from first calendar day covered (inclusive)
 * @param to last calendar day covered (inclusive), on or after {@code from}
 */
public record ExplicitWindow(LocalDate from, LocalDate to) implements Window {

  /** Validates that the dates are present and in order. */
  public ExplicitWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: " + to + " is before from " + from);
    }
  }

  /** {@code FROM..TO} in ISO dates, the form {@link Window#parse} reads. */
  @Override
  public String label() {
    return from + ".." + to;
  }

  @Override
  public String toString() {
    return label();
  }
}
