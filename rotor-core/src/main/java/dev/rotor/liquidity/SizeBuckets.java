package dev.rotor.liquidity;

import dev.rotor.series.BarSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Bucket assignment by market cap and the per-bucket medians behind {@link SizeBucketTable}. */
final class SizeBuckets {

  static final String EMPTY_BUCKET = "no tickers in the bucket";

  private SizeBuckets() {}

  /**
   * The bucket (1-based) of each ticker. {@code tickers} must be sorted ascending so that, for
   * {@link BucketRule.Quantiles}, equal caps are ordered by ticker.
   */
  static int[] assign(String[] tickers, double[] caps, BucketRule rule) {
    int n = caps.length;
    int[] bucket = new int[n];
    if (rule instanceof BucketRule.Thresholds t) {
      for (int i = 0; i < n; i++) {
        bucket[i] = t.bucketOf(caps[i]);
      }
      return bucket;
    }
    int count = rule.buckets();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // stable sort by cap: ties keep the (ascending) ticker order
    Arrays.sort(order, Comparator.comparingDouble(i -> caps[i]));
    for (int rank = 0; rank < n; rank++) {
      bucket[order[rank]] = (int) ((long) rank * count / n) + 1;
    }
    return bucket;
  }

  static SizeBucketTable table(
      Map<String, BarSeries> bars, Map<String, Double> caps, BucketRule rule, LiquiditySpec spec) {
    Objects.requireNonNull(bars, "bars");
    Objects.requireNonNull(caps, "caps");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(spec, "spec");
    for (Map.Entry<String, Double> e : caps.entrySet()) {
      Double v = e.getValue();
      if (e.getKey() == null || v == null || !(v > 0) || v.isInfinite()) {
        throw new IllegalArgumentException(
            "caps: " + e.getKey() + " has cap " + v + "; caps must be finite and positive");
      }
    }
    TreeSet<String> both = new TreeSet<>(bars.keySet());
    both.retainAll(caps.keySet());
    TreeSet<String> withoutCap = new TreeSet<>(bars.keySet());
    withoutCap.removeAll(caps.keySet());
    TreeSet<String> withoutCloses = new TreeSet<>(caps.keySet());
    withoutCloses.removeAll(bars.keySet());

    String[] tickers = both.toArray(new String[0]);
    double[] c = new double[tickers.length];
    List<LiquidityProfile> profiles = new ArrayList<>();
    for (int i = 0; i < tickers.length; i++) {
      c[i] = caps.get(tickers[i]);
      BarSeries b = Objects.requireNonNull(bars.get(tickers[i]), "bars: null for " + tickers[i]);
      try {
        profiles.add(Liquidity.profile(tickers[i], b, spec));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(tickers[i] + ": " + ex.getMessage(), ex);
      }
    }
    int[] bucket = assign(tickers, c, rule);
    List<BucketLiquidity> buckets = new ArrayList<>();
    for (int rank = 1; rank <= rule.buckets(); rank++) {
      buckets.add(bucket(rank, rule.label(rank), tickers, c, bucket, profiles));
    }
    return new SizeBucketTable(
        rule, spec, buckets, new ArrayList<>(withoutCap), new ArrayList<>(withoutCloses));
  }

  private static BucketLiquidity bucket(
      int rank,
      String label,
      String[] tickers,
      double[] caps,
      int[] bucket,
      List<LiquidityProfile> profiles) {
    List<String> members = new ArrayList<>();
    List<LiquidityProfile> ps = new ArrayList<>();
    List<Double> memberCaps = new ArrayList<>();
    for (int i = 0; i < tickers.length; i++) {
      if (bucket[i] == rank) {
        members.add(tickers[i]);
        ps.add(profiles.get(i));
        memberCaps.add(caps[i]);
      }
    }
    double[] mc = memberCaps.stream().mapToDouble(Double::doubleValue).toArray();
    double min = mc.length == 0 ? Double.NaN : Arrays.stream(mc).min().getAsDouble();
    double max = mc.length == 0 ? Double.NaN : Arrays.stream(mc).max().getAsDouble();
    Map<LiquidityMeasure, Measurement> medians = new EnumMap<>(LiquidityMeasure.class);
    for (LiquidityMeasure m : LiquidityMeasure.values()) {
      medians.put(m, median(m, ps));
    }
    return new BucketLiquidity(rank, label, members, min, max, WindowStats.median(mc), medians);
  }

  /**
   * The median of {@code m} over the profiles that have it; when none has it, NaN with the most
   * frequent member reason (ties: the first met).
   */
  static Measurement median(LiquidityMeasure m, List<LiquidityProfile> profiles) {
    if (profiles.isEmpty()) {
      return Measurement.missing(EMPTY_BUCKET, 0);
    }
    double[] v = new double[profiles.size()];
    Map<String, Integer> reasons = new HashMap<>();
    String top = null;
    int n = 0;
    for (int i = 0; i < v.length; i++) {
      Measurement x = profiles.get(i).measurement(m);
      v[i] = x.value();
      if (x.isDefined()) {
        n++;
      } else {
        int k = reasons.merge(x.reason(), 1, Integer::sum);
        if (top == null || k > reasons.get(top)) {
          top = x.reason();
        }
      }
    }
    return n == 0
        ? Measurement.missing("no ticker in the bucket has it: " + top, 0)
        : Measurement.of(WindowStats.median(v), n);
  }
}
