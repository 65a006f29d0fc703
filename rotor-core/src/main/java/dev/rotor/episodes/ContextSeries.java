package dev.rotor.episodes;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Optional series that describe the conditions at the start of each episode. An empty series means
 * "not supplied"; the matching {@link EpisodeContext} field is then NaN.
 *
 * <p>Lookups are as-of: the last observation on or before the date, provided it is at most {@link
 * #MAX_STALENESS_DAYS} calendar days old (so a monthly series dated the 1st still answers for the
 * whole month, but a series that stopped years earlier does not answer with a stale value).
 *
 * @param twoYearYield the 2-year Treasury yield (e.g. FRED {@code DGS2}, percent), any frequency
 * @param recession a monthly recession flag (e.g. FRED {@code USREC}), every value 0 or 1
 */
public record ContextSeries(DateSeries twoYearYield, DateSeries recession) {

  /** How old an as-of observation may be, in calendar days. */
  public static final int MAX_STALENESS_DAYS = 31;

  /** How far back the yield change looks, in calendar months. */
  public static final int YIELD_LOOKBACK_MONTHS = 6;

  private static final ContextSeries NONE =
      new ContextSeries(DateSeries.empty(), DateSeries.empty());

  /** Validates that nothing is null and that every recession value is 0 or 1. */
  public ContextSeries {
    Objects.requireNonNull(twoYearYield, "twoYearYield");
    Objects.requireNonNull(recession, "recession");
    for (int i = 0; i < recession.size(); i++) {
      double v = recession.valueAt(i);
      if (v != 0.0 && v != 1.0) {
        throw new IllegalArgumentException(
            "recession: value " + v + " on " + recession.dateAt(i) + " is not 0 or 1");
      }
    }
  }

  /** No context: every {@link EpisodeContext} field is NaN. */
  public static ContextSeries none() {
    return NONE;
  }

  /** Both series; pass {@link DateSeries#empty()} for one that is not available. */
  public static ContextSeries of(DateSeries twoYearYield, DateSeries recession) {
    return new ContextSeries(twoYearYield, recession);
  }

  /** The context at {@code date}: yield change over the prior 6 months and the recession flag. */
  EpisodeContext at(LocalDate date) {
    double change =
        asOf(twoYearYield, date) - asOf(twoYearYield, date.minusMonths(YIELD_LOOKBACK_MONTHS));
    return new EpisodeContext(change, asOf(recession, date));
  }

  /** As-of value at {@code date} with the staleness limit, or NaN. */
  static double asOf(DateSeries s, LocalDate date) {
    int i = s.indexOnOrBefore(date);
    if (i < 0 || ChronoUnit.DAYS.between(s.dateAt(i), date) > MAX_STALENESS_DAYS) {
      return Double.NaN;
    }
    return s.valueAt(i);
  }
}
