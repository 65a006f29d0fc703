package dev.rotor.liquidity;

import java.util.List;
import java.util.Objects;

/**
 * Liquidity across size buckets of a stock panel, built by {@link Liquidity#bySize}.
 *
 * @param rule how tickers were bucketed
 * @param spec what was measured on each ticker
 * @param buckets one entry per bucket, smallest caps first
 * @param withoutCap tickers that had closes but no market cap (left out), sorted
 * @param withoutCloses tickers that had a market cap but no closes (left out), sorted
 */
public record SizeBucketTable(
    BucketRule rule,
    LiquiditySpec spec,
    List<BucketLiquidity> buckets,
    List<String> withoutCap,
    List<String> withoutCloses) {

  /** Validates and copies. */
  public SizeBucketTable {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(spec, "spec");
    buckets = List.copyOf(buckets);
    withoutCap = List.copyOf(withoutCap);
    withoutCloses = List.copyOf(withoutCloses);
    if (buckets.size() != rule.buckets()) {
      throw new IllegalArgumentException(
          "buckets: " + buckets.size() + " given, the rule has " + rule.buckets());
    }
  }

  /** The smallest bucket against the largest, measure by measure. */
  public LiquidityComparison smallVersusLarge() {
    BucketLiquidity s = buckets.get(0);
    BucketLiquidity l = buckets.get(buckets.size() - 1);
    return LiquidityComparison.of(s.label(), s.medians(), l.label(), l.medians());
  }
}
