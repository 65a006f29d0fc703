package dev.rotor.liquidity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How tickers are put into size buckets by market cap. Buckets are numbered from 1 (smallest) up.
 */
public sealed interface BucketRule permits BucketRule.Quantiles, BucketRule.Thresholds {

  /** The number of buckets. */
  int buckets();

  /** The label of bucket {@code rank} (1-based). */
  String label(int rank);

  /** Five equal-count buckets. */
  static BucketRule quintiles() {
    return new Quantiles(5);
  }

  /** {@code count} equal-count buckets. */
  static BucketRule quantiles(int count) {
    return new Quantiles(count);
  }

  /** Fixed cap thresholds in US dollars, ascending; {@code bounds.length + 1} buckets. */
  static BucketRule thresholds(double... bounds) {
    List<Double> b = new ArrayList<>();
    for (double v : bounds) {
      b.add(v);
    }
    return new Thresholds(b);
  }

  /**
   * Equal-count buckets by rank: the {@code N} tickers are sorted by cap ascending (ties by ticker)
   * and the ticker of 0-based rank {@code i} goes to bucket {@code floor(i count / N) + 1}, so
   * bucket sizes differ by at most one (2,716 tickers in quintiles: 544, 543, 543, 543, 543).
   *
   * @param count the number of buckets, at least 2
   */
  record Quantiles(int count) implements BucketRule {

    /** Validates the count. */
    public Quantiles {
      if (count < 2) {
        throw new IllegalArgumentException("count: must be >= 2, got " + count);
      }
    }

    @Override
    public int buckets() {
      return count;
    }

    @Override
    public String label(int rank) {
      checkRank(rank, count);
      return "Q" + rank + (rank == 1 ? " (smallest)" : rank == count ? " (largest)" : "");
    }
  }

  /**
   * Fixed thresholds: a cap goes to bucket {@code 1 + (number of bounds <= cap)}, so each bucket is
   * {@code [lower bound, upper bound)}.
   *
   * @param bounds strictly ascending, finite, positive, at least one
   */
  record Thresholds(List<Double> bounds) implements BucketRule {

    /** Validates and copies the bounds. */
    public Thresholds {
      bounds = List.copyOf(bounds);
      if (bounds.isEmpty()) {
        throw new IllegalArgumentException("bounds: at least one threshold is needed");
      }
      for (int i = 0; i < bounds.size(); i++) {
        double v = bounds.get(i);
        if (!(v > 0) || Double.isInfinite(v)) {
          throw new IllegalArgumentException("bounds: must be finite and positive, got " + v);
        }
        if (i > 0 && !(v > bounds.get(i - 1))) {
          throw new IllegalArgumentException("bounds: not strictly ascending at index " + i);
        }
      }
    }

    @Override
    public int buckets() {
      return bounds.size() + 1;
    }

    @Override
    public String label(int rank) {
      checkRank(rank, buckets());
      if (rank == 1) {
        return "cap < " + money(bounds.get(0));
      }
      if (rank == buckets()) {
        return "cap >= " + money(bounds.get(bounds.size() - 1));
      }
      return money(bounds.get(rank - 2)) + " <= cap < " + money(bounds.get(rank - 1));
    }

    /** The bucket (1-based) of a cap. */
    int bucketOf(double cap) {
      int k = 0;
      while (k < bounds.size() && bounds.get(k) <= cap) {
        k++;
      }
      return k + 1;
    }

    private static String money(double v) {
      String[] suffix = {"T", "B", "M", "K"};
      double[] scale = {1e12, 1e9, 1e6, 1e3};
      for (int i = 0; i < scale.length; i++) {
        if (v >= scale[i]) {
          return "$" + plain(v / scale[i]) + suffix[i];
        }
      }
      return "$" + plain(v);
    }

    private static String plain(double v) {
      String s = String.format(Locale.ROOT, "%.3f", v);
      return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
  }

  private static void checkRank(int rank, int buckets) {
    if (rank < 1 || rank > buckets) {
      throw new IllegalArgumentException("rank: must be in [1, " + buckets + "], got " + rank);
    }
  }
}
