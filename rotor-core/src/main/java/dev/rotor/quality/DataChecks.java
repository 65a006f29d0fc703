package dev.rotor.quality;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesInfo;
import dev.rotor.series.SeriesKind;
import dev.rotor.time.TradingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Data-quality checks of one series: the logic behind {@code rotor check-data}. Stateless and pure;
 * the calendar is an argument.
 *
 * <h2>Which checks run</h2>
 *
 * <p>Only price series ({@link SeriesKind#isLevel()}: INDEX, ETF, STOCK) are checked; for other
 * kinds the report is empty and {@link SeriesCheckReport#checked()} is empty. For a price series:
 *
 * <table>
 *   <caption>Checks by series shape</caption>
 *   <tr><th>check</th><th>applies to</th><th>severity</th></tr>
 *   <tr><td>{@link CheckKind#NON_POSITIVE_PRICE}</td><td>all</td><td>error</td></tr>
 *   <tr><td>{@link CheckKind#STALE_RUN}</td><td>all (on the close)</td><td>warning</td></tr>
 *   <tr><td>{@link CheckKind#MISSING_FIELD}, {@link CheckKind#OHLC_INCONSISTENT}</td>
 *       <td>bars</td><td>warning, error</td></tr>
 *   <tr><td>{@link CheckKind#VOLUME}</td><td>bars with a volume column, not INDEX</td>
 *       <td>warning (zero/missing), error (negative)</td></tr>
 *   <tr><td>{@link CheckKind#GAP}</td><td>{@link Frequency#DAILY}</td>
 *       <td>warning, error for a run over {@link CheckThresholds#longGapRun()}</td></tr>
 *   <tr><td>{@link CheckKind#NON_TRADING_DAY}, {@link CheckKind#JUMP}</td>
 *       <td>{@link Frequency#DAILY}</td><td>warning</td></tr>
 *   <tr><td>{@link CheckKind#SPLIT_LIKE}</td><td>{@link Frequency#DAILY} STOCK and ETF</td>
 *       <td>warning</td></tr>
 * </table>
 *
 * <p>Jumps, split-like moves and stale runs look at the close only (not the adjusted close). The
 * frequency is the one declared in {@link SeriesInfo}, not inferred. Duplicate dates are not
 * checked here: the series types reject them at construction and the importers report them with the
 * file line (see {@link CheckKind}).
 *
 * <p>Cost: O(n) in the observations, plus one {@link TradingCalendar#isTradingDay} call per
 * calendar day between the first and last observation of a daily series.
 */
public final class DataChecks {

  /** Price fields checked for non-positive and missing values, in message order. */
  private static final BarField[] PRICE_FIELDS = {
    BarField.OPEN, BarField.HIGH, BarField.LOW, BarField.CLOSE, BarField.ADJ_CLOSE
  };

  private DataChecks() {}

  /**
   * Checks OHLCV bars.
   *
   * @param info the series' id, kind and frequency
   * @param bars the bars
   * @param cal the exchange calendar for gaps and non-trading days
   * @param t thresholds, usually {@link CheckThresholds#defaults()}
   * @throws NullPointerException naming a null argument
   */
  public static SeriesCheckReport check(
      SeriesInfo info, BarSeries bars, TradingCalendar cal, CheckThresholds t) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(bars, "bars");
    Objects.requireNonNull(cal, "cal");
    Objects.requireNonNull(t, "t");
    Set<CheckKind> checked = EnumSet.noneOf(CheckKind.class);
    List<Finding> out = new ArrayList<>();
    if (info.kind().isLevel()) {
      LocalDate[] dates = bars.dates();
      checked.add(CheckKind.NON_POSITIVE_PRICE);
      checked.add(CheckKind.MISSING_FIELD);
      checked.add(CheckKind.OHLC_INCONSISTENT);
      for (BarField f : PRICE_FIELDS) {
        if (bars.has(f)) {
          double[] v = bars.column(f);
          BarChecks.nonPositive(dates, f, v, t.listedDates(), out);
          if (f != BarField.CLOSE) {
            BarChecks.missing(dates, f, v, t.listedDates(), out);
          }
        }
      }
      BarChecks.ohlc(
          dates,
          columnOrNull(bars, BarField.OPEN),
          columnOrNull(bars, BarField.HIGH),
          columnOrNull(bars, BarField.LOW),
          bars.column(BarField.CLOSE),
          t.ohlcTolerance(),
          t.listedDates(),
          out);
      if (bars.has(BarField.VOLUME) && info.kind() != SeriesKind.INDEX) {
        checked.add(CheckKind.VOLUME);
        BarChecks.volume(dates, bars.column(BarField.VOLUME), t.listedDates(), out);
      }
      closeChecks(info, dates, bars.column(BarField.CLOSE), cal, t, checked, out);
    }
    return report(info, bars.size(), checked, out);
  }

  /**
   * Checks a single-valued series; for a price kind the values are its closes.
   *
   * @param info the series' id, kind and frequency
   * @param series the values
   * @param cal the exchange calendar for gaps and non-trading days
   * @param t thresholds, usually {@link CheckThresholds#defaults()}
   * @throws NullPointerException naming a null argument
   */
  public static SeriesCheckReport check(
      SeriesInfo info, DateSeries series, TradingCalendar cal, CheckThresholds t) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(cal, "cal");
    Objects.requireNonNull(t, "t");
    Set<CheckKind> checked = EnumSet.noneOf(CheckKind.class);
    List<Finding> out = new ArrayList<>();
    if (info.kind().isLevel()) {
      LocalDate[] dates = series.dates();
      double[] values = series.values();
      checked.add(CheckKind.NON_POSITIVE_PRICE);
      BarChecks.nonPositive(dates, BarField.CLOSE, values, t.listedDates(), out);
      closeChecks(info, dates, values, cal, t, checked, out);
    }
    return report(info, series.size(), checked, out);
  }

  /** Stale runs for every price series; calendar, jump and split checks for daily ones. */
  private static void closeChecks(
      SeriesInfo info,
      LocalDate[] dates,
      double[] closes,
      TradingCalendar cal,
      CheckThresholds t,
      Set<CheckKind> checked,
      List<Finding> out) {
    checked.add(CheckKind.STALE_RUN);
    MoveChecks.staleRuns(dates, closes, t.staleRun(), out);
    if (info.frequency() != Frequency.DAILY) {
      return;
    }
    checked.add(CheckKind.GAP);
    checked.add(CheckKind.NON_TRADING_DAY);
    checked.add(CheckKind.JUMP);
    LocalDate[] covered = withinCalendar(dates, cal);
    CalendarChecks.gaps(covered, cal, t.longGapRun(), t.listedDates(), out);
    CalendarChecks.nonTradingDays(covered, cal, t.listedDates(), out);
    boolean splits = info.kind() == SeriesKind.STOCK || info.kind() == SeriesKind.ETF;
    if (splits) {
      checked.add(CheckKind.SPLIT_LIKE);
    }
    MoveChecks.jumpsAndSplits(
        dates, closes, t.jumpThreshold(info.kind()), splits, t.splitTolerance(), out);
  }

  private static double[] columnOrNull(BarSeries bars, BarField f) {
    return bars.has(f) ? bars.column(f) : null;
  }

  /** Orders findings by check, then date (stable, so a check's own order breaks ties). */
  private static SeriesCheckReport report(
      SeriesInfo info, int observations, Set<CheckKind> checked, List<Finding> out) {
    out.sort(
        Comparator.comparing(Finding::check)
            .thenComparing(Finding::from)
            .thenComparing(Finding::to));
    return new SeriesCheckReport(info.id(), observations, checked, out);
  }

  /**
   * The dates the calendar can judge: those within {@link TradingCalendar#supportedFrom()} and
   * {@link TradingCalendar#supportedTo()}. Older or later observations get no calendar checks.
   */
  static LocalDate[] withinCalendar(LocalDate[] dates, TradingCalendar cal) {
    LocalDate lo = cal.supportedFrom();
    LocalDate hi = cal.supportedTo();
    int from = 0;
    while (from < dates.length && dates[from].isBefore(lo)) {
      from++;
    }
    int to = dates.length;
    while (to > from && dates[to - 1].isAfter(hi)) {
      to--;
    }
    return from == 0 && to == dates.length ? dates : java.util.Arrays.copyOfRange(dates, from, to);
  }
}
