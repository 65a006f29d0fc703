package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TurningPointsTest {

  /** Window 1 and no censoring beyond the end rules: every alternating local extreme survives. */
  private static final TurningPointRules LOOSE =
      new TurningPointRules(1, 1, Double.POSITIVE_INFINITY, 2, 0.0, 0);

  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  private static int[] indices(double[] x, TurningPointRules rules) {
    TurningPoints.Turns t = TurningPoints.find(x, rules);
    int[] out = new int[t.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = t.index(k);
    }
    return out;
  }

  private static DateSeries daily(double[] x) {
    LocalDate[] d = new LocalDate[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = D0.plusDays(i);
    }
    return DateSeries.of(d, x);
  }

  @Test
  void find_zigzagLooseRules_keepsEveryInteriorExtreme() {
    // Window 1: index 0 (1, below 3) is a candidate trough and index 7 (2, above 1) a candidate
    // peak, but a turning point needs an observation on each side, so both go. Left: P 3, T 2,
    // P 5, T 4, P 6, T 1 at indices 1..6.
    double[] x = {1, 3, 2, 5, 4, 6, 1, 2};
    assertThat(indices(x, LOOSE)).containsExactly(1, 2, 3, 4, 5, 6);
    List<TurningPoint> tps = TurningPoints.date(daily(x), LOOSE);
    assertThat(tps.get(0))
        .isEqualTo(new TurningPoint(1, D0.plusDays(1), 3.0, TurningPointKind.PEAK));
    assertThat(tps.get(5).kind()).isEqualTo(TurningPointKind.TROUGH);
  }

  @Test
  void find_smallPhase_removesTheWeakestPhase() {
    // Same line, minimum amplitude 25%. Phases: 3->2 -33%, 2->5 +150%, 5->4 -20% (too small),
    // 4->6 +50%, 6->1 -83%. The 5->4 phase, ln(5/4) = 0.22, is smaller than both neighbours
    // (ln(5/2) = 0.92, ln(6/4) = 0.41), so peak 5 and trough 4 go: P 3, T 2, P 6, T 1.
    double[] x = {1, 3, 2, 5, 4, 6, 1, 2};
    assertThat(indices(x, LOOSE.withMinAmplitude(0.25))).containsExactly(1, 2, 5, 6);
  }

  @Test
  void find_twoCandidatePeaksInARow_keepsTheHigher() {
    // Window 2: candidates are peak 5 (index 1), peak 6 (index 6) and trough 2 (index 7): no
    // trough qualifies between the two peaks, so the higher, 6, is kept. The trough at the last
    // index goes (no observation after it). Result: the single peak at index 6.
    double[] x = {1, 5, 4, 4.5, 4.2, 3, 6, 2};
    assertThat(indices(x, LOOSE.withWindow(2))).containsExactly(6);
    // Mirror image (7 - x): two troughs in a row, the lower (1 at index 6) is kept.
    double[] y = {6, 2, 3, 2.5, 2.8, 4, 1, 5};
    TurningPoints.Turns t = TurningPoints.find(y, LOOSE.withWindow(2));
    assertThat(t.size()).isEqualTo(1);
    assertThat(t.index(0)).isEqualTo(6);
    assertThat(t.kind(0)).isEqualTo(TurningPointKind.TROUGH);
  }

  @Test
  void find_shortPhase_isRemovedUnlessItsMoveIsExempt() {
    // Window 1 keeps P 8 (index 2), T 6 (3), P 12 (5), T 3 (7). Phases: 8->6 -25% in 1 period,
    // 6->12 +100% in 2, 12->3 -75% in 2. Minimum phase 3 with a 50% exemption: only 8->6 breaks
    // the rule; it is the smallest (ln(8/6) = 0.29 < ln(12/6) = 0.69) so it goes: P 12, T 3.
    double[] x = {2, 4, 8, 6, 10, 12, 4, 3, 6};
    TurningPointRules rules = LOOSE.withMinPhase(3).withPhaseExemption(0.5);
    assertThat(indices(x, rules)).containsExactly(5, 7);
    // With no exemption every phase is too short: 8->6 goes first, then 12->3: nothing is left.
    assertThat(indices(x, rules.withPhaseExemption(Double.POSITIVE_INFINITY))).isEmpty();
  }

  @Test
  void find_shortCycle_removesTheWeakerPhaseOfIt() {
    // Same line with minimum cycle 4: peak 8 (2) to peak 12 (5) lasts 3, so both of its phases
    // break the rule; the smaller, 8->6, goes. Trough 6 (3) to trough 3 (7) lasts 4: fine.
    double[] x = {2, 4, 8, 6, 10, 12, 4, 3, 6};
    assertThat(indices(x, LOOSE.withMinCycle(4))).containsExactly(5, 7);
    assertThat(indices(x, LOOSE.withMinCycle(3))).containsExactly(2, 3, 5, 7);
  }

  @Test
  void find_nearTheEnds_needsTheAmplitudeAgainstTheEndValue() {
    // Window 1 keeps P 6 (1), T 5.8 (2), P 7 (3), T 3 (4), P 4 (5), T 2 (6). End exclusion 3,
    // minimum amplitude 25%:
    // - P 6 at index 1 < 3 rises only 6/5 - 1 = 20% from the first value 5: removed;
    // - T 5.8 is now first but is not below every earlier value (5 < 5.8): removed;
    // - P 7 at index 3 is outside the start zone; T 2 at index 6 is 1 period from the end and the
    //   line rises 6/2 - 1 = 200% after it: kept.
    // Phases 7->3 -57%, 3->4 +33%, 4->2 -50% all pass.
    double[] x = {5, 6, 5.8, 7, 3, 4, 2, 6};
    TurningPointRules rules = LOOSE.withEndExclusion(3).withMinAmplitude(0.25);
    assertThat(indices(x, rules)).containsExactly(3, 4, 5, 6);
  }

  @Test
  void find_lastTroughWithoutEnoughRecovery_isRemoved() {
    // P 4, T 1.5, P 6, T 2, P 8, T 1 at indices 1..6; the last value 1.2 is only 20% above the
    // trough 1 at index 6, one period from the end: with end exclusion 2 and amplitude 50% that
    // trough goes and P 8 (two periods from the end) becomes the last turning point.
    double[] x = {1, 4, 1.5, 6, 2, 8, 1, 1.2};
    TurningPointRules rules = LOOSE.withEndExclusion(2).withMinAmplitude(0.5);
    assertThat(indices(x, rules)).containsExactly(1, 2, 3, 4, 5);
    x[7] = 1.6; // a 60% recovery is enough
    assertThat(indices(x, rules)).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void find_phaseWithTheWrongSign_isRemoved() {
    // Window 2: candidate peak 11 (index 1) and candidate trough 13 (index 6) alternate, but the
    // "fall" from 11 to 13 is a rise, so both go; the end points (trough 1 at 0, peak 18 at 7)
    // have no observation on one side. The line simply rises: nothing is dated.
    double[] x = {1, 11, 7, 10, 14, 16, 13, 18};
    assertThat(indices(x, LOOSE.withWindow(2))).isEmpty();
  }

  @Test
  void find_flatOrTinyLine_hasNoTurningPoints() {
    assertThat(indices(new double[] {2, 2, 2, 2, 2}, LOOSE)).isEmpty();
    assertThat(indices(new double[] {2}, LOOSE)).isEmpty();
    assertThat(indices(new double[0], LOOSE)).isEmpty();
  }

  @Test
  void find_plateau_datesItsFirstObservation() {
    // Peak plateau 5, 5 at indices 2..3: the first is the candidate.
    double[] x = {1, 3, 5, 5, 2, 4, 1, 2};
    assertThat(indices(x, LOOSE)).containsExactly(2, 4, 5, 6);
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of(new double[] {1, 0, 2}, "index 1"),
        Arguments.of(new double[] {1, -2, 2}, "index 1"),
        Arguments.of(new double[] {1, 2, Double.POSITIVE_INFINITY}, "index 2"));
  }

  @ParameterizedTest
  @MethodSource("badLines")
  void find_nonPositiveValue_throwsNamingIndex(double[] x, String where) {
    assertThatThrownBy(() -> TurningPoints.find(x, LOOSE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line")
        .hasMessageContaining(where);
  }

  // ---- invariants on seeded random lines ----

  /** A random relative-strength line: log random walk whose drift switches sign every ~200. */
  private static double[] randomLine(Random rnd, int n) {
    double[] x = new double[n];
    double level = Math.log(0.5 + rnd.nextDouble());
    double drift = 0.0008;
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(200) == 0) {
        drift = -drift;
      }
      level += drift + 0.008 * rnd.nextGaussian();
      x[i] = Math.exp(level);
    }
    return x;
  }

  private static TurningPointRules randomRules(Random rnd) {
    int window = 1 + rnd.nextInt(40);
    int minPhase = 1 + rnd.nextInt(60);
    double exemption = rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 0.1 + 0.2 * rnd.nextDouble();
    int minCycle = 2 + rnd.nextInt(200);
    double amplitude = 0.15 * rnd.nextDouble();
    int ends = rnd.nextInt(60);
    return new TurningPointRules(window, minPhase, exemption, minCycle, amplitude, ends);
  }

  @Test
  void find_randomLines_outputSatisfiesEveryRule() {
    Random rnd = new Random(20240601);
    int dated = 0;
    for (int trial = 0; trial < 300; trial++) {
      double[] x = randomLine(rnd, 200 + rnd.nextInt(1500));
      TurningPointRules r = trial < 20 ? TurningPointRules.daily() : randomRules(rnd);
      TurningPoints.Turns t = TurningPoints.find(x, r);
      dated += t.size();
      assertRulesHold(x, r, t);
    }
    assertThat(dated).as("the trials date something").isGreaterThan(300);
  }

  @Test
  void find_randomLinesScaled_sameTurningPoints() {
    Random rnd = new Random(77);
    for (int trial = 0; trial < 100; trial++) {
      double[] x = randomLine(rnd, 300 + rnd.nextInt(1000));
      TurningPointRules r = randomRules(rnd);
      int[] base = indices(x, r);
      for (double c : new double[] {1e-3, 3.7, 1024.0, 2.5e6}) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
          y[i] = c * x[i];
        }
        assertThat(indices(y, r)).as("trial %d, scale %s", trial, c).containsExactly(base);
      }
    }
  }

  @Test
  void candidates_randomLines_matchNaiveWindowScan() {
    Random rnd = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(400);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        // coarse values so that ties and plateaus occur
        x[i] = 1 + rnd.nextInt(trial % 2 == 0 ? 6 : 1000);
      }
      int w = 1 + rnd.nextInt(25);
      TurningPoints.Turns fast = TurningPoints.candidates(x, w);
      List<String> naive = naiveCandidates(x, w);
      List<String> got = new ArrayList<>();
      for (int k = 0; k < fast.size(); k++) {
        got.add(fast.index(k) + (fast.isPeak(k) ? "P" : "T"));
      }
      assertThat(got).as("trial %d", trial).isEqualTo(naive);
    }
  }

  /** The window rule written out directly, O(n w). */
  private static List<String> naiveCandidates(double[] x, int w) {
    List<String> out = new ArrayList<>();
    for (int t = 0; t < x.length; t++) {
      boolean peak = true;
      boolean trough = true;
      boolean lower = false;
      boolean higher = false;
      for (int s = Math.max(0, t - w); s <= Math.min(x.length - 1, t + w); s++) {
        if (s == t) {
          continue;
        }
        peak &= s < t ? x[s] < x[t] : x[s] <= x[t];
        trough &= s < t ? x[s] > x[t] : x[s] >= x[t];
        lower |= x[s] < x[t];
        higher |= x[s] > x[t];
      }
      if (peak && lower) {
        out.add(t + "P");
      } else if (trough && higher) {
        out.add(t + "T");
      }
    }
    return out;
  }

  /** Checks every documented property of a dating. */
  static void assertRulesHold(double[] x, TurningPointRules r, TurningPoints.Turns t) {
    int n = x.length;
    int m = t.size();
    for (int k = 0; k < m; k++) {
      int i = t.index(k);
      boolean peak = t.isPeak(k);
      if (k > 0) {
        assertThat(t.isPeak(k - 1)).as("alternation at %d", k).isNotEqualTo(peak);
        assertThat(t.index(k - 1)).isLessThan(i);
      }
      for (int s = Math.max(0, i - r.window()); s <= Math.min(n - 1, i + r.window()); s++) {
        if (s < i) {
          assertThat(peak ? x[s] < x[i] : x[s] > x[i]).as("window left of %d", i).isTrue();
        } else if (s > i) {
          assertThat(peak ? x[s] <= x[i] : x[s] >= x[i]).as("window right of %d", i).isTrue();
        }
      }
    }
    for (int k = 0; k + 1 < m; k++) {
      int a = t.index(k);
      int b = t.index(k + 1);
      double move = x[b] / x[a] - 1;
      if (t.isPeak(k + 1)) {
        assertThat(move)
            .as("rise %d->%d", a, b)
            .isPositive()
            .isGreaterThanOrEqualTo(r.minAmplitude());
      } else {
        assertThat(move)
            .as("fall %d->%d", a, b)
            .isNegative()
            .isLessThanOrEqualTo(-r.minAmplitude());
      }
      assertThat(b - a >= r.minPhase() || Math.abs(move) >= r.phaseExemption())
          .as("phase %d->%d", a, b)
          .isTrue();
    }
    for (int k = 0; k + 2 < m; k++) {
      assertThat(t.index(k + 2) - t.index(k)).isGreaterThanOrEqualTo(r.minCycle());
    }
    if (m > 0) {
      int first = t.index(0);
      int last = t.index(m - 1);
      assertThat(first).isPositive();
      assertThat(last).isLessThan(n - 1);
      for (int s = 0; s < first; s++) {
        assertThat(t.isPeak(0) ? x[s] < x[first] : x[s] > x[first]).isTrue();
      }
      for (int s = last + 1; s < n; s++) {
        assertThat(t.isPeak(m - 1) ? x[s] <= x[last] : x[s] >= x[last]).isTrue();
      }
      if (first < r.endExclusion()) {
        double move = x[first] / x[0] - 1;
        assertThat(t.isPeak(0) ? move >= r.minAmplitude() : move <= -r.minAmplitude()).isTrue();
      }
      if (n - 1 - last < r.endExclusion()) {
        double move = x[n - 1] / x[last] - 1;
        assertThat(t.isPeak(m - 1) ? move <= -r.minAmplitude() : move >= r.minAmplitude()).isTrue();
      }
    }
  }
}
