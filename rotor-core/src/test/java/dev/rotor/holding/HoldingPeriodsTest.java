package dev.rotor.holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HoldingPeriodsTest {

  /** Hand-worked values and naive recomputes: rounding only. */
  private static final double TOL = 1e-12;

  private static final LocalDate Y2000 = LocalDate.of(2000, 12, 31);

  /** Year-end dates from 2001 on: annual frequency, so an N-year window is N returns. */
  private static DateSeries annual(double... values) {
    LocalDate[] d = new LocalDate[values.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = Y2000.plusYears(i + 1);
    }
    return DateSeries.of(d, values);
  }

  private static DateSeries monthly(double[] values) {
    LocalDate[] d = new LocalDate[values.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = LocalDate.of(1950, 1, 31).plusMonths(i).withDayOfMonth(1).plusMonths(1).minusDays(1);
    }
    return DateSeries.of(d, values);
  }

  // Hand-worked: small returns 10 %, -20 %, 30 %; large 5 % a year.
  // 1y windows: small 0.10, -0.20, 0.30 (median 0.10, mean 0.2/3); small beats in 2 of 3.
  //   relative 1.1/1.05-1 = 0.0476190..., 0.8/1.05-1 = -0.2380952..., 1.3/1.05-1 = 0.2380952...
  // 2y windows: 1.1*0.8 = 0.88 -> sqrt(0.88)-1 = -0.0619146...; 0.8*1.3 = 1.04 -> 0.0198039...
  //   median = mean of the two; large 0.05 both; large beats in both.
  // 3y window: 1.1*0.8*1.3 = 1.144 -> cbrt(1.144)-1 = 0.0458176...; 4y: no window.
  @Test
  void compareReturns_handWorkedAnnual_matchesArithmetic() {
    List<HoldingComparison> rows =
        HoldingPeriods.compareReturns(
            annual(0.10, -0.20, 0.30), annual(0.05, 0.05, 0.05), List.of(1, 2, 3, 4));

    HoldingComparison y1 = rows.get(0);
    assertThat(y1.span())
        .isEqualTo(
            new WindowSpan(1, Frequency.ANNUAL, 1, 3, 3, Y2000.plusYears(1), Y2000.plusYears(3)));
    assertDist(y1.small(), 1.0 / 3, -0.20, 0.10, 0.30, 0.2 / 3);
    assertDist(y1.large(), 0, 0.05, 0.05, 0.05, 0.05);
    assertDist(y1.relative(), 1.0 / 3, 0.8 / 1.05 - 1, 1.1 / 1.05 - 1, 1.3 / 1.05 - 1, relMean());
    assertThat(y1.smallBeatsLarge()).isCloseTo(2.0 / 3, within(TOL));
    assertThat(y1.largeBeatsSmall()).isCloseTo(1.0 / 3, within(TOL));
    assertThat(y1.ties()).isZero();

    HoldingComparison y2 = rows.get(1);
    double a = Math.sqrt(0.88) - 1;
    double b = Math.sqrt(1.04) - 1;
    assertThat(y2.span())
        .isEqualTo(
            new WindowSpan(2, Frequency.ANNUAL, 2, 2, 1, Y2000.plusYears(2), Y2000.plusYears(3)));
    assertDist(y2.small(), 0.5, a, (a + b) / 2, b, (a + b) / 2);
    assertThat(y2.smallBeatsLarge()).isZero();
    assertThat(y2.largeBeatsSmall()).isEqualTo(1.0);

    HoldingComparison y3 = rows.get(2);
    double c = Math.cbrt(1.144) - 1;
    assertDist(y3.small(), 0, c, c, c, c);
    assertThat(y3.largeBeatsSmall()).isEqualTo(1.0);
    assertThat(y3.span().windows()).isEqualTo(1);

    HoldingComparison y4 = rows.get(3);
    assertThat(y4.span()).isEqualTo(new WindowSpan(4, Frequency.ANNUAL, 4, 0, 0, null, null));
    assertThat(y4.small()).isEqualTo(AnnualisedDistribution.empty());
    assertThat(y4.smallBeatsLarge()).isNaN();
  }

  private static double relMean() {
    return ((1.1 / 1.05 - 1) + (0.8 / 1.05 - 1) + (1.3 / 1.05 - 1)) / 3;
  }

  @Test
  void compareLevels_sameGrowthAsReturns_givesSameStatistics() {
    // Levels 100, 110, 88, 114.4 carry the returns 10 %, -20 %, 30 % of the hand-worked case.
    DateSeries small =
        DateSeries.of(
            new LocalDate[] {Y2000, Y2000.plusYears(1), Y2000.plusYears(2), Y2000.plusYears(3)},
            new double[] {100, 110, 88, 114.4});
    DateSeries large = DateSeries.of(small.dates(), new double[] {100, 105, 110.25, 115.7625});
    List<HoldingComparison> fromLevels =
        HoldingPeriods.compareLevels(small, large, List.of(1, 2, 3, 4));
    List<HoldingComparison> fromReturns =
        HoldingPeriods.compareReturns(
            annual(0.10, -0.20, 0.30), annual(0.05, 0.05, 0.05), List.of(1, 2, 3, 4));
    for (int i = 0; i < 4; i++) {
      assertThat(fromLevels.get(i).span()).isEqualTo(fromReturns.get(i).span());
      assertSame(fromLevels.get(i), fromReturns.get(i));
    }
  }

  @Test
  void ofReturns_twelveMonthsOfOnePercent_annualisesToCompoundedYear() {
    double[] r = new double[12];
    Arrays.fill(r, 0.01);
    HoldingPeriod h = HoldingPeriods.ofReturns(monthly(r), List.of(1)).get(0);
    // 1.01^12 - 1 = 0.12682503013196977 (numpy: 1.01**12 - 1)
    assertDist(
        h.returns(),
        0,
        0.12682503013196977,
        0.12682503013196977,
        0.12682503013196977,
        0.12682503013196977);
    assertThat(h.span().frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(h.span().windowPeriods()).isEqualTo(12);
    assertThat(h.span().firstEnd()).isEqualTo(LocalDate.of(1950, 12, 31));
  }

  @Test
  void rollingFromReturns_seededMonthly_equalsNaiveRecompute() {
    for (long seed = 1; seed <= 5; seed++) {
      double[] r = randomReturns(new Random(seed), 600);
      for (int years : HoldingPeriods.STANDARD_YEARS) {
        DateSeries rolled = HoldingPeriods.rollingFromReturns(monthly(r), years);
        int length = 12 * years;
        assertThat(rolled.size()).isEqualTo(r.length - length + 1);
        for (int j = 0; j < rolled.size(); j++) {
          double g = 1;
          for (int k = j; k < j + length; k++) {
            g *= 1 + r[k];
          }
          assertThat(rolled.valueAt(j)).isCloseTo(Math.pow(g, 1.0 / years) - 1, within(TOL));
          assertThat(rolled.dateAt(j)).isEqualTo(monthly(r).dateAt(j + length - 1));
        }
      }
    }
  }

  @Test
  void rollingFromLevels_seededDaily_equalsNaiveRecompute() {
    Random rnd = new Random(11);
    double[] p = levels(randomReturns(rnd, 1300), 50.0);
    LocalDate[] d = new LocalDate[p.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = LocalDate.of(2001, 1, 1).plusDays(i);
    }
    DateSeries s = DateSeries.of(d, p);
    DateSeries rolled = HoldingPeriods.rollingFromLevels(s, 3);
    assertThat(rolled.size()).isEqualTo(p.length - 756);
    for (int j = 0; j < rolled.size(); j++) {
      double naive = Math.pow(p[j + 756] / p[j], 1.0 / 3) - 1;
      assertThat(rolled.valueAt(j)).isCloseTo(naive, within(TOL));
    }
  }

  @Test
  void compareReturns_seeded_probabilitiesAreComplementaryAndConsistent() {
    for (long seed = 1; seed <= 5; seed++) {
      Random rnd = new Random(seed);
      DateSeries small = monthly(randomReturns(rnd, 500));
      DateSeries large = monthly(randomReturns(rnd, 500));
      List<HoldingComparison> rows =
          HoldingPeriods.compareReturns(small, large, HoldingPeriods.STANDARD_YEARS);
      List<HoldingPeriod> alone = HoldingPeriods.ofReturns(small, HoldingPeriods.STANDARD_YEARS);
      for (int i = 0; i < rows.size(); i++) {
        HoldingComparison c = rows.get(i);
        // Continuous draws never tie: P(small beats) + P(large beats) = 1.
        assertThat(c.ties()).isZero();
        assertThat(c.smallBeatsLarge() + c.largeBeatsSmall()).isCloseTo(1.0, within(TOL));
        // The relative return loses exactly when large beats small.
        assertThat(c.relative().lossProbability()).isEqualTo(c.largeBeatsSmall());
        assertThat(c.small()).isEqualTo(alone.get(i).returns());
        // Worst, median, best and mean from the rolling series, sorted independently.
        int years = c.span().years();
        double[] a = HoldingPeriods.rollingFromReturns(small, years).values();
        double[] sorted = a.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        assertThat(c.small().worst()).isEqualTo(sorted[0]);
        assertThat(c.small().best()).isEqualTo(sorted[n - 1]);
        assertThat(c.small().median()).isCloseTo(median, within(TOL));
        assertThat(c.small().mean())
            .isCloseTo(Arrays.stream(a).average().orElseThrow(), within(TOL));
        assertThat(c.small().lossProbability())
            .isEqualTo((double) Arrays.stream(a).filter(x -> x < 0).count() / n);
        assertThat(c.span().independentWindows()).isEqualTo(500 / (12 * years));
      }
    }
  }

  @Test
  void compareLevels_seeded_equalsCompareReturnsOnTheSameGrowth() {
    Random rnd = new Random(5);
    double[] rs = randomReturns(rnd, 480);
    double[] rl = randomReturns(rnd, 480);
    LocalDate[] d = new LocalDate[481];
    for (int i = 0; i < d.length; i++) {
      d[i] = LocalDate.of(1960, 1, 1).plusMonths(i + 1).minusDays(1);
    }
    DateSeries returnsS = DateSeries.of(Arrays.copyOfRange(d, 1, 481), rs);
    DateSeries returnsL = DateSeries.of(Arrays.copyOfRange(d, 1, 481), rl);
    List<HoldingComparison> a =
        HoldingPeriods.compareReturns(returnsS, returnsL, HoldingPeriods.STANDARD_YEARS);
    List<HoldingComparison> b =
        HoldingPeriods.compareLevels(
            DateSeries.of(d, levels(rs, 1.0)),
            DateSeries.of(d, levels(rl, 1.0)),
            HoldingPeriods.STANDARD_YEARS);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).span()).isEqualTo(a.get(i).span());
      assertSame(b.get(i), a.get(i));
    }
  }

  @Test
  void compareReturns_identicalSeries_allTies() {
    DateSeries s = monthly(randomReturns(new Random(3), 100));
    HoldingComparison c = HoldingPeriods.compareReturns(s, s, List.of(1)).get(0);
    assertThat(c.ties()).isEqualTo(1.0);
    assertThat(c.smallBeatsLarge()).isZero();
    assertDist(c.relative(), 0, 0, 0, 0, 0);
  }

  @Test
  void ofLevels_tooShort_givesNoWindowsAndNaN() {
    HoldingPeriod h = HoldingPeriods.ofLevels(annual(1, 2), List.of(1, 2)).get(1);
    assertThat(h.span().windows()).isZero();
    assertThat(h.returns().median()).isNaN();
    assertThat(HoldingPeriods.ofReturns(DateSeries.empty(), List.of(1)).get(0).span().windows())
        .isZero();
  }

  static Stream<Arguments> badYears() {
    return Stream.of(
        Arguments.of(List.of()),
        Arguments.of(List.of(0)),
        Arguments.of(List.of(1, -1)),
        Arguments.of(List.of(201)));
  }

  @ParameterizedTest
  @MethodSource("badYears")
  void compareReturns_badYears_throwsNamingYears(List<Integer> years) {
    DateSeries s = annual(0.1, 0.2);
    assertThatThrownBy(() -> HoldingPeriods.compareReturns(s, s, years))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("years:");
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("returns", -1.0),
        Arguments.of("returns", -1.5),
        Arguments.of("levels", 0.0),
        Arguments.of("levels", -3.0));
  }

  @ParameterizedTest
  @MethodSource("badValues")
  void ofReturnsOrLevels_badValue_throwsNamingArgument(String kind, double bad) {
    DateSeries input = annual(0.1, bad, 0.2);
    assertThatThrownBy(
            () -> {
              if (kind.equals("returns")) {
                HoldingPeriods.ofReturns(input, List.of(1));
              } else {
                HoldingPeriods.ofLevels(input, List.of(1));
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(kind + ":");
  }

  @Test
  void compareLevels_badSmallLevel_namesSmallLevels() {
    DateSeries good = annual(1, 2, 3);
    DateSeries bad = annual(1, -2, 3);
    assertThatThrownBy(() -> HoldingPeriods.compareLevels(bad, good, List.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("smallLevels:");
    assertThatThrownBy(() -> HoldingPeriods.compareReturns(good, annual(0, -1, 0), List.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("largeReturns:");
  }

  private static double[] randomReturns(Random rnd, int n) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = 0.008 + 0.05 * rnd.nextGaussian();
    }
    return r;
  }

  private static double[] levels(double[] r, double start) {
    double[] p = new double[r.length + 1];
    p[0] = start;
    for (int i = 0; i < r.length; i++) {
      p[i + 1] = p[i] * (1 + r[i]);
    }
    return p;
  }

  private static void assertSame(HoldingComparison x, HoldingComparison y) {
    assertDist(x.small(), y.small());
    assertDist(x.large(), y.large());
    assertDist(x.relative(), y.relative());
    // Boxed: Double.equals treats NaN (no window) as equal to NaN.
    assertThat(Double.valueOf(x.smallBeatsLarge())).isEqualTo(Double.valueOf(y.smallBeatsLarge()));
    assertThat(Double.valueOf(x.largeBeatsSmall())).isEqualTo(Double.valueOf(y.largeBeatsSmall()));
  }

  private static void assertDist(AnnualisedDistribution x, AnnualisedDistribution y) {
    if (Double.isNaN(y.median())) {
      assertThat(x).isEqualTo(y);
      return;
    }
    assertDist(x, y.lossProbability(), y.worst(), y.median(), y.best(), y.mean());
  }

  private static void assertDist(
      AnnualisedDistribution d,
      double loss,
      double worst,
      double median,
      double best,
      double mean) {
    assertThat(d.lossProbability()).isCloseTo(loss, within(TOL));
    assertThat(d.worst()).isCloseTo(worst, within(TOL));
    assertThat(d.median()).isCloseTo(median, within(TOL));
    assertThat(d.best()).isCloseTo(best, within(TOL));
    assertThat(d.mean()).isCloseTo(mean, within(TOL));
  }
}
