package dev.rotor.quality;

import java.util.Locale;

/**
 * The data checks of {@link DataChecks}, each with the severity of its findings and the threshold
 * that drives it (see {@link CheckThresholds}).
 *
 * <p>Applicability: every check applies only to price series ({@link
 * dev.rotor.series.SeriesKind#isLevel() INDEX, ETF, STOCK}); macro, factor, return and fundamental
 * series get no checks. There is no duplicate-date check: {@link dev.rotor.series.DateSeries} and
 * {@link dev.rotor.series.BarSeries} reject duplicate or unsorted dates at construction, so a
 * duplicate cannot reach these checks; the importers report it as an import error naming the file
 * line.
 */
public enum CheckKind {
  /**
   * Trading days of the calendar between the first and last observation that have no observation.
   * Daily series only. Runs of at most {@link CheckThresholds#longGapRun()} consecutive missing
   * trading days are summed into one {@link Severity#WARNING}; each longer run is its own {@link
   * Severity#ERROR}.
   */
  GAP,
  /**
   * Observations dated on a day the calendar says is not a trading day (a weekend or holiday row).
   * Daily series only; one {@link Severity#WARNING} summing all such rows.
   */
  NON_TRADING_DAY,
  /**
   * Open, high, low, close or adjusted close {@code <= 0}; one {@link Severity#ERROR} per field
   * summing the offending bars.
   */
  NON_POSITIVE_PRICE,
  /**
   * Bars lacking open, high, low or adjusted close although the series has that column (a bar
   * cannot lack its close); one {@link Severity#WARNING} per field summing the bars.
   */
  MISSING_FIELD,
  /**
   * High below low, or open or close outside {@code [low, high]}, by more than the relative {@link
   * CheckThresholds#ohlcTolerance()}; one {@link Severity#ERROR} summing the bars.
   */
  OHLC_INCONSISTENT,
  /**
   * An absolute simple return between consecutive observations above the kind's jump threshold
   * ({@link CheckThresholds#jumpThreshold}); daily series only; one {@link Severity#WARNING} per
   * jump. A move reported as {@link #SPLIT_LIKE} is not also reported as a jump.
   */
  JUMP,
  /**
   * At least {@link CheckThresholds#staleRun()} consecutive observations with exactly the same
   * close; one {@link Severity#WARNING} per run.
   */
  STALE_RUN,
  /**
   * A one-observation price ratio within {@link CheckThresholds#splitTolerance()} of a common split
   * ratio (or its inverse, a reverse split) and not one leg of a one-day spike (undone by the next
   * observation, or undoing the previous one); daily STOCK and ETF series only; one {@link
   * Severity#WARNING} per move. On split-adjusted data this should never fire.
   */
  SPLIT_LIKE,
  /**
   * Zero or missing volume on a bar of a series that has a volume column ({@link Severity#WARNING},
   * summed), or negative volume ({@link Severity#ERROR}, summed). Not checked for INDEX series,
   * whose volume is often meaningless.
   */
  VOLUME;

  /** Lower-case, hyphenated name used in CLI output and JSON ({@code non-trading-day}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
