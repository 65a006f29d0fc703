package dev.rotor.sectors;

/**
 * When a sector's window return counts as a significant move. The window's log return is divided by
 * its standard error under the sector's own recent volatility: {@code z = ln(P_end / P_base) / (σ ×
 * √n)}, where {@code n} is the number of daily returns in the window and {@code σ} the sample
 * standard deviation (n−1) of the {@code lookback} daily log returns ending at the base close (ex
 * ante, so the window's own moves do not set the yardstick). The move is significant when {@code
 * |z| > threshold}; its sign says gain or loss. With fewer than {@link #MIN_HISTORY} returns of
 * history, {@code z} is NaN and the move is not significant.
 *
 * @param threshold the |z| above which a move is significant, positive
 * @param lookback number of daily returns used for {@code σ}, at least {@link #MIN_HISTORY}
 */
public record SignificanceRule(double threshold, int lookback) {

  /** Fewest history returns for which {@code z} is computed. */
  public static final int MIN_HISTORY = 20;

  /** Validates the threshold and lookback. */
  public SignificanceRule {
    if (!(threshold > 0) || !Double.isFinite(threshold)) {
      throw new IllegalArgumentException(
          "threshold: must be positive and finite, was " + threshold);
    }
    if (lookback < MIN_HISTORY) {
      throw new IllegalArgumentException(
          "lookback: must be at least " + MIN_HISTORY + ", was " + lookback);
    }
  }

  /**
   * One standard error over a year (252 returns) of history: a move larger than the sector's
   * typical move for a window of that length under a driftless random walk (about a one-in-three
   * chance two-sided), which is what commentary calls a significant gain or loss. Use 1.96 for a 5%
   * two-sided test.
   */
  public static SignificanceRule defaults() {
    return new SignificanceRule(1.0, 252);
  }
}
