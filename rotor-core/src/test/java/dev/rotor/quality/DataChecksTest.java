package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.series.SeriesInfo;
import dev.rotor.series.SeriesKind;
import dev.rotor.shareddata.SharedData;
import dev.rotor.time.TradingCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataChecksTest {

  private static final double NAN = Double.NaN;
  private static final CheckThresholds T = CheckThresholds.defaults();

  /** January 2024: the 1st is a Monday; holidays on the 1st and the 15th. */
  private static final WeekdaysCalendar CAL = WeekdaysCalendar.withHolidays(jan(1), jan(15));

  private static LocalDate jan(int day) {
    return LocalDate.of(2024, 1, day);
  }

  static SeriesInfo info(SeriesKind kind, Frequency freq) {
    return new SeriesInfo(SeriesId.of("test/" + kind.label()), "test", kind, freq, "USD", false);
  }

  /** A finding without its message, for exact comparison of what was found where. */
  record Found(CheckKind check, Severity severity, LocalDate from, LocalDate to, int count) {
    static Found of(Finding f) {
      return new Found(f.check(), f.severity(), f.from(), f.to(), f.count());
    }
  }

  static List<Found> found(SeriesCheckReport r) {
    return r.findings().stream().map(Found::of).toList();
  }

  // ---------------------------------------------------------------- golden hand-made series

  /**
   * Sixteen daily bars of a stock in January 2024 with planted problems: a Saturday row (6th), a
   * missing trading day (Thu 11th), a bar with close above high (9th), a zero close (10th), a
   * missing open (12th), zero volume (16th) and a 2-for-1 split-like drop (22nd) followed by five
   * equal closes (22nd..26th).
   */
  static BarSeries goldenBars() {
    LocalDate[] d = {
      jan(2), jan(3), jan(4), jan(5), jan(6), jan(8), jan(9), jan(10), jan(12), jan(16), jan(17),
      jan(18), jan(19), jan(22), jan(23), jan(24), jan(25), jan(26)
    };
    double[] c = {
      100, 101, 102, 101, 101.5, 102, 103, 0, 102, 104, 103, 104, 105, 52, 52, 52, 52, 52
    };
    double[] o = c.clone();
    double[] h = new double[c.length];
    double[] l = new double[c.length];
    double[] v = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      h[i] = c[i] + 1;
      l[i] = c[i] - 1;
      v[i] = 1000;
    }
    h[6] = 102; // close 103 above high 102 on the 9th
    o[8] = NAN; // open missing on the 12th
    v[9] = 0; // zero volume on the 16th
    l[7] = -1; // the zero-close bar has a negative low too
    Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
    cols.put(BarField.OPEN, o);
    cols.put(BarField.HIGH, h);
    cols.put(BarField.LOW, l);
    cols.put(BarField.CLOSE, c);
    cols.put(BarField.VOLUME, v);
    return BarSeries.of(d, cols);
  }

  @Test
  void check_goldenStockBars_exactFindings() {
    SeriesCheckReport r =
        DataChecks.check(info(SeriesKind.STOCK, Frequency.DAILY), goldenBars(), CAL, T);
    assertThat(r.id()).isEqualTo(SeriesId.of("test/stock"));
    assertThat(r.observations()).isEqualTo(18);
    assertThat(r.checked()).isEqualTo(EnumSet.allOf(CheckKind.class));
    assertThat(found(r))
        .containsExactly(
            new Found(CheckKind.GAP, Severity.WARNING, jan(11), jan(11), 1),
            new Found(CheckKind.NON_TRADING_DAY, Severity.WARNING, jan(6), jan(6), 1),
            new Found(CheckKind.NON_POSITIVE_PRICE, Severity.ERROR, jan(10), jan(10), 1),
            new Found(CheckKind.NON_POSITIVE_PRICE, Severity.ERROR, jan(10), jan(10), 1),
            new Found(CheckKind.NON_POSITIVE_PRICE, Severity.ERROR, jan(10), jan(10), 1),
            new Found(CheckKind.MISSING_FIELD, Severity.WARNING, jan(12), jan(12), 1),
            new Found(CheckKind.OHLC_INCONSISTENT, Severity.ERROR, jan(9), jan(9), 1),
            new Found(CheckKind.STALE_RUN, Severity.WARNING, jan(22), jan(26), 5),
            new Found(CheckKind.SPLIT_LIKE, Severity.WARNING, jan(22), jan(22), 1),
            new Found(CheckKind.VOLUME, Severity.WARNING, jan(16), jan(16), 1));
    // Open, low and close of the 10th are each non-positive, in field order.
    assertThat(r.findings(CheckKind.NON_POSITIVE_PRICE))
        .extracting(Finding::message)
        .containsExactly(
            "open <= 0 on 1 observation: 2024-01-10 (0.0)",
            "low <= 0 on 1 observation: 2024-01-10 (-1.0)",
            "close <= 0 on 1 observation: 2024-01-10 (0.0)");
    assertThat(r.errorCount()).isEqualTo(4);
    assertThat(r.warningCount()).isEqualTo(6);
  }

  @Test
  void check_goldenBarsAsIndex_noVolumeNoSplitButJumps() {
    SeriesCheckReport r =
        DataChecks.check(info(SeriesKind.INDEX, Frequency.DAILY), goldenBars(), CAL, T);
    assertThat(r.checked()).doesNotContain(CheckKind.VOLUME, CheckKind.SPLIT_LIKE);
    // The halving on the 22nd is a jump for an index; moves to and from the zero close are skipped.
    assertThat(r.findings(CheckKind.JUMP)).extracting(Finding::from).containsExactly(jan(22));
    assertThat(r.findings(CheckKind.VOLUME)).isEmpty();
  }

  @Test
  void check_weeklyFrequency_skipsCalendarJumpAndSplitChecks() {
    SeriesCheckReport r =
        DataChecks.check(info(SeriesKind.ETF, Frequency.WEEKLY), goldenBars(), CAL, T);
    assertThat(r.checked())
        .containsExactlyInAnyOrder(
            CheckKind.NON_POSITIVE_PRICE,
            CheckKind.MISSING_FIELD,
            CheckKind.OHLC_INCONSISTENT,
            CheckKind.VOLUME,
            CheckKind.STALE_RUN);
    assertThat(r.findings()).extracting(Finding::check).doesNotContain(CheckKind.GAP);
  }

  @Test
  void check_dateSeriesStock_closeChecksOnly() {
    DateSeries s = goldenBars().closes();
    SeriesCheckReport r = DataChecks.check(info(SeriesKind.STOCK, Frequency.DAILY), s, CAL, T);
    assertThat(r.checked())
        .containsExactlyInAnyOrder(
            CheckKind.NON_POSITIVE_PRICE,
            CheckKind.STALE_RUN,
            CheckKind.GAP,
            CheckKind.NON_TRADING_DAY,
            CheckKind.JUMP,
            CheckKind.SPLIT_LIKE);
    assertThat(found(r))
        .containsExactly(
            new Found(CheckKind.GAP, Severity.WARNING, jan(11), jan(11), 1),
            new Found(CheckKind.NON_TRADING_DAY, Severity.WARNING, jan(6), jan(6), 1),
            new Found(CheckKind.NON_POSITIVE_PRICE, Severity.ERROR, jan(10), jan(10), 1),
            new Found(CheckKind.STALE_RUN, Severity.WARNING, jan(22), jan(26), 5),
            new Found(CheckKind.SPLIT_LIKE, Severity.WARNING, jan(22), jan(22), 1));
  }

  @Test
  void check_nonPriceKinds_noChecksNoFindings() {
    DateSeries negatives = DateSeries.of(new LocalDate[] {jan(6), jan(20)}, new double[] {-1, -1});
    for (SeriesKind k :
        List.of(SeriesKind.MACRO, SeriesKind.FACTOR, SeriesKind.RETURNS, SeriesKind.FUNDAMENTAL)) {
      SeriesCheckReport r = DataChecks.check(info(k, Frequency.DAILY), negatives, CAL, T);
      assertThat(r.checked()).isEmpty();
      assertThat(r.isClean()).isTrue();
      assertThat(r.observations()).isEqualTo(2);
      SeriesCheckReport b = DataChecks.check(info(k, Frequency.DAILY), goldenBars(), CAL, T);
      assertThat(b.checked()).isEmpty();
      assertThat(b.isClean()).isTrue();
    }
  }

  @Test
  void check_emptySeries_cleanReport() {
    SeriesCheckReport r =
        DataChecks.check(info(SeriesKind.STOCK, Frequency.DAILY), DateSeries.empty(), CAL, T);
    assertThat(r.isClean()).isTrue();
    assertThat(r.observations()).isZero();
    BarSeries empty = BarSeries.of(new LocalDate[0], Map.of(BarField.CLOSE, new double[0]));
    assertThat(DataChecks.check(info(SeriesKind.ETF, Frequency.DAILY), empty, CAL, T).isClean())
        .isTrue();
  }

  static Stream<Arguments> nullArguments() {
    SeriesInfo i = info(SeriesKind.STOCK, Frequency.DAILY);
    BarSeries b = goldenBars();
    DateSeries s = b.closes();
    return Stream.of(
        Arguments.of(null, b, s, CAL, T, "info"),
        Arguments.of(i, null, null, CAL, T, "bars"),
        Arguments.of(i, b, s, null, T, "cal"),
        Arguments.of(i, b, s, CAL, null, "t"));
  }

  @ParameterizedTest
  @MethodSource("nullArguments")
  void check_nullArgument_throwsNamingIt(
      SeriesInfo i, BarSeries b, DateSeries s, TradingCalendar cal, CheckThresholds t, String arg) {
    assertThatThrownBy(() -> DataChecks.check(i, b, cal, t))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(arg);
    String seriesArg = arg.equals("bars") ? "series" : arg;
    assertThatThrownBy(() -> DataChecks.check(i, s, cal, t))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(seriesArg);
  }

  // ---------------------------------------------------- invariants on seeded random walks

  private static final WeekdaysCalendar WALK_CAL = SeededWalk.CAL;
  private static final int WALK_DAYS = 750;
  private static final int SEEDS = 20;

  @Test
  void check_cleanRandomWalks_noFindingsForEveryPriceKind() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      BarSeries bars = new SeededWalk(new Random(seed), WALK_DAYS).bars();
      for (SeriesKind k : List.of(SeriesKind.INDEX, SeriesKind.ETF, SeriesKind.STOCK)) {
        SeriesCheckReport r = DataChecks.check(info(k, Frequency.DAILY), bars, WALK_CAL, T);
        assertThat(r.findings()).as("seed %d kind %s", seed, k).isEmpty();
        assertThat(DataChecks.check(info(k, Frequency.DAILY), bars.closes(), WALK_CAL, T).isClean())
            .isTrue();
      }
    }
  }

  @Test
  void check_plantedIsolatedGaps_oneWarningCountingThem() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Random rnd = new Random(seed);
      SeededWalk w = new SeededWalk(rnd, WALK_DAYS);
      int k = 1 + rnd.nextInt(8);
      int[] idx = SeededWalk.spacedIndices(rnd, k, WALK_DAYS);
      Set<Integer> drop = new HashSet<>();
      for (int i : idx) {
        drop.add(i);
      }
      SeriesCheckReport r =
          DataChecks.check(info(SeriesKind.ETF, Frequency.DAILY), w.bars(drop), WALK_CAL, T);
      assertThat(found(r))
          .containsExactly(
              new Found(CheckKind.GAP, Severity.WARNING, w.d[idx[0]], w.d[idx[k - 1]], k));
    }
  }

  @Test
  void check_plantedLongGapRun_oneError() {
    Random rnd = new Random(99);
    SeededWalk w = new SeededWalk(rnd, WALK_DAYS);
    int start = 200;
    int length = T.longGapRun() + 5;
    Set<Integer> drop = new HashSet<>();
    for (int i = start; i < start + length; i++) {
      drop.add(i);
    }
    SeriesCheckReport r =
        DataChecks.check(info(SeriesKind.INDEX, Frequency.DAILY), w.bars(drop), WALK_CAL, T);
    assertThat(found(r))
        .containsExactly(
            new Found(CheckKind.GAP, Severity.ERROR, w.d[start], w.d[start + length - 1], length));
  }

  @Test
  void check_plantedStaleRuns_exactlyThoseRuns() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Random rnd = new Random(seed);
      SeededWalk w = new SeededWalk(rnd, WALK_DAYS);
      int k = 1 + rnd.nextInt(6);
      int[] idx = SeededWalk.spacedIndices(rnd, k, WALK_DAYS);
      Found[] expected = new Found[k];
      for (int j = 0; j < k; j++) {
        int length = T.staleRun() + rnd.nextInt(4);
        w.flatten(idx[j], length);
        expected[j] =
            new Found(
                CheckKind.STALE_RUN,
                Severity.WARNING,
                w.d[idx[j]],
                w.d[idx[j] + length - 1],
                length);
      }
      SeriesCheckReport r =
          DataChecks.check(info(SeriesKind.STOCK, Frequency.DAILY), w.bars(), WALK_CAL, T);
      assertThat(found(r)).as("seed %d", seed).containsExactly(expected);
    }
  }

  @Test
  void check_plantedIndexJumps_exactlyThoseJumps() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Random rnd = new Random(seed);
      SeededWalk w = new SeededWalk(rnd, WALK_DAYS);
      int k = 1 + rnd.nextInt(6);
      int[] idx = SeededWalk.spacedIndices(rnd, k, WALK_DAYS);
      Found[] expected = new Found[k];
      for (int j = 0; j < k; j++) {
        // +-35 % to +-45 %: beyond the 25 % index threshold even after the day's own move.
        double size = 0.35 + 0.1 * rnd.nextDouble();
        w.scaleFrom(idx[j], rnd.nextBoolean() ? 1 + size : 1 - size);
        expected[j] = new Found(CheckKind.JUMP, Severity.WARNING, w.d[idx[j]], w.d[idx[j]], 1);
      }
      SeriesCheckReport r =
          DataChecks.check(info(SeriesKind.INDEX, Frequency.DAILY), w.bars(), WALK_CAL, T);
      assertThat(found(r)).as("seed %d", seed).containsExactly(expected);
    }
  }

  @Test
  void check_plantedStockSplits_exactlySplitLikeAndNoJumps() {
    int[] factors = {2, 3, 4, 5, 10, 20};
    for (long seed = 1; seed <= SEEDS; seed++) {
      Random rnd = new Random(seed);
      SeededWalk w = new SeededWalk(rnd, WALK_DAYS);
      int k = 1 + rnd.nextInt(5);
      int[] idx = SeededWalk.spacedIndices(rnd, k, WALK_DAYS);
      Found[] expected = new Found[k];
      for (int j = 0; j < k; j++) {
        int f = factors[rnd.nextInt(factors.length)];
        w.scaleFrom(idx[j], rnd.nextBoolean() ? 1.0 / f : f);
        expected[j] =
            new Found(CheckKind.SPLIT_LIKE, Severity.WARNING, w.d[idx[j]], w.d[idx[j]], 1);
      }
      SeriesCheckReport r =
          DataChecks.check(info(SeriesKind.STOCK, Frequency.DAILY), w.bars(), WALK_CAL, T);
      assertThat(found(r)).as("seed %d", seed).containsExactly(expected);
    }
  }

  // ------------------------------------------------------------------ real data

  /**
   * NVDA daily bars (split-adjusted, README section 2) against a weekdays-only calendar.
   *
   * <p>Oracle, pandas 1.5.3 with {@code /usr/bin/python3}: {@code d = pd.read_csv(
   * 'market-base/stocks/NVDA.csv', parse_dates=['date']); wd = pd.bdate_range(d.date.min(),
   * d.date.max()); m = wd.difference(d.date)} gives 2552 rows, 97 missing weekdays (all exchange
   * holidays, none adjacent in weekday order; first 2016-07-04, last 2026-07-03), no weekend rows;
   * {@code d.close.pct_change().abs()} peaks at 0.3018 on 2016-11-11 and exceeds 0.25 nowhere else.
   */
  @Test
  void check_nvdaRealData_noSplitLikeAndNoErrors() throws IOException {
    BarSeries bars = readBars("market-base/stocks/NVDA.csv");
    SeriesInfo nvda =
        new SeriesInfo(
            SeriesId.of("market-base/stocks/NVDA"),
            "NVIDIA",
            SeriesKind.STOCK,
            Frequency.DAILY,
            "USD",
            false);
    TradingCalendar weekdays = WeekdaysCalendar.weekdays();
    SeriesCheckReport r = DataChecks.check(nvda, bars, weekdays, T);

    assertThat(r.observations()).isEqualTo(2552);
    assertThat(r.findings(CheckKind.SPLIT_LIKE)).isEmpty(); // the June 2024 10:1 split is adjusted
    assertThat(r.findings(CheckKind.NON_POSITIVE_PRICE)).isEmpty();
    assertThat(r.errorCount()).isZero();
    assertThat(found(r))
        .containsExactly(
            new Found(
                CheckKind.GAP,
                Severity.WARNING,
                LocalDate.of(2016, 7, 4),
                LocalDate.of(2026, 7, 3),
                97));

    // With the ETF-like 25 % threshold the one larger move shows as a jump.
    SeriesCheckReport tight =
        DataChecks.check(nvda, bars, weekdays, T.withJumpThreshold(SeriesKind.STOCK, 0.25));
    assertThat(tight.findings(CheckKind.JUMP))
        .extracting(Finding::from)
        .containsExactly(LocalDate.of(2016, 11, 11));
  }

  /** Undoing the 2024-06-10 10:1 adjustment (prices before it times 10) makes it split-like. */
  @Test
  void check_nvdaWithSplitUndone_oneSplitLikeOnSplitDay() throws IOException {
    BarSeries bars = readBars("market-base/stocks/NVDA.csv");
    LocalDate splitDay = LocalDate.of(2024, 6, 10);
    LocalDate[] d = bars.dates();
    double[] c = bars.column(BarField.CLOSE);
    for (int i = 0; i < d.length && d[i].isBefore(splitDay); i++) {
      c[i] *= 10;
    }
    DateSeries raw = DateSeries.of(d, c);
    SeriesCheckReport r =
        DataChecks.check(
            info(SeriesKind.STOCK, Frequency.DAILY), raw, WeekdaysCalendar.weekdays(), T);
    assertThat(r.findings(CheckKind.SPLIT_LIKE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.from()).isEqualTo(splitDay);
              assertThat(f.message()).endsWith("like a 10-for-1 split");
            });
    assertThat(r.findings(CheckKind.JUMP)).isEmpty();
  }

  /**
   * Minimal reader for {@code date,open,high,low,close,volume,...} files (the real importers live
   * in rotor-store); an empty cell is a missing value.
   */
  static BarSeries readBars(String relative) throws IOException {
    List<String> lines = Files.readAllLines(SharedData.file(relative));
    int n = lines.size() - 1;
    LocalDate[] d = new LocalDate[n];
    double[][] cols = new double[5][n];
    for (int i = 0; i < n; i++) {
      String[] cells = lines.get(i + 1).split(",", -1);
      d[i] = LocalDate.parse(cells[0]);
      for (int k = 0; k < 5; k++) {
        cols[k][i] = cells[k + 1].isEmpty() ? NAN : Double.parseDouble(cells[k + 1]);
      }
    }
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.OPEN, cols[0]);
    m.put(BarField.HIGH, cols[1]);
    m.put(BarField.LOW, cols[2]);
    m.put(BarField.CLOSE, cols[3]);
    m.put(BarField.VOLUME, cols[4]);
    return BarSeries.of(d, m);
  }
}
