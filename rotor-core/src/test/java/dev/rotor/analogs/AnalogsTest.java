package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.ReturnKind;
import dev.rotor.series.DateSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnalogsTest {

  private static final double TOL = 1e-12;

  /** Monthly month-end dates from January 2000. */
  private static LocalDate month(int i) {
    return YearMonth.of(2000, 1).plusMonths(i).atEndOfMonth();
  }

  private static RelativeSeries monthly(double... level) {
    LocalDate[] d = new LocalDate[level.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = month(i);
    }
    return RelativeSeries.ofLevel(DateSeries.of(d, level), Sampling.MONTHLY);
  }

  // Hand-worked threshold case. Rule: rel over the last month >= 0.05 after rel over the month
  // before <= 0. Levels by index:
  //   0:100 1:95 2:100 3:110 4:99 5:104 6:110 7:100 8:95 9:100 10:96 11:101 12:120 13:100 14:95
  //   15:100 16:110 17:100 (as-of)
  // Qualifying: 2 (100/95-1 = .0526, prior 95/100-1 = -.05), 5 (104/99-1 = .0505, prior 99/110-1),
  // 9 (.0526, prior -.05), 11 (101/96-1 = .052, prior -.04), 15 (.0526, prior -.05).
  // Horizons 1 and 2 months: a candidate needs i + 2 < 17, so 15 is out (its window reaches the
  // as-of). Exclusion 3: keep 2, 5, 9; 11 is 2 after 9.
  private static final RelativeSeries HAND =
      monthly(100, 95, 100, 110, 99, 104, 110, 100, 95, 100, 96, 101, 120, 100, 95, 100, 110, 100);
  private static final ThresholdRule HAND_RULE = new ThresholdRule(1, 0.05, 1, 0.0);
  private static final AnalogSpec HAND_SPEC =
      new AnalogSpec(ReturnKind.SIMPLE, List.of(1, 2), 3, 500, 1, 0.9);

  @Test
  void threshold_handWorked_datesForwardReturnsAndSummary() {
    AnalogResult r = Analogs.threshold(HAND, month(17), HAND_RULE, HAND_SPEC);
    assertThat(r.method()).isEqualTo(AnalogMethod.THRESHOLD);
    assertThat(r.asOf()).isEqualTo(month(17));
    assertThat(r.dates()).containsExactly(month(2), month(5), month(9));
    // as-of state: recent 100/110-1, prior 110/100-1
    assertThat(r.asOfState())
        .extracting(StateFeature::name)
        .containsExactly("recent_1m", "prior_1m");
    assertThat(r.asOfState().get(0).value()).isCloseTo(100.0 / 110 - 1, within(TOL));
    assertThat(r.asOfState().get(1).value()).isCloseTo(0.1, within(TOL));
    assertThat(r.analogs().get(1).state())
        .containsExactly(new double[] {104.0 / 99 - 1, 99.0 / 110 - 1}, within(TOL));
    assertThat(r.analogs().get(0).distance()).isNaN();
    // forward 1m: 110/100-1, 110/104-1, 96/100-1; 2m: 99/100-1, 100/104-1, 101/100-1
    assertThat(r.analogs().get(0).forward())
        .containsExactly(new double[] {0.1, -0.01}, within(TOL));
    assertThat(r.analogs().get(1).forward())
        .containsExactly(new double[] {110.0 / 104 - 1, 100.0 / 104 - 1}, within(TOL));
    assertThat(r.analogs().get(2).forward())
        .containsExactly(new double[] {-0.04, 0.01}, within(TOL));
    ForwardSummary one = r.summary(1);
    assertThat(one.count()).isEqualTo(3);
    assertThat(one.mean()).isCloseTo((0.1 + 6.0 / 104 - 0.04) / 3, within(TOL));
    assertThat(one.median()).isCloseTo(6.0 / 104, within(TOL));
    assertThat(one.hitRate()).isCloseTo(2.0 / 3, within(TOL));
    assertThat(one.thin()).isTrue();
    ForwardSummary two = r.summary(2);
    assertThat(two.mean()).isCloseTo((-0.01 - 4.0 / 104 + 0.01) / 3, within(TOL));
    assertThat(two.median()).isCloseTo(-0.01, within(TOL));
    assertThat(two.hitRate()).isCloseTo(1.0 / 3, within(TOL));
  }

  @Test
  void threshold_handWorked_shorterExclusionKeepsTheFourthEpisode() {
    AnalogSpec spec = HAND_SPEC.withHorizons(List.of(1, 2), 2);
    assertThat(Analogs.threshold(HAND, month(17), HAND_RULE, spec).dates())
        .containsExactly(month(2), month(5), month(9), month(11));
  }

  @Test
  void threshold_asOfBetweenObservations_usesTheLastOnOrBefore() {
    AnalogResult r = Analogs.threshold(HAND, month(17).plusDays(20), HAND_RULE, HAND_SPEC);
    assertThat(r.asOf()).isEqualTo(month(17));
    assertThat(r.dates()).containsExactly(month(2), month(5), month(9));
  }

  @Test
  void threshold_logKind_forwardIsTheLogSpread() {
    AnalogSpec spec = HAND_SPEC.withKind(ReturnKind.LOG);
    // log thresholds: ln(100/95) = .0513 and ln(104/99) = .0493 -> 5 no longer qualifies at 0.05
    AnalogResult r = Analogs.threshold(HAND, month(17), HAND_RULE, spec);
    assertThat(r.dates()).containsExactly(month(2), month(9));
    assertThat(r.analogs().get(0).forward())
        .containsExactly(new double[] {Math.log(1.1), Math.log(0.99)}, within(TOL));
  }

  // Hand-worked nearest-neighbour case: one feature, the 1-month relative return; monthly
  // returns by index 1..8 = .10 -.10 .02 .09 .05 -.03 .01 .085 from a level of 100; as-of 8.
  // Horizon 1: candidates 1..6 (7 + 1 reaches the as-of). |r_i - .085| = .015 .185 .065 .005 .035
  // .115, so the order is 4, 1, 5, 3, 6, 2. Exclusion 2: keep 4, 1; 5 and 3 are next to 4; keep 6.
  // Scale: N-1 sd of the eight returns = 0.06855329001170239 (numpy std(ddof=1)); distance of 4 =
  // 0.005 / sd = 0.0729359597350702, of 1 = 0.21880787920520733, of 6 = 1.6775270739065755.
  // Forward 1-month returns: after 4 r_5 = .05, after 1 r_2 = -.10, after 6 r_7 = .01.
  private static RelativeSeries knnHand() {
    double[] r = {.10, -.10, .02, .09, .05, -.03, .01, .085};
    double[] level = new double[r.length + 1];
    level[0] = 100;
    for (int i = 0; i < r.length; i++) {
      level[i + 1] = level[i] * (1 + r[i]);
    }
    return monthly(level);
  }

  @Test
  void nearest_handWorked_greedyByDistanceWithSpacing() {
    AnalogSpec spec = new AnalogSpec(ReturnKind.SIMPLE, List.of(1), 2, 200, 1, 0.9);
    NeighbourRule rule = new NeighbourRule(3, List.of(1), 0);
    AnalogResult r = Analogs.nearest(knnHand(), month(8), rule, spec);
    assertThat(r.method()).isEqualTo(AnalogMethod.NEAREST_NEIGHBOURS);
    assertThat(r.dates()).containsExactly(month(4), month(1), month(6));
    assertThat(r.analogs())
        .extracting(Analog::distance)
        .satisfiesExactly(
            x -> assertThat(x).isCloseTo(0.0729359597350702, within(TOL)),
            x -> assertThat(x).isCloseTo(0.21880787920520733, within(TOL)),
            x -> assertThat(x).isCloseTo(1.6775270739065755, within(TOL)));
    assertThat(r.analogs())
        .extracting(a -> a.forward(0))
        .satisfiesExactly(
            f -> assertThat(f).isCloseTo(0.05, within(TOL)),
            f -> assertThat(f).isCloseTo(-0.10, within(TOL)),
            f -> assertThat(f).isCloseTo(0.01, within(TOL)));
    assertThat(r.asOfState().get(0).value()).isCloseTo(0.085, within(TOL));
    assertThat(Analogs.nearest(knnHand(), month(8), rule.withK(2), spec).dates())
        .containsExactly(month(4), month(1));
  }

  @Test
  void methods_tooShortSeries_giveNoAnalogsAndNaN() {
    RelativeSeries s = monthly(100, 101, 102);
    AnalogResult t =
        Analogs.threshold(s, month(2), ThresholdRule.defaults(), AnalogSpec.defaults());
    assertThat(t.analogs()).isEmpty();
    assertThat(t.asOfState()).allSatisfy(f -> assertThat(f.value()).isNaN());
    assertThat(t.summaries()).allSatisfy(x -> assertThat(x.count()).isZero());
    assertThat(t.summary(12).mean()).isNaN();
    AnalogResult n = Analogs.nearest(s, month(2), NeighbourRule.defaults(), AnalogSpec.defaults());
    assertThat(n.analogs()).isEmpty();
    // each feature is NaN only when its own lookback is too long: 102/101-1 is measurable
    assertThat(n.asOfState().get(0).value()).isCloseTo(102.0 / 101 - 1, within(TOL));
    assertThat(n.asOfState().subList(1, 5)).allSatisfy(f -> assertThat(f.value()).isNaN());
  }

  @Test
  void methods_asOfBeforeFirstObservation_throwNamingIt() {
    assertThatThrownBy(() -> Analogs.threshold(HAND, month(-1), HAND_RULE, HAND_SPEC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf:");
    RelativeSeries empty = RelativeSeries.ofLevel(DateSeries.empty(), Sampling.DAILY);
    assertThatThrownBy(
            () -> Analogs.nearest(empty, month(0), NeighbourRule.defaults(), AnalogSpec.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  // ---- invariants on seeded random data ----

  /** Two correlated daily random walks on weekdays, about 10 years. */
  private static DateSeries[] dailyPair(long seed) {
    Random rnd = new Random(seed);
    int n = 2600;
    LocalDate[] d = new LocalDate[n];
    double[] small = new double[n];
    double[] large = new double[n];
    LocalDate day = LocalDate.of(2014, 1, 2);
    double s = 1000;
    double b = 2000;
    double drift = 0;
    for (int i = 0; i < n; i++) {
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1);
      }
      d[i] = day;
      day = day.plusDays(1);
      double m = 0.01 * rnd.nextGaussian();
      drift = 0.98 * drift + 0.0004 * rnd.nextGaussian(); // persistent relative trends
      s *= Math.exp(m + drift + 0.006 * rnd.nextGaussian());
      b *= Math.exp(m + 0.002 * rnd.nextGaussian());
      small[i] = s;
      large[i] = b;
    }
    return new DateSeries[] {DateSeries.of(d, small), DateSeries.of(d, large)};
  }

  private static final ThresholdRule LOOSE = new ThresholdRule(1, 0.01, 3, 0.0);

  @Test
  void invariants_randomDailyPairs_nonOverlapNoLookAheadScalingAndTruncation() {
    for (long seed = 1; seed <= 6; seed++) {
      DateSeries[] p = dailyPair(seed);
      RelativeSeries rel = RelativeSeries.ofPair(p[0], p[1], Sampling.DAILY);
      LocalDate asOf = rel.level().dateAt(2000 + (int) (seed * 70));
      AnalogSpec spec = AnalogSpec.defaults().withBootstrap(300, seed, 0.9);
      RelativeSeries scaled =
          RelativeSeries.ofPair(
              p[0].mapValues(v -> v * 37.5), p[1].mapValues(v -> v * 0.01), Sampling.DAILY);
      RelativeSeries truncated =
          RelativeSeries.ofLevel(rel.level().between(null, asOf), Sampling.DAILY);
      for (int method = 0; method < 2; method++) {
        AnalogResult r = run(method, rel, asOf, spec);
        assertThat(r.analogs()).isNotEmpty();
        assertInvariants(r, rel, spec);
        AnalogResult s = run(method, scaled, asOf, spec);
        assertThat(s.dates()).isEqualTo(r.dates());
        for (int j = 0; j < r.analogs().size(); j++) {
          assertThat(s.analogs().get(j).forward())
              .containsExactly(r.analogs().get(j).forward(), within(TOL));
        }
        assertThat(s.summary(12).mean()).isCloseTo(r.summary(12).mean(), within(TOL));
        assertThat(run(method, truncated, asOf, spec)).isEqualTo(r);
      }
    }
  }

  @Test
  void threshold_randomDaily_keepsExactlyTheGreedyByDateSet() {
    DateSeries[] p = dailyPair(11);
    RelativeSeries rel = RelativeSeries.ofPair(p[0], p[1], Sampling.DAILY);
    double[] l = rel.level().values();
    int a = l.length - 1;
    AnalogResult r = Analogs.threshold(rel, rel.level().lastDate(), LOOSE, AnalogSpec.defaults());
    // naive: scan every date, check the rule from the definition, keep if >= 252 after the last
    int last = -1;
    List<LocalDate> expected = new java.util.ArrayList<>();
    for (int i = 84; i + 252 < a; i++) {
      double recent = l[i] / l[i - 21] - 1;
      double prior = l[i - 21] / l[i - 84] - 1;
      if (recent >= 0.01 && prior <= 0 && (last < 0 || i - last >= 252)) {
        expected.add(rel.level().dateAt(i));
        last = i;
      }
    }
    assertThat(expected).hasSizeGreaterThan(3);
    assertThat(r.dates()).isEqualTo(expected);
  }

  @Test
  void nearest_randomMonthly_distancesEqualNaiveRecompute() {
    DateSeries[] p = dailyPair(5);
    // treat the daily walk as monthly observations: 2600 months of data
    LocalDate[] d = new LocalDate[p[0].size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = YearMonth.of(1800, 1).plusMonths(i).atEndOfMonth();
    }
    RelativeSeries rel =
        RelativeSeries.ofPair(
            DateSeries.of(d, p[0].values()), DateSeries.of(d, p[1].values()), Sampling.MONTHLY);
    double[] l = rel.level().values();
    int a = 2400;
    AnalogResult r = Analogs.nearest(rel, d[a], NeighbourRule.defaults(), AnalogSpec.defaults());
    assertThat(r.analogs()).hasSize(10);
    assertInvariants(r, rel, AnalogSpec.defaults());
    int first = 12;
    double[][] x = new double[a + 1][];
    for (int i = first; i <= a; i++) {
      double[] lr = new double[6];
      for (int j = 0; j < 6; j++) {
        lr[j] = Math.log(l[i - 5 + j] / l[i - 6 + j]);
      }
      x[i] =
          new double[] {
            l[i] / l[i - 1] - 1,
            l[i] / l[i - 3] - 1,
            l[i] / l[i - 6] - 1,
            l[i] / l[i - 12] - 1,
            StateFeatures.standardDeviation(lr, 0, 5) * Math.sqrt(12)
          };
    }
    double[] sd = new double[5];
    for (int c = 0; c < 5; c++) {
      double[] col = new double[a - first + 1];
      for (int i = first; i <= a; i++) {
        col[i - first] = x[i][c];
      }
      sd[c] = StateFeatures.standardDeviation(col, 0, col.length - 1);
    }
    for (Analog an : r.analogs()) {
      int i = rel.level().indexOnOrBefore(an.date());
      double ss = 0;
      for (int c = 0; c < 5; c++) {
        double z = (x[i][c] - x[a][c]) / sd[c];
        ss += z * z;
      }
      assertThat(an.distance()).isCloseTo(Math.sqrt(ss), within(TOL));
      assertThat(an.state()).containsExactly(x[i], within(TOL));
    }
    assertThat(r.analogs()).extracting(Analog::distance).isSorted();
  }

  private static AnalogResult run(int method, RelativeSeries s, LocalDate asOf, AnalogSpec spec) {
    return method == 0
        ? Analogs.threshold(s, asOf, LOOSE, spec)
        : Analogs.nearest(s, asOf, NeighbourRule.defaults(), spec);
  }

  private static void assertInvariants(AnalogResult r, RelativeSeries s, AnalogSpec spec) {
    Sampling sampling = s.sampling();
    int a = s.level().indexOnOrBefore(r.asOf());
    int longest = sampling.periods(spec.longestHorizonMonths());
    int exclusion = sampling.periods(spec.exclusionMonths());
    int[] idx = r.dates().stream().mapToInt(d -> s.level().indexOnOrBefore(d)).sorted().toArray();
    for (int j = 0; j < idx.length; j++) {
      assertThat(idx[j] + longest).as("forward window ends before the as-of").isLessThan(a);
      if (j > 0) {
        assertThat(idx[j] - idx[j - 1]).as("non-overlap").isGreaterThanOrEqualTo(exclusion);
      }
    }
    assertThat(r.dates()).doesNotContain(r.asOf());
    for (ForwardSummary f : r.summaries()) {
      assertThat(f.count()).isEqualTo(idx.length);
      assertThat(f.lower()).isLessThanOrEqualTo(f.mean());
      assertThat(f.upper()).isGreaterThanOrEqualTo(f.mean());
    }
  }
}
