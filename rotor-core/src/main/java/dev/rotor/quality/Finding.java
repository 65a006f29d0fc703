package dev.rotor.quality;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One problem found in a series by {@link DataChecks}.
 *
 * <p>A finding covers the dates {@code [from, to]}: a single day for a jump or a split-like move,
 * the run for a stale run or a long gap, and the first to last affected date for findings that sum
 * scattered occurrences (such as all bars with a non-positive close). {@code count} is the number
 * of occurrences behind it (bars, missing trading days, observations in a run), and the message
 * lists the first few dates.
 *
 * @param check the check that produced it
 * @param severity how bad it is
 * @param from first affected date
 * @param to last affected date, not before {@code from}
 * @param count number of occurrences, at least 1
 * @param message a one-line human description naming dates and values
 */
public record Finding(
    CheckKind check, Severity severity, LocalDate from, LocalDate to, int count, String message) {

  /** Validates the fields. */
  public Finding {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(message, "message");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: " + to + " is before from " + from);
    }
    if (count < 1) {
      throw new IllegalArgumentException("count: " + count + " must be at least 1");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message: must not be blank");
    }
  }

  /** True for an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
