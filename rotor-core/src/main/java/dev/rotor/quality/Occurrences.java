package dev.rotor.quality;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Streaming tally of scattered occurrences of one condition (bars with a non-positive close,
 * missing trading days, ...), summed into a single {@link Finding} that spans the first to the last
 * occurrence and lists the first few. O(1) memory beyond the listed examples.
 */
final class Occurrences {

  private final CheckKind check;
  private final Severity severity;
  private final int listed;
  private final StringBuilder examples = new StringBuilder();
  private int count;
  private LocalDate first;
  private LocalDate last;

  /**
   * @param listed how many occurrences the message lists, at least 1
   */
  Occurrences(CheckKind check, Severity severity, int listed) {
    this.check = Objects.requireNonNull(check, "check");
    this.severity = Objects.requireNonNull(severity, "severity");
    if (listed < 1) {
      throw new IllegalArgumentException("listed: " + listed + " must be at least 1");
    }
    this.listed = listed;
  }

  /**
   * Records one occurrence; dates must not go backwards.
   *
   * @param detail shown after the date in the message, or null for the date alone
   */
  void add(LocalDate date, String detail) {
    Objects.requireNonNull(date, "date");
    if (last != null && date.isBefore(last)) {
      throw new IllegalArgumentException("date: " + date + " is before the previous " + last);
    }
    if (count < listed) {
      if (count > 0) {
        examples.append(", ");
      }
      examples.append(date);
      if (detail != null) {
        examples.append(" (").append(detail).append(')');
      }
    }
    if (first == null) {
      first = date;
    }
    last = date;
    count++;
  }

  /** Number of occurrences recorded. */
  int count() {
    return count;
  }

  /** True when nothing was recorded. */
  boolean isEmpty() {
    return count == 0;
  }

  /**
   * The summed finding, its message being {@code headline: first, second, ...}.
   *
   * @throws IllegalStateException when nothing was recorded
   */
  Finding toFinding(String headline) {
    if (count == 0) {
      throw new IllegalStateException("no occurrences of " + check.label());
    }
    String more = count > listed ? ", ..." : "";
    return new Finding(check, severity, first, last, count, headline + ": " + examples + more);
  }

  /** "1 bar", "3 bars": a count with its noun, pluralised by adding s. */
  static String counted(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
