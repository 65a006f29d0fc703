package dev.rotor.holding;

import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rolling N-year holding-period returns: how often a buy-and-hold position lost money, how often
 * small beat large, and the worst, median and best annualised outcomes. Static and pure.
 *
 * <p>Windows: an N-year window spans {@code N x periodsPerYear} consecutive observations of the
 * series' frequency (inferred from its dates with {@link Frequency#infer}): 12N months, 52N weeks,
 * 252N trading days. Windows overlap, one per end observation. A window's return is compounded
 * geometrically and annualised as {@code (1 + R)^(1 / N) - 1}. Rolling growth is computed from
 * cumulative log levels (O(n), no copy per window). See {@code docs/conventions-holding.md}.
 *
 * <p>Inputs are either <b>simple returns</b> (decimal, one per period, consecutive periods: a
 * window of 12N returns is 12N months) or <b>levels</b> (prices or a total-return index: a window
 * from observation {@code k - L} to {@code k}). Two series are aligned with {@link
 * Alignment#INTERSECT}; a date held by only one of them is dropped from both, so return inputs
 * should have no gaps. Too few observations for a horizon give a row with no windows and NaN
 * statistics.
 */
public final class HoldingPeriods {

  /** The horizons of the risk report: 1, 3, 5, 10 and 20 years. */
  public static final List<Integer> STANDARD_YEARS = List.of(1, 3, 5, 10, 20);

  /** The longest horizon accepted, in years. */
  public static final int MAX_YEARS = 200;

  private HoldingPeriods() {}

  /**
   * Holding-period statistics of one series of simple returns (e.g. the SMB factor) for each
   * horizon in {@code years}.
   *
   * @throws IllegalArgumentException when a horizon is outside 1 to {@link #MAX_YEARS} years or a
   *     return is not above -1
   */
  public static List<HoldingPeriod> ofReturns(DateSeries returns, List<Integer> years) {
    Objects.requireNonNull(returns, "returns");
    double[] c = RollingGrowth.fromReturns(returns.values(), "returns");
    return single(c, withPrefix(returns.dates()), Frequency.infer(returns.dates()), years);
  }

  /**
   * Holding-period statistics of one level series (closes or a total-return index) for each horizon
   * in {@code years}.
   *
   * @throws IllegalArgumentException when a horizon is outside 1 to {@link #MAX_YEARS} years or a
   *     level is not positive
   */
  public static List<HoldingPeriod> ofLevels(DateSeries levels, List<Integer> years) {
    Objects.requireNonNull(levels, "levels");
    double[] c = RollingGrowth.fromLevels(levels.values(), "levels");
    return single(c, levels.dates(), Frequency.infer(levels.dates()), years);
  }

  /**
   * Small against large from two series of simple returns (e.g. French size deciles {@code Lo 10}
   * and {@code Hi 10}), on their common dates, for each horizon in {@code years}.
   *
   * @throws IllegalArgumentException when a horizon is outside 1 to {@link #MAX_YEARS} years or a
   *     return is not above -1
   */
  public static List<HoldingComparison> compareReturns(
      DateSeries smallReturns, DateSeries largeReturns, List<Integer> years) {
    Objects.requireNonNull(smallReturns, "smallReturns");
    Objects.requireNonNull(largeReturns, "largeReturns");
    AlignedSeries a = AlignedSeries.of(Alignment.INTERSECT, smallReturns, largeReturns);
    LocalDate[] dates = a.dates();
    return pair(
        RollingGrowth.fromReturns(a.column(0), "smallReturns"),
        RollingGrowth.fromReturns(a.column(1), "largeReturns"),
        withPrefix(dates),
        Frequency.infer(dates),
        years);
  }

  /**
   * Small against large from two level series (e.g. IWM and SPY dividend-adjusted closes), on their
   * common dates, for each horizon in {@code years}.
   *
   * @throws IllegalArgumentException when a horizon is outside 1 to {@link #MAX_YEARS} years or a
   *     level is not positive
   */
  public static List<HoldingComparison> compareLevels(
      DateSeries smallLevels, DateSeries largeLevels, List<Integer> years) {
    Objects.requireNonNull(smallLevels, "smallLevels");
    Objects.requireNonNull(largeLevels, "largeLevels");
    AlignedSeries a = AlignedSeries.of(Alignment.INTERSECT, smallLevels, largeLevels);
    LocalDate[] dates = a.dates();
    return pair(
        RollingGrowth.fromLevels(a.column(0), "smallLevels"),
        RollingGrowth.fromLevels(a.column(1), "largeLevels"),
        dates,
        Frequency.infer(dates),
        years);
  }

  /**
   * The annualised return of every {@code years}-year window of a series of simple returns, dated
   * at each window's last return. Empty when the series is shorter than one window.
   *
   * @throws IllegalArgumentException when {@code years} is outside 1 to {@link #MAX_YEARS} or a
   *     return is not above -1
   */
  public static DateSeries rollingFromReturns(DateSeries returns, int years) {
    Objects.requireNonNull(returns, "returns");
    double[] c = RollingGrowth.fromReturns(returns.values(), "returns");
    return rolling(c, withPrefix(returns.dates()), Frequency.infer(returns.dates()), years);
  }

  /**
   * The annualised return of every {@code years}-year window of a level series, dated at each
   * window's end observation. Empty when the series is shorter than one window.
   *
   * @throws IllegalArgumentException when {@code years} is outside 1 to {@link #MAX_YEARS} or a
   *     level is not positive
   */
  public static DateSeries rollingFromLevels(DateSeries levels, int years) {
    Objects.requireNonNull(levels, "levels");
    double[] c = RollingGrowth.fromLevels(levels.values(), "levels");
    return rolling(c, levels.dates(), Frequency.infer(levels.dates()), years);
  }

  private static DateSeries rolling(double[] c, LocalDate[] points, Frequency f, int years) {
    requireYears(years);
    int length = years * f.periodsPerYear();
    double[] logs = RollingGrowth.windowLogs(c, length);
    LocalDate[] ends = new LocalDate[logs.length];
    double[] out = new double[logs.length];
    for (int j = 0; j < logs.length; j++) {
      ends[j] = points[j + length];
      out[j] = RollingGrowth.annualise(logs[j], years);
    }
    return DateSeries.of(ends, out);
  }

  private static List<HoldingPeriod> single(
      double[] c, LocalDate[] points, Frequency f, List<Integer> years) {
    List<HoldingPeriod> out = new ArrayList<>();
    for (int n : checked(years)) {
      WindowSpan span = span(n, f, points);
      double[] logs = RollingGrowth.windowLogs(c, span.windowPeriods());
      out.add(new HoldingPeriod(span, WindowStats.distribution(logs, n)));
    }
    return List.copyOf(out);
  }

  private static List<HoldingComparison> pair(
      double[] cs, double[] cl, LocalDate[] points, Frequency f, List<Integer> years) {
    List<HoldingComparison> out = new ArrayList<>();
    for (int n : checked(years)) {
      WindowSpan span = span(n, f, points);
      double[] s = RollingGrowth.windowLogs(cs, span.windowPeriods());
      double[] l = RollingGrowth.windowLogs(cl, span.windowPeriods());
      double[] rel = new double[s.length];
      for (int j = 0; j < s.length; j++) {
        rel[j] = s[j] - l[j];
      }
      double[] contest = WindowStats.contest(s, l);
      out.add(
          new HoldingComparison(
              span,
              WindowStats.distribution(s, n),
              WindowStats.distribution(l, n),
              WindowStats.distribution(rel, n),
              contest[0],
              contest[1],
              contest[2]));
    }
    return List.copyOf(out);
  }

  /**
   * The span of {@code years}-year windows over {@code points} (one per cumulative-level point; the
   * first point of a returns input is the undated start, null).
   */
  private static WindowSpan span(int years, Frequency f, LocalDate[] points) {
    int length = years * f.periodsPerYear();
    int periods = Math.max(points.length - 1, 0);
    int windows = Math.max(points.length - length, 0);
    return new WindowSpan(
        years,
        f,
        length,
        windows,
        periods / length,
        windows == 0 ? null : points[length],
        windows == 0 ? null : points[points.length - 1]);
  }

  /** The dates of a cumulative level built from returns: an undated start, then each return. */
  private static LocalDate[] withPrefix(LocalDate[] returnDates) {
    LocalDate[] out = new LocalDate[returnDates.length + 1];
    System.arraycopy(returnDates, 0, out, 1, returnDates.length);
    return out;
  }

  private static List<Integer> checked(List<Integer> years) {
    Objects.requireNonNull(years, "years");
    if (years.isEmpty()) {
      throw new IllegalArgumentException("years: at least one horizon is required");
    }
    for (Integer y : years) {
      requireYears(Objects.requireNonNull(y, "years"));
    }
    return years;
  }

  private static void requireYears(int years) {
    if (years < 1 || years > MAX_YEARS) {
      throw new IllegalArgumentException(
          "years: every horizon must be in [1, " + MAX_YEARS + "], was " + years);
    }
  }
}
