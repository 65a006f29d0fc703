package dev.rotor.liquidity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The liquidity of one size bucket: for each {@link LiquidityMeasure} the cross-sectional median
 * over the bucket's tickers that have the measure, as a {@link Measurement} whose {@code
 * observations} is the number of those tickers.
 *
 * @param rank the bucket number, 1 = smallest caps
 * @param label the rule's label, e.g. {@code "Q1 (smallest)"} or {@code "cap < $2B"}
 * @param tickers the bucket's tickers, sorted
 * @param minCap the smallest member cap, NaN when the bucket is empty
 * @param maxCap the largest member cap, NaN when the bucket is empty
 * @param medianCap the median member cap, NaN when the bucket is empty
 * @param medians one measurement per {@link LiquidityMeasure}
 */
public record BucketLiquidity(
    int rank,
    String label,
    List<String> tickers,
    double minCap,
    double maxCap,
    double medianCap,
    Map<LiquidityMeasure, Measurement> medians) {

  /** Validates and copies; the medians must cover every {@link LiquidityMeasure}. */
  public BucketLiquidity {
    Objects.requireNonNull(label, "label");
    tickers = List.copyOf(tickers);
    if (rank < 1) {
      throw new IllegalArgumentException("rank: must be >= 1, got " + rank);
    }
    EnumMap<LiquidityMeasure, Measurement> copy = new EnumMap<>(LiquidityMeasure.class);
    copy.putAll(medians);
    for (LiquidityMeasure m : LiquidityMeasure.values()) {
      if (copy.get(m) == null) {
        throw new IllegalArgumentException("medians: " + m.label() + " is missing");
      }
    }
    medians = Collections.unmodifiableMap(copy);
  }

  /** The number of tickers in the bucket. */
  public int members() {
    return tickers.size();
  }

  /** The median of {@code measure} over the bucket, NaN when no member has it. */
  public double value(LiquidityMeasure measure) {
    return medians.get(Objects.requireNonNull(measure, "measure")).value();
  }

  /** The measurement of {@code measure}. */
  public Measurement measurement(LiquidityMeasure measure) {
    return medians.get(Objects.requireNonNull(measure, "measure"));
  }
}
