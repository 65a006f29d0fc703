package dev.rotor.quality;

import static dev.rotor.quality.Occurrences.counted;

import dev.rotor.time.TradingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calendar checks of a daily series: missing trading days ({@link CheckKind#GAP}) and observations
 * on non-trading days ({@link CheckKind#NON_TRADING_DAY}), in one pass over the calendar days from
 * the first to the last observation (O(days + observations)).
 *
 * <p>A <em>gap run</em> is a maximal sequence of trading days, consecutive in the calendar's
 * trading-day sequence, none of which has an observation. An observation on a non-trading day
 * between two missing trading days does not break the run (it is a misdated row, not the missing
 * session).
 */
final class CalendarChecks {

  private CalendarChecks() {}

  /**
   * Adds the {@link CheckKind#GAP} findings to {@code out}: one {@link Severity#WARNING} summing
   * every missing trading day that lies in a run of at most {@code longGapRun} days, then one
   * {@link Severity#ERROR} per longer run, in date order.
   *
   * @param dates strictly ascending observation dates
   */
  static void gaps(
      LocalDate[] dates, TradingCalendar cal, int longGapRun, int listed, List<Finding> out) {
    if (dates.length == 0) {
      return;
    }
    Occurrences shortGaps = new Occurrences(CheckKind.GAP, Severity.WARNING, listed);
    List<Finding> longRuns = new ArrayList<>();
    int shortRuns = 0;
    LocalDate runStart = null;
    LocalDate runEnd = null;
    int runLength = 0;
    List<LocalDate> pending = new ArrayList<>();
    LocalDate last = dates[dates.length - 1];
    int j = 0;
    for (LocalDate d = dates[0]; !d.isAfter(last); d = d.plusDays(1)) {
      boolean present = d.equals(dates[j]);
      if (present) {
        j++;
      }
      if (!cal.isTradingDay(d)) {
        continue;
      }
      if (!present) {
        if (runLength == 0) {
          runStart = d;
        }
        if (runLength < longGapRun) {
          pending.add(d); // kept only while the run may still turn out short
        }
        runEnd = d;
        runLength++;
      } else if (runLength > 0) {
        shortRuns +=
            closeRun(runStart, runEnd, runLength, longGapRun, pending, shortGaps, longRuns, cal);
        runLength = 0;
        pending.clear();
      }
    }
    if (runLength > 0) {
      // Only when the last observation is on a non-trading day: the run ends before it.
      shortRuns +=
          closeRun(runStart, runEnd, runLength, longGapRun, pending, shortGaps, longRuns, cal);
    }
    if (!shortGaps.isEmpty()) {
      out.add(
          shortGaps.toFinding(
              counted(shortGaps.count(), "missing trading day")
                  + " in "
                  + counted(shortRuns, "run")
                  + " of at most "
                  + counted(longGapRun, "day")
                  + " ("
                  + cal.name()
                  + " calendar)"));
    }
    out.addAll(longRuns);
  }

  /** Files a finished run; returns 1 when it was a short run, else 0. */
  private static int closeRun(
      LocalDate start,
      LocalDate end,
      int length,
      int longGapRun,
      List<LocalDate> pending,
      Occurrences shortGaps,
      List<Finding> longRuns,
      TradingCalendar cal) {
    if (length <= longGapRun) {
      for (LocalDate d : pending) {
        shortGaps.add(d, null);
      }
      return 1;
    }
    longRuns.add(
        new Finding(
            CheckKind.GAP,
            Severity.ERROR,
            start,
            end,
            length,
            counted(length, "consecutive missing trading day")
                + " from "
                + start
                + " to "
                + end
                + " ("
                + cal.name()
                + " calendar)"));
    return 0;
  }

  /**
   * Adds one {@link CheckKind#NON_TRADING_DAY} {@link Severity#WARNING} to {@code out} summing the
   * observations dated on days the calendar does not trade, if any.
   */
  static void nonTradingDays(
      LocalDate[] dates, TradingCalendar cal, int listed, List<Finding> out) {
    Occurrences rows = new Occurrences(CheckKind.NON_TRADING_DAY, Severity.WARNING, listed);
    for (LocalDate d : dates) {
      if (!cal.isTradingDay(d)) {
        rows.add(d, d.getDayOfWeek().toString().toLowerCase(Locale.ROOT));
      }
    }
    if (!rows.isEmpty()) {
      out.add(
          rows.toFinding(
              counted(rows.count(), "observation")
                  + " on days that are not "
                  + cal.name()
                  + " trading days"));
    }
  }
}
