package dev.rotor.liquidity;

import java.util.Objects;

/**
 * One measure side by side for a smaller and a larger series (or size bucket).
 *
 * @param measure the measure
 * @param small the smaller side's measurement
 * @param large the larger side's measurement
 * @param ratio {@code small / large}; NaN when either is NaN or {@code large} is 0
 */
public record ComparisonRow(
    LiquidityMeasure measure, Measurement small, Measurement large, double ratio) {

  /** Validates the parts. */
  public ComparisonRow {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    if (Double.isInfinite(ratio)) {
      throw new IllegalArgumentException("ratio: must not be infinite");
    }
  }

  /** The row for two measurements, with their ratio. */
  public static ComparisonRow of(LiquidityMeasure measure, Measurement small, Measurement large) {
    double l = large.value();
    double ratio = l != 0 ? small.value() / l : Double.NaN;
    return new ComparisonRow(measure, small, large, Double.isInfinite(ratio) ? Double.NaN : ratio);
  }
}
