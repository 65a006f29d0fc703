package dev.rotor.allocation;

import java.time.LocalDate;

/**
 * When a portfolio is traded back to its target weights ({@link Backtest}). A rebalance happens at
 * the close of the last observation of each calendar period: after the return of date {@code t}
 * when the next date {@code t + 1} falls in another period. The return of the following period then
 * starts from the target weights. The last date of the data never triggers one.
 */
public enum Rebalancing {
  /** Buy and hold: weights start at target and drift with relative performance. */
  NONE,
  /** Back to target at the last observation of each calendar month. */
  MONTHLY,
  /** Back to target at the last observation of each calendar quarter (Mar, Jun, Sep, Dec). */
  QUARTERLY;

  /**
   * True when a rebalance follows the period ending on {@code date}, whose successor in the data is
   * {@code next} (null when {@code date} is the last date).
   */
  boolean after(LocalDate date, LocalDate next) {
    if (this == NONE || next == null) {
      return false;
    }
    return periodKey(date) != periodKey(next);
  }

  private int periodKey(LocalDate d) {
    int month = d.getMonthValue() - 1;
    return d.getYear() * 12 + (this == MONTHLY ? month : month / 3 * 3);
  }
}
