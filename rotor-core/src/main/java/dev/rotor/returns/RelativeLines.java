package dev.rotor.returns;

import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Builds relative-strength lines {@code small / large}, the input of {@link Episodes}. Every join
 * intersects dates ({@link Alignment#INTERSECT}): nothing is filled.
 */
public final class RelativeLines {

  private RelativeLines() {}

  /**
   * The ratio {@code small / large} of two level series (e.g. Russell 2000 and S&amp;P 500 closes)
   * on their common dates.
   *
   * @throws IllegalArgumentException when a level on a common date is not greater than 0
   */
  public static DateSeries ratio(DateSeries small, DateSeries large) {
    return ratio(small, "small", large, "large");
  }

  /**
   * The ratio {@code a / b} on common dates ({@link Alignment#INTERSECT}); errors name the
   * arguments {@code aName} and {@code bName}.
   *
   * @throws IllegalArgumentException when a level on a common date is not greater than 0
   */
  public static DateSeries ratio(DateSeries a, String aName, DateSeries b, String bName) {
    Objects.requireNonNull(a, aName);
    Objects.requireNonNull(b, bName);
    AlignedSeries both = AlignedSeries.of(Alignment.INTERSECT, a, b);
    LocalDate[] dates = both.dates();
    double[] x = both.column(0);
    double[] y = both.column(1);
    double[] out = new double[dates.length];
    for (int i = 0; i < dates.length; i++) {
      requirePositive(x[i], dates[i], aName);
      requirePositive(y[i], dates[i], bName);
      out[i] = x[i] / y[i];
    }
    return DateSeries.of(dates, out);
  }

  /**
   * A growth-of-one index from simple returns (decimal, e.g. 0.0123): the value on each date is
   * {@code prod(1 + r)} over the returns up to and including that date, so the first value is
   * {@code 1 + r} of the first date. A long-short return such as the Fama-French SMB factor gives
   * its cumulative index this way.
   *
   * @throws IllegalArgumentException when a return is not greater than -1
   */
  public static DateSeries growthOfOne(DateSeries simpleReturns) {
    return growthOfOne(simpleReturns, "simpleReturns");
  }

  /** {@link #growthOfOne(DateSeries)} with errors naming the argument {@code name}. */
  public static DateSeries growthOfOne(DateSeries simpleReturns, String name) {
    Objects.requireNonNull(simpleReturns, name);
    double[] r = simpleReturns.values();
    double[] out = new double[r.length];
    double level = 1.0;
    for (int i = 0; i < r.length; i++) {
      if (!(r[i] > -1)) {
        throw new IllegalArgumentException(
            name + ": " + r[i] + " on " + simpleReturns.dateAt(i) + " is not greater than -1");
      }
      level *= 1.0 + r[i];
      out[i] = level;
    }
    return DateSeries.of(simpleReturns.dates(), out);
  }

  /**
   * The cumulative relative index {@code prod(1 + small) / prod(1 + large)} of two simple-return
   * series on their common dates (e.g. the Fama-French {@code Lo 10} and {@code Hi 10} size
   * deciles).
   *
   * @throws IllegalArgumentException when a return is not greater than -1
   */
  public static DateSeries fromReturns(DateSeries smallReturns, DateSeries largeReturns) {
    Objects.requireNonNull(smallReturns, "smallReturns");
    Objects.requireNonNull(largeReturns, "largeReturns");
    AlignedSeries a = AlignedSeries.of(Alignment.INTERSECT, smallReturns, largeReturns);
    return ratio(
        growthOfOne(a.series(0), "smallReturns"), growthOfOne(a.series(1), "largeReturns"));
  }

  private static void requirePositive(double v, LocalDate date, String name) {
    if (!(v > 0)) {
      throw new IllegalArgumentException(name + ": level " + v + " on " + date + " is not > 0");
    }
  }
}
