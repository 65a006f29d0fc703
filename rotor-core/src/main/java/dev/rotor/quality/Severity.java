package dev.rotor.quality;

import java.util.Locale;

/**
 * How bad a {@link Finding} is.
 *
 * <p>An {@link #ERROR} means the data is wrong and analytics built on it would be wrong (a
 * non-positive price, a bar whose close lies outside its own high-low range, weeks of missing
 * trading days). A {@link #WARNING} means the data is suspicious or incomplete but may be right (a
 * holiday missing from the calendar, a genuine crash, a vendor's unadjusted split).
 */
public enum Severity {
  /** Suspicious or incomplete data that may still be correct. */
  WARNING,
  /** Data that is certainly wrong or too incomplete to analyse. */
  ERROR;

  /** Lower-case name used in CLI output and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
