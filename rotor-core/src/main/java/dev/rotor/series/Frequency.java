package dev.rotor.series;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * How often a series is observed. Carried by every series; determines annualisation.
 *
 * <p>Periods per year follow the usual market convention (see {@code docs/conventions.md}): 252
 * trading days, 52 weeks, 12 months, 4 quarters, 1 year.
 */
public enum Frequency {
  DAILY(252),
  WEEKLY(52),
  MONTHLY(12),
  QUARTERLY(4),
  ANNUAL(1);

  private final int periodsPerYear;

  Frequency(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /** Periods in one year under Rotor's annualisation convention. */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  /** Lower-case name used in files, JSON and the CLI ({@code daily}, {@code monthly}, ...). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses a label or name, case-insensitively. */
  public static Frequency parse(String text) {
    for (Frequency f : values()) {
      if (f.name().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "frequency: unknown '"
            + text
            + "' (expected one of daily, weekly, monthly, quarterly, annual)");
  }

  /**
   * Infers the frequency from ascending dates using the median gap in calendar days: up to 4 days
   * daily, up to 10 weekly, up to 45 monthly, up to 135 quarterly, else annual. Fewer than two
   * dates cannot be inferred and give {@link #DAILY}.
   */
  public static Frequency infer(LocalDate[] dates) {
    if (dates.length < 2) {
      return DAILY;
    }
    long[] gaps = new long[dates.length - 1];
    for (int i = 1; i < dates.length; i++) {
      gaps[i - 1] = ChronoUnit.DAYS.between(dates[i - 1], dates[i]);
    }
    Arrays.sort(gaps);
    long median = gaps[gaps.length / 2];
    if (median <= 4) {
      return DAILY;
    } else if (median <= 10) {
      return WEEKLY;
    } else if (median <= 45) {
      return MONTHLY;
    } else if (median <= 135) {
      return QUARTERLY;
    }
    return ANNUAL;
  }
}
