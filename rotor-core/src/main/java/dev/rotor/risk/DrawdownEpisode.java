package dev.rotor.risk;

import java.time.LocalDate;

/**
 * One drawdown: the level falls below a running peak and stays below it until it regains the peak
 * (the recovery) or the data ends.
 *
 * @param peak the date of the peak, the last observation at the running high before the fall; null
 *     only when the peak is the undated starting value of a returns series (see {@link
 *     Drawdowns#table})
 * @param trough the date of the lowest level of the episode (the first one when tied)
 * @param recovery the first date on which the level is back at or above the peak, or null when the
 *     episode is still open at the end of the data
 * @param depth the trough level over the peak level minus 1: negative, above -1
 * @param periodsToTrough observations from peak to trough (at least 1)
 * @param periodsToRecovery observations from peak to recovery; for an open episode, from peak to
 *     the last observation (the length so far)
 */
public record DrawdownEpisode(
    LocalDate peak,
    LocalDate trough,
    LocalDate recovery,
    double depth,
    int periodsToTrough,
    int periodsToRecovery) {

  /** Validates the episode. */
  public DrawdownEpisode {
    if (trough == null) {
      throw new IllegalArgumentException("trough: must not be null");
    }
    if (!(depth < 0 && depth > -1)) {
      throw new IllegalArgumentException("depth: " + depth + " is not in (-1, 0)");
    }
    if (periodsToTrough < 1 || periodsToRecovery < periodsToTrough) {
      throw new IllegalArgumentException(
          "periodsToRecovery: "
              + periodsToRecovery
              + " and periodsToTrough: "
              + periodsToTrough
              + " must satisfy 1 <= toTrough <= toRecovery");
    }
    if (recovery != null && periodsToRecovery == periodsToTrough) {
      throw new IllegalArgumentException("recovery: " + recovery + " cannot be the trough date");
    }
  }

  /** True when the level regained the peak before the data ended. */
  public boolean recovered() {
    return recovery != null;
  }
}
