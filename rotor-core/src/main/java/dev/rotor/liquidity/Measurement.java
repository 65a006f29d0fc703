package dev.rotor.liquidity;

import java.util.Objects;

/**
 * One liquidity figure with what it rests on.
 *
 * @param value the figure, or NaN when it cannot be computed
 * @param observations the number of daily quantities (or, for a size bucket, of tickers) it rests
 *     on
 * @param reason why the value is NaN; empty exactly when the value is defined
 */
public record Measurement(double value, int observations, String reason) {

  /** Validates that a value is defined exactly when there is no reason. */
  public Measurement {
    Objects.requireNonNull(reason, "reason");
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("value: must not be infinite");
    }
    if (observations < 0) {
      throw new IllegalArgumentException("observations: must be >= 0, got " + observations);
    }
    if (Double.isNaN(value) == reason.isEmpty()) {
      throw new IllegalArgumentException(
          "reason: must be given exactly when the value is NaN (value " + value + ")");
    }
  }

  /** A defined figure. */
  public static Measurement of(double value, int observations) {
    return new Measurement(value, observations, "");
  }

  /** A figure that cannot be computed, with the reason. */
  public static Measurement missing(String reason, int observations) {
    return new Measurement(Double.NaN, observations, reason);
  }

  /** True when the value is defined. */
  public boolean isDefined() {
    return !Double.isNaN(value);
  }
}
