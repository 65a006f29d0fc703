package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.PriceBasis;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeadershipTest {

  private static final double TOL = 1e-12;
  private static final SeriesId A = SeriesId.of("test/A");
  private static final SeriesId B = SeriesId.of("test/B");
  private static final SeriesId C = SeriesId.of("test/C");

  /**
   * Hand-worked: common dates 2023-12-27 .. 2024-01-05 (B also has 2024-01-04 = 500, which
   * INTERSECT drops); A = 100, 102, 104, 110, 99, 105; B = 200, 202, 198, 200, 210, 205.
   */
  private static Map<SeriesId, DateSeries> small() {
    LocalDate[] d = {
      LocalDate.of(2023, 12, 27),
      LocalDate.of(2023, 12, 28),
      LocalDate.of(2023, 12, 29),
      LocalDate.of(2024, 1, 2),
      LocalDate.of(2024, 1, 3),
      LocalDate.of(2024, 1, 5)
    };
    DateSeries a = DateSeries.of(d, new double[] {100, 102, 104, 110, 99, 105});
    DateSeries.Builder b = DateSeries.builder();
    double[] bv = {200, 202, 198, 200, 210, 205};
    for (int i = 0; i < d.length; i++) {
      b.put(d[i], bv[i]);
    }
    b.put(LocalDate.of(2024, 1, 4), 500);
    return Map.of(A, a, B, b.build());
  }

  private static LeadershipTable smallTable(Window... windows) {
    // Saturday 2024-01-06 has no close: the table uses Friday 2024-01-05
    return Leadership.table(
        small(),
        PriceBasis.PRICE,
        A,
        B,
        Optional.empty(),
        LocalDate.of(2024, 1, 6),
        List.of(windows));
  }

  /**
   * YTD from the 2023-12-29 close (A 104, B 198) to 2024-01-05 (A 105, B 205): rA = 1/104 =
   * 0.009615384615384616, rB = 7/198 = 0.03535353535353535, spread = -265/10296 =
   * -0.02573815073815074, relative = 20790/21320 - 1 = -0.024859287054409006, B leads. History
   * (3-period windows): end 01-02 from 12-27 gives 0.10 - 0 = 0.1; end 01-03 from 12-28 gives
   * 99/102 - 210/202 = -0.06901572510192196; current -0.0257...; 2 of 3 are <= current, so
   * percentile 2/3; mean 0.0017487080533091016, sd (n-1) 0.08779649416462114, z
   * -0.31307467402879585 (python3 fractions/statistics).
   */
  @Test
  void table_handWorkedYtd_matchesArithmetic() {
    LeadershipTable t = smallTable(StandardWindow.YTD);
    assertThat(t.asOfRequested()).isEqualTo(LocalDate.of(2024, 1, 6));
    assertThat(t.asOfUsed()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(t.asOfMoved()).isTrue();
    assertThat(t.alignment()).isEqualTo(Alignment.INTERSECT);
    assertThat(t.basis()).isEqualTo(PriceBasis.PRICE);
    assertThat(t.series()).containsExactly(A, B);
    WindowRow.Available r = (WindowRow.Available) t.row(StandardWindow.YTD);
    assertThat(r.resolved())
        .isEqualTo(
            new ResolvedWindow("ytd", LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 5), 3));
    assertThat(r.returnOf(A).startLevel()).isEqualTo(104);
    assertThat(r.returnOf(A).total()).isCloseTo(0.009615384615384616, within(TOL));
    assertThat(r.returnOf(B).total()).isCloseTo(0.03535353535353535, within(TOL));
    assertThat(r.returnOf(A).isAnnualised()).isFalse();
    PairComparison p = r.pair(A, B);
    assertThat(p.spread()).isCloseTo(-0.02573815073815074, within(TOL));
    assertThat(p.relative()).isCloseTo(-0.024859287054409006, within(TOL));
    assertThat(p.leader()).contains(B);
    SpreadHistory h = p.history();
    assertThat(h.windows()).isEqualTo(3);
    assertThat(h.firstEnd()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(h.lastEnd()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(h.percentile()).isCloseTo(2.0 / 3.0, within(TOL));
    assertThat(h.mean()).isCloseTo(0.0017487080533091016, within(TOL));
    assertThat(h.sd()).isCloseTo(0.08779649416462114, within(TOL));
    assertThat(h.z()).isCloseTo(-0.31307467402879585, within(TOL));
  }

  /**
   * 1w ends 2024-01-05, base = last close on or before 2023-12-29 (that day). History: ends whose
   * date minus 7 days has a close: 01-03 (base 12-27: 99/100 - 210/200 = -0.06) and 01-05. Two
   * windows: the current is the larger, percentile 1, and with n = 2 z = 1/sqrt(2).
   */
  @Test
  void table_handWorkedOneWeek_historyOfTwoWindows() {
    WindowRow.Available r = (WindowRow.Available) smallTable(StandardWindow.ONE_WEEK).rows().get(0);
    assertThat(r.resolved().start()).isEqualTo(LocalDate.of(2023, 12, 29));
    SpreadHistory h = r.pair(A, B).history();
    assertThat(h.windows()).isEqualTo(2);
    assertThat(h.firstEnd()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(h.percentile()).isEqualTo(1.0);
    assertThat(h.z()).isCloseTo(1 / Math.sqrt(2), within(TOL));
  }

  /** max: 12-27 to 01-05, A 105/100 - 1 = 0.05, B 205/200 - 1 = 0.025; one window: NaN rank. */
  @Test
  void table_maxWindow_singleHistoryWindowGivesNaN() {
    WindowRow.Available r = (WindowRow.Available) smallTable(StandardWindow.MAX).rows().get(0);
    assertThat(r.resolved().periods()).isEqualTo(5);
    PairComparison p = r.pair(A, B);
    assertThat(p.spread()).isCloseTo(0.025, within(TOL));
    assertThat(p.relative()).isCloseTo(0.024390243902439025, within(TOL));
    assertThat(p.leader()).contains(A);
    assertThat(p.history().windows()).isEqualTo(1);
    assertThat(p.history().percentile()).isNaN();
    assertThat(p.history().z()).isNaN();
    assertThat(r.returnOf(A).annualised()).isNaN();
  }

  /**
   * 2024-01-03..2024-01-04: base 01-02 (A 110, B 200), end 01-03 (A 99, B 210; B's 01-04 dropped).
   */
  @Test
  void table_explicitWindow_usesItsOwnDates() {
    ExplicitWindow w = Window.between(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
    WindowRow.Available r = (WindowRow.Available) smallTable(w).rows().get(0);
    assertThat(r.resolved().start()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(r.resolved().end()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(r.returnOf(A).total()).isCloseTo(-0.1, within(TOL));
    assertThat(r.returnOf(B).total()).isCloseTo(0.05, within(TOL));
  }

  @Test
  void table_tooShortData_rowsUnavailableWithReason() {
    LeadershipTable t =
        smallTable(
            StandardWindow.ONE_MONTH,
            StandardWindow.TEN_YEARS,
            Window.between(LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 4)),
            Window.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)));
    assertThat(t.rows()).allMatch(r -> r instanceof WindowRow.Unavailable);
    assertThat(((WindowRow.Unavailable) t.rows().get(0)).reason())
        .contains("2023-12-05")
        .contains("2023-12-27");
  }

  /**
   * Monthly month-end levels growing 1 % a month: frequency MONTHLY (12 a year), 3y = 36 periods,
   * annualised 1.01^12 - 1 = 0.12682503013196977 (python3).
   */
  @Test
  void table_threeYearsMonthly_annualisedOverTwelvePeriods() {
    int n = 61;
    LocalDate[] d = new LocalDate[n];
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = LocalDate.of(2021, 1, 31).plusMonths(i).withDayOfMonth(1).plusMonths(1).minusDays(1);
      a[i] = 100 * Math.pow(1.01, i);
      b[i] = 50;
    }
    LeadershipTable t =
        Leadership.table(
            Map.of(A, DateSeries.of(d, a), B, DateSeries.of(d, b)),
            PriceBasis.TOTAL,
            A,
            B,
            Optional.empty(),
            d[n - 1],
            List.of(StandardWindow.THREE_YEARS, StandardWindow.ONE_YEAR));
    assertThat(t.frequency()).isEqualTo(Frequency.MONTHLY);
    WindowRow.Available r = (WindowRow.Available) t.rows().get(0);
    assertThat(r.resolved().periods()).isEqualTo(36);
    assertThat(r.returnOf(A).annualised()).isCloseTo(0.12682503013196977, within(TOL));
    assertThat(r.returnOf(B).annualised()).isCloseTo(0.0, within(TOL));
    assertThat(((WindowRow.Available) t.rows().get(1)).returnOf(A).isAnnualised()).isFalse();
  }

  @Test
  void table_withTech_pairsInDocumentedOrder() {
    Map<SeriesId, DateSeries> m = new HashMap<>(small());
    m.put(C, small().get(A).mapValues(v -> v * 2 + 1));
    LeadershipTable t =
        Leadership.table(
            m,
            PriceBasis.PRICE,
            A,
            B,
            Optional.of(C),
            LocalDate.of(2024, 1, 5),
            List.of(StandardWindow.YTD));
    assertThat(t.pairs())
        .containsExactly(SeriesPair.of(A, B), SeriesPair.of(C, B), SeriesPair.of(A, C));
    assertThat(t.series()).containsExactly(A, B, C);
    assertThat(t.asOfMoved()).isFalse();
  }

  static Stream<Arguments> badTables() {
    Map<SeriesId, DateSeries> ok = small();
    Map<SeriesId, DateSeries> negative = new HashMap<>(ok);
    negative.put(B, ok.get(B).mapValues(v -> v - 201));
    Map<SeriesId, DateSeries> disjoint = new HashMap<>(ok);
    disjoint.put(B, DateSeries.of(new LocalDate[] {LocalDate.of(2000, 1, 3)}, new double[] {1}));
    LocalDate asOf = LocalDate.of(2024, 1, 5);
    List<Window> ytd = List.of(StandardWindow.YTD);
    List<SeriesPair> ab = List.of(SeriesPair.of(A, B));
    return Stream.of(
        Arguments.of("levels", call(ok, ab, asOf, ytd, C)),
        Arguments.of("levels", call(Map.of(A, ok.get(A)), ab, asOf, ytd, null)),
        Arguments.of("levels", call(negative, ab, asOf, ytd, null)),
        Arguments.of("levels", call(disjoint, ab, asOf, ytd, null)),
        Arguments.of("asOf", call(ok, ab, LocalDate.of(2023, 12, 26), ytd, null)),
        Arguments.of("pairs", call(ok, List.of(), asOf, ytd, null)),
        Arguments.of("pairs", call(ok, List.of(ab.get(0), ab.get(0)), asOf, ytd, null)),
        Arguments.of("windows", call(ok, ab, asOf, List.of(), null)),
        Arguments.of(
            "windows", call(ok, ab, asOf, List.of(StandardWindow.YTD, Window.parse("YTD")), null)),
        Arguments.of("tech", call(ok, ab, asOf, ytd, A)));
  }

  private static ThrowingCallable call(
      Map<SeriesId, DateSeries> levels,
      List<SeriesPair> pairs,
      LocalDate asOf,
      List<Window> windows,
      SeriesId tech) {
    if (tech != null) {
      return () ->
          Leadership.table(levels, PriceBasis.PRICE, A, B, Optional.of(tech), asOf, windows);
    }
    return () -> Leadership.table(levels, PriceBasis.PRICE, pairs, asOf, windows);
  }

  @ParameterizedTest
  @MethodSource("badTables")
  void table_badArgument_throwsNamingIt(String name, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  // ---- invariants on seeded random data ----

  /** Random walks on weekdays 2010..2017; each series skips about 3 % of the days on its own. */
  private static Map<SeriesId, DateSeries> randomLevels(long seed) {
    Random rnd = new Random(seed);
    Map<SeriesId, DateSeries> out = new HashMap<>();
    for (SeriesId id : List.of(A, B, C)) {
      DateSeries.Builder b = DateSeries.builder();
      double level = 100 * (1 + rnd.nextDouble());
      for (LocalDate d = LocalDate.of(2010, 1, 4);
          d.isBefore(LocalDate.of(2018, 1, 1));
          d = d.plusDays(1)) {
        if (d.getDayOfWeek().getValue() > 5) {
          continue;
        }
        level *= Math.exp(0.0002 + 0.012 * rnd.nextGaussian());
        if (rnd.nextDouble() > 0.03) {
          b.put(d, level);
        }
      }
      out.put(id, b.build());
    }
    return out;
  }

  private static final List<Window> ALL =
      List.of(
          StandardWindow.YTD,
          StandardWindow.MTD,
          StandardWindow.QTD,
          StandardWindow.ONE_WEEK,
          StandardWindow.ONE_MONTH,
          StandardWindow.THREE_MONTHS,
          StandardWindow.SIX_MONTHS,
          StandardWindow.ONE_YEAR,
          StandardWindow.THREE_YEARS,
          StandardWindow.FIVE_YEARS,
          StandardWindow.TEN_YEARS,
          StandardWindow.MAX,
          Window.between(LocalDate.of(2012, 3, 3), LocalDate.of(2012, 9, 30)));

  /**
   * Naive recompute: every historical window rebuilt from a fresh prefix copy of the series with
   * DateSeries.asOf, its spread compared by sorting, mean and sd from Hipparchus
   * DescriptiveStatistics.
   */
  @Test
  void table_randomData_historyEqualsNaiveRecompute() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 6; trial++) {
      Map<SeriesId, DateSeries> levels = randomLevels(100 + trial);
      LocalDate asOf = LocalDate.of(2015, 2, 1).plusDays(rnd.nextInt(1000));
      LeadershipTable t =
          Leadership.table(levels, PriceBasis.PRICE, A, B, Optional.of(C), asOf, ALL);
      LocalDate[] common = commonDates(levels);
      for (WindowRow row : t.rows()) {
        if (!(row instanceof WindowRow.Available r)) {
          assertThat(row.window()).isEqualTo(StandardWindow.TEN_YEARS);
          continue;
        }
        for (PairComparison p : r.pairs()) {
          checkNaive(levels, common, r, p);
        }
      }
    }
  }

  private static void checkNaive(
      Map<SeriesId, DateSeries> levels,
      LocalDate[] common,
      WindowRow.Available r,
      PairComparison p) {
    DateSeries a = onDates(levels.get(p.pair().a()), common);
    DateSeries b = onDates(levels.get(p.pair().b()), common);
    int k = r.resolved().periods();
    List<Double> h = new ArrayList<>();
    List<LocalDate> ends = new ArrayList<>();
    for (int j = 0; j < common.length && !common[j].isAfter(r.resolved().end()); j++) {
      DateSeries pa = a.between(null, common[j]);
      DateSeries pb = b.between(null, common[j]);
      LocalDate baseDate;
      if (r.window() instanceof StandardWindow w && w.offset().isPresent()) {
        LocalDate limit = common[j].minus(w.offset().get());
        int bi = pa.indexOnOrBefore(limit);
        if (bi < 0) {
          continue;
        }
        baseDate = pa.dateAt(bi);
      } else {
        if (j < k) {
          continue;
        }
        baseDate = common[j - k];
      }
      double ra = pa.lastValue() / pa.get(baseDate).orElseThrow() - 1;
      double rb = pb.lastValue() / pb.get(baseDate).orElseThrow() - 1;
      h.add(ra - rb);
      ends.add(common[j]);
    }
    double current = h.get(h.size() - 1);
    assertThat(p.spread()).isEqualTo(current);
    SpreadHistory s = p.history();
    assertThat(s.windows()).as(r.window().label()).isEqualTo(h.size());
    assertThat(s.firstEnd()).isEqualTo(ends.get(0));
    assertThat(s.lastEnd()).isEqualTo(r.resolved().end());
    double[] sorted = h.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int upper = 0;
    while (upper < sorted.length && sorted[upper] <= current) {
      upper++;
    }
    DescriptiveStatistics ds = new DescriptiveStatistics(sorted);
    if (h.size() < 2) {
      assertThat(s.percentile()).isNaN();
      return;
    }
    assertThat(s.percentile()).isEqualTo((double) upper / sorted.length);
    assertThat(s.mean()).isCloseTo(ds.getMean(), within(TOL));
    assertThat(s.sd()).isCloseTo(ds.getStandardDeviation(), within(TOL));
    assertThat(s.z()).isCloseTo((current - ds.getMean()) / ds.getStandardDeviation(), within(1e-9));
  }

  private static LocalDate[] commonDates(Map<SeriesId, DateSeries> levels) {
    return Arrays.stream(levels.get(A).dates())
        .filter(d -> levels.get(B).contains(d) && levels.get(C).contains(d))
        .toArray(LocalDate[]::new);
  }

  private static DateSeries onDates(DateSeries s, LocalDate[] dates) {
    double[] v = new double[dates.length];
    for (int i = 0; i < dates.length; i++) {
      v[i] = s.get(dates[i]).orElseThrow();
    }
    return DateSeries.of(dates, v);
  }

  @Test
  void table_seriesScaledByConstant_returnsAndRanksUnchanged() {
    Map<SeriesId, DateSeries> levels = randomLevels(7);
    LocalDate asOf = LocalDate.of(2016, 5, 17);
    LeadershipTable t = Leadership.table(levels, PriceBasis.PRICE, A, B, Optional.of(C), asOf, ALL);
    Map<SeriesId, DateSeries> scaled = new HashMap<>(levels);
    scaled.put(A, levels.get(A).mapValues(v -> v * 37.5));
    scaled.put(B, levels.get(B).mapValues(v -> v * 1e-3));
    LeadershipTable u = Leadership.table(scaled, PriceBasis.PRICE, A, B, Optional.of(C), asOf, ALL);
    for (int i = 0; i < t.rows().size(); i++) {
      if (!(t.rows().get(i) instanceof WindowRow.Available r)) {
        continue;
      }
      WindowRow.Available s = (WindowRow.Available) u.rows().get(i);
      for (SeriesId id : t.series()) {
        assertThat(s.returnOf(id).total()).isCloseTo(r.returnOf(id).total(), within(TOL));
      }
      for (int p = 0; p < r.pairs().size(); p++) {
        assertThat(s.pairs().get(p).spread()).isCloseTo(r.pairs().get(p).spread(), within(TOL));
        assertThat(Double.valueOf(s.pairs().get(p).history().percentile()))
            .isEqualTo(Double.valueOf(r.pairs().get(p).history().percentile()));
        closeOrBothNaN(s.pairs().get(p).history().z(), r.pairs().get(p).history().z(), 1e-9);
      }
    }
  }

  private static void closeOrBothNaN(double actual, double expected, double tol) {
    if (Double.isNaN(expected)) {
      assertThat(actual).isNaN();
    } else {
      assertThat(actual).isCloseTo(expected, within(tol));
    }
  }

  @Test
  void table_pairSwapped_spreadNegatedAndPercentileMirrored() {
    Map<SeriesId, DateSeries> levels = randomLevels(8);
    LocalDate asOf = LocalDate.of(2017, 2, 10);
    LeadershipTable t =
        Leadership.table(
            levels, PriceBasis.PRICE, List.of(SeriesPair.of(A, B), SeriesPair.of(B, A)), asOf, ALL);
    for (WindowRow row : t.rows()) {
      if (!(row instanceof WindowRow.Available r)) {
        continue;
      }
      PairComparison ab = r.pair(A, B);
      PairComparison ba = r.pair(B, A);
      assertThat(ba.spread()).isEqualTo(-ab.spread());
      assertThat(ba.leader()).isEqualTo(ab.leader());
      assertThat((1 + ab.relative()) * (1 + ba.relative())).isCloseTo(1.0, within(TOL));
      assertThat(Math.signum(ab.relative())).isEqualTo(Math.signum(ab.spread()));
      int n = ab.history().windows();
      if (n >= 2) {
        // no ties in continuous data: p(b-a) = 1 - p(a-b) + 1/n
        assertThat(ba.history().percentile())
            .isCloseTo(1 - ab.history().percentile() + 1.0 / n, within(TOL));
        assertThat(ba.history().z()).isCloseTo(-ab.history().z(), within(1e-9));
      }
    }
  }

  @Test
  void table_extraDatesInOneSeries_ignoredByIntersect() {
    Map<SeriesId, DateSeries> levels = randomLevels(9);
    LocalDate asOf = LocalDate.of(2015, 8, 3);
    List<SeriesPair> ab = List.of(SeriesPair.of(A, B));
    LeadershipTable t = Leadership.table(levels, PriceBasis.PRICE, ab, asOf, ALL);
    LocalDate[] common =
        Arrays.stream(levels.get(A).dates())
            .filter(levels.get(B)::contains)
            .toArray(LocalDate[]::new);
    Map<SeriesId, DateSeries> trimmed =
        Map.of(A, onDates(levels.get(A), common), B, onDates(levels.get(B), common));
    assertThat(Leadership.table(trimmed, PriceBasis.PRICE, ab, asOf, ALL)).isEqualTo(t);
  }

  @Test
  void table_asOfOnWeekend_sameFiguresAsLastClose() {
    Map<SeriesId, DateSeries> levels = randomLevels(10);
    LocalDate sunday = LocalDate.of(2016, 11, 13);
    LeadershipTable t =
        Leadership.table(levels, PriceBasis.PRICE, A, B, Optional.empty(), sunday, ALL);
    LeadershipTable f =
        Leadership.table(levels, PriceBasis.PRICE, A, B, Optional.empty(), t.asOfUsed(), ALL);
    assertThat(t.asOfUsed()).isBefore(sunday).isAfter(sunday.minusDays(7));
    assertThat(t.rows()).isEqualTo(f.rows());
  }
}
