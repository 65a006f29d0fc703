package dev.rotor.rotation;

import dev.rotor.returns.RelativeLines;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The relative-strength line of an asset against a benchmark, its moving averages and its slope.
 *
 * <p>The line is taken on the dates both series share ({@link Alignment#INTERSECT}): nothing is
 * filled. Every derived series is <b>point-in-time</b>: its value on a date uses observations up to
 * that date only (trailing windows). Dates before a window is full are absent from the result (the
 * missing-data rule of {@link DateSeries}), so a series shorter than the window gives an empty
 * result. Formulas: {@code docs/conventions-rrg.md}.
 */
public final class RelativeStrength {

  private RelativeStrength() {}

  /**
   * The relative-strength line {@code asset / benchmark} on their common dates, scaled by {@code
   * base}. Empty when the series share no date.
   *
   * @throws IllegalArgumentException when a price on a common date is not positive (naming {@code
   *     asset} or {@code benchmark} and the date)
   */
  public static DateSeries line(DateSeries asset, DateSeries benchmark, RsBase base) {
    requireNonNull("asset", asset);
    requireNonNull("benchmark", benchmark);
    requireNonNull("base", base);
    DateSeries ratio = RelativeLines.ratio(asset, "asset", benchmark, "benchmark");
    if (base == RsBase.RAW) {
      return ratio;
    }
    LocalDate[] dates = ratio.dates();
    double[] rs = ratio.values();
    if (base == RsBase.REBASED_100 && rs.length > 0) {
      double first = rs[0];
      for (int i = 0; i < rs.length; i++) {
        rs[i] = 100.0 * rs[i] / first;
      }
    }
    return DateSeries.of(dates, rs);
  }

  /**
   * Simple moving average: the mean of the last {@code window} observations, dated on the last of
   * them; the first {@code window - 1} dates are absent.
   *
   * @throws IllegalArgumentException when {@code window < 1}
   */
  public static DateSeries simpleAverage(DateSeries series, int window) {
    requireAtLeast("window", window, 1);
    return trailing(series, RollingWindows.simpleMean(series.values(), window), window);
  }

  /**
   * Exponential moving average with {@code alpha = 2 / (span + 1)}, seeded with the first value
   * ({@code e[0] = x[0]}, {@code e[t] = (1 - alpha) e[t-1] + alpha x[t]}), reported from the {@code
   * span}-th observation on (pandas {@code ewm(span=span, adjust=False, min_periods=span)}). The
   * seed makes values depend on where the series starts, never on later data.
   *
   * @throws IllegalArgumentException when {@code span < 1}
   */
  public static DateSeries exponentialAverage(DateSeries series, int span) {
    requireAtLeast("span", span, 1);
    return trailing(series, RollingWindows.exponentialMean(series.values(), span, span), span);
  }

  /**
   * Trend of a relative-strength line: the ordinary least-squares slope of {@code ln RS} on the
   * observation index over the last {@code points} observations, in log points <b>per
   * observation</b> (0.001 is about +0.1 % relative performance per period). The first {@code
   * points - 1} dates are absent.
   *
   * @throws IllegalArgumentException when {@code points < 2} or a value is not positive
   */
  public static DateSeries slope(DateSeries rs, int points) {
    requireAtLeast("points", points, 2);
    double[] y = rs.values();
    for (int i = 0; i < y.length; i++) {
      requirePositive("rs", y[i], rs.dateAt(i));
      y[i] = Math.log(y[i]);
    }
    return trailing(rs, RollingWindows.olsSlope(y, points), points);
  }

  /**
   * {@link #slope(DateSeries, int)} annualised linearly: per-period slope times {@code
   * frequency.periodsPerYear()} (252, 52, 12, ...), i.e. the continuously compounded relative
   * return per year implied by the fitted trend. {@code frequency} must be the observation
   * frequency of {@code rs}.
   *
   * @throws IllegalArgumentException as {@link #slope(DateSeries, int)}, or when {@code frequency}
   *     is null
   */
  public static DateSeries annualisedSlope(DateSeries rs, int points, Frequency frequency) {
    requireNonNull("frequency", frequency);
    int perYear = frequency.periodsPerYear();
    return slope(rs, points).mapValues(s -> s * perYear);
  }

  private static DateSeries trailing(DateSeries series, double[] values, int window) {
    int from = Math.min(window - 1, series.size());
    LocalDate[] d = series.dates();
    return DateSeries.of(
        Arrays.copyOfRange(d, from, d.length), Arrays.copyOfRange(values, from, values.length));
  }

  static void requirePositive(String name, double value, LocalDate date) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + ": must be positive, got " + value + " on " + date);
    }
  }

  static void requireNonNull(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(name + ": must not be null");
    }
  }

  static void requireAtLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + ": must be at least " + min + ", got " + value);
    }
  }
}
