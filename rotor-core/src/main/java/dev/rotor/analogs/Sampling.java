package dev.rotor.analogs;

import dev.rotor.series.Frequency;

/**
 * How a span given in months maps to a number of observations of a series. Every lookback, horizon
 * and exclusion window in this package is counted in observations, never in calendar days.
 *
 * <ul>
 *   <li>{@link #DAILY}: a month is 21 observations (252 trading days a year / 12, the
 *       periods-a-year convention of {@link Frequency#DAILY}). A 12-month horizon is 252
 *       observations.
 *   <li>{@link #MONTHLY}: a month is one observation (month-end data such as the Kenneth French
 *       files).
 * </ul>
 *
 * <p>Counting observations keeps every window the same length and makes the look-ahead rule a plain
 * index comparison. The price is that a gap in daily data (a missing session) stretches the
 * calendar span of a window by that day; calendar-month offsets were not chosen because they give
 * windows of 19 to 23 sessions.
 */
public enum Sampling {
  /** Daily trading-day data: 21 observations a month. */
  DAILY(21),
  /** Monthly data: one observation a month. */
  MONTHLY(1);

  private final int periodsPerMonth;

  Sampling(int periodsPerMonth) {
    this.periodsPerMonth = periodsPerMonth;
  }

  /** Observations per month: 21 for daily data, 1 for monthly data. */
  public int periodsPerMonth() {
    return periodsPerMonth;
  }

  /** Observations per year: {@code 12 * periodsPerMonth()} (252 or 12). */
  public int periodsPerYear() {
    return 12 * periodsPerMonth;
  }

  /**
   * The number of observations spanning {@code months} months.
   *
   * @throws IllegalArgumentException when {@code months} is negative
   */
  public int periods(int months) {
    if (months < 0) {
      throw new IllegalArgumentException("months: " + months + " is negative");
    }
    return Math.multiplyExact(months, periodsPerMonth);
  }

  /**
   * The sampling of a series of frequency {@code frequency}.
   *
   * @throws IllegalArgumentException for weekly, quarterly and annual data, which have no whole
   *     number of observations per month
   */
  public static Sampling of(Frequency frequency) {
    return switch (frequency) {
      case DAILY -> DAILY;
      case MONTHLY -> MONTHLY;
      default ->
          throw new IllegalArgumentException(
              "frequency: "
                  + frequency.label()
                  + " has no whole number of observations per month (daily or monthly only)");
    };
  }
}
