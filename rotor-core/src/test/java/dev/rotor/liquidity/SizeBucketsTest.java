package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.BarSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SizeBucketsTest {

  private static final double TOL = 1e-12;

  @Test
  void assign_quantiles_floorOfRankTimesCountOverN() {
    // 7 tickers in 5 buckets: ranks 0..6 -> floor(5 i / 7) = 0,0,1,2,2,3,4
    String[] t = {"A", "B", "C", "D", "E", "F", "G"};
    double[] caps = {70, 10, 30, 20, 60, 50, 40};
    int[] b = SizeBuckets.assign(t, caps, BucketRule.quintiles());
    // by cap: B 10, D 20, C 30, G 40, F 50, E 60, A 70
    assertThat(b).containsExactly(5, 1, 2, 1, 4, 3, 3);
  }

  @Test
  void assign_equalCaps_orderedByTicker() {
    String[] t = {"A", "B", "C", "D"};
    int[] b = SizeBuckets.assign(t, new double[] {5, 5, 5, 5}, BucketRule.quantiles(2));
    assertThat(b).containsExactly(1, 1, 2, 2);
  }

  @Test
  void assign_thresholds_lowerBoundInclusive() {
    String[] t = {"A", "B", "C"};
    int[] b =
        SizeBuckets.assign(t, new double[] {1e9, 2e9, 5e10}, BucketRule.thresholds(2e9, 1e10));
    assertThat(b).containsExactly(1, 2, 3);
  }

  @Test
  void assign_randomCaps_equalCountsAndOrderedByCap() {
    Random rnd = new Random(41);
    for (int trial = 0; trial < 50; trial++) {
      int n = 5 + rnd.nextInt(300);
      int k = 2 + rnd.nextInt(9);
      String[] t = new String[n];
      double[] caps = new double[n];
      for (int i = 0; i < n; i++) {
        t[i] = String.format("T%04d", i);
        caps[i] = Math.exp(20 + 3 * rnd.nextGaussian());
      }
      int[] b = SizeBuckets.assign(t, caps, BucketRule.quantiles(k));
      int[] size = new int[k + 1];
      double[] max = new double[k + 1];
      double[] min = new double[k + 1];
      java.util.Arrays.fill(min, Double.MAX_VALUE);
      for (int i = 0; i < n; i++) {
        size[b[i]]++;
        max[b[i]] = Math.max(max[b[i]], caps[i]);
        min[b[i]] = Math.min(min[b[i]], caps[i]);
      }
      int lo = Integer.MAX_VALUE;
      int hi = 0;
      for (int j = 1; j <= k; j++) {
        lo = Math.min(lo, size[j]);
        hi = Math.max(hi, size[j]);
        if (j > 1 && size[j] > 0 && size[j - 1] > 0) {
          assertThat(min[j]).isGreaterThanOrEqualTo(max[j - 1]);
        }
      }
      assertThat(hi - lo).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void median_noneDefined_mostFrequentReason() {
    List<LiquidityProfile> ps = new ArrayList<>();
    ps.add(profileWith(Measurement.missing("r1", 0)));
    ps.add(profileWith(Measurement.missing("r2", 0)));
    ps.add(profileWith(Measurement.missing("r2", 0)));
    Measurement m = SizeBuckets.median(LiquidityMeasure.AMIHUD, ps);
    assertThat(m.reason()).isEqualTo("no ticker in the bucket has it: r2");
    assertThat(SizeBuckets.median(LiquidityMeasure.AMIHUD, List.of()).reason())
        .isEqualTo(SizeBuckets.EMPTY_BUCKET);
  }

  @Test
  void median_someDefined_medianOfThoseWithCount() {
    List<LiquidityProfile> ps = new ArrayList<>();
    ps.add(profileWith(Measurement.of(1, 5)));
    ps.add(profileWith(Measurement.missing("r", 0)));
    ps.add(profileWith(Measurement.of(4, 5)));
    Measurement m = SizeBuckets.median(LiquidityMeasure.AMIHUD, ps);
    assertThat(m.value()).isCloseTo(2.5, within(TOL));
    assertThat(m.observations()).isEqualTo(2);
  }

  @Test
  void table_tickersWithoutCapOrCloses_listedAndLeftOut() {
    Random rnd = new Random(8);
    Map<String, BarSeries> bars = new HashMap<>();
    for (String t : new String[] {"A", "B", "C", "D", "E"}) {
      bars.put(t, Bars.random(rnd, 60).closesOnly());
    }
    Map<String, Double> caps = Map.of("A", 1e9, "B", 2e9, "C", 3e9, "D", 4e9, "Z", 5e9);
    SizeBucketTable t = SizeBuckets.table(bars, caps, BucketRule.quantiles(2), Fixtures.SPEC);
    assertThat(t.withoutCap()).containsExactly("E");
    assertThat(t.withoutCloses()).containsExactly("Z");
    assertThat(t.buckets().get(0).tickers()).containsExactly("A", "B");
    assertThat(t.buckets().get(1).tickers()).containsExactly("C", "D");
    assertThat(t.buckets().get(1).medianCap()).isEqualTo(3.5e9);
    assertThat(t.buckets().get(0).minCap()).isEqualTo(1e9);
    assertThat(t.buckets().get(0).maxCap()).isEqualTo(2e9);
  }

  static Stream<Arguments> badCaps() {
    Map<String, Double> withNull = new HashMap<>();
    withNull.put("A", null);
    return Stream.of(
        Arguments.of(withNull),
        Arguments.of(Map.of("A", Double.NaN)),
        Arguments.of(Map.of("A", 0.0)),
        Arguments.of(Map.of("A", -1e9)),
        Arguments.of(Map.of("A", Double.POSITIVE_INFINITY)));
  }

  @ParameterizedTest
  @MethodSource("badCaps")
  void table_badCap_rejectedNamingTheTicker(Map<String, Double> caps) {
    Map<String, BarSeries> bars = Map.of("A", Bars.random(new Random(1), 10).closesOnly());
    assertThatThrownBy(() -> SizeBuckets.table(bars, caps, BucketRule.quintiles(), Fixtures.SPEC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("caps: A has cap");
  }

  private static LiquidityProfile profileWith(Measurement amihud) {
    Map<LiquidityMeasure, Measurement> m = Fixtures.all(1);
    m.put(LiquidityMeasure.AMIHUD, amihud);
    LocalDate d = LocalDate.of(2024, 1, 2);
    return new LiquidityProfile("X", d, d, 1, Double.NaN, Fixtures.SPEC, m);
  }
}
