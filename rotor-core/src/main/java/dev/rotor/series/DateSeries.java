package dev.rotor.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable series of finite values keyed by strictly ascending dates.
 *
 * <h2>Missing-data contract</h2>
 *
 * <ul>
 *   <li>A missing observation is an <b>absent date</b>. There is no in-band missing marker.
 *   <li>NaN and infinities are <b>rejected</b> at construction with an {@link
 *       IllegalArgumentException} naming the offending date.
 *   <li>Lookups return {@link OptionalDouble}: empty when the date is absent.
 *   <li>Combining series always names its {@link Alignment}: intersect the dates, or forward-fill
 *       explicitly (see {@link AlignedSeries}).
 * </ul>
 *
 * <p>Dates and values are copied on the way in and out; the series never changes.
 */
public final class DateSeries {

  private static final DateSeries EMPTY = new DateSeries(new LocalDate[0], new double[0]);

  private final LocalDate[] dates;
  private final double[] values;

  private DateSeries(LocalDate[] dates, double[] values) {
    this.dates = dates;
    this.values = values;
  }

  /** The series with no observations. */
  public static DateSeries empty() {
    return EMPTY;
  }

  /**
   * A series from parallel arrays, which are copied.
   *
   * @throws IllegalArgumentException if the lengths differ, a date is null, dates are not strictly
   *     ascending, or a value is not finite
   */
  public static DateSeries of(LocalDate[] dates, double[] values) {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(values, "values");
    if (dates.length != values.length) {
      throw new IllegalArgumentException(
          "values: length " + values.length + " differs from dates length " + dates.length);
    }
    LocalDate[] d = dates.clone();
    double[] v = values.clone();
    for (int i = 0; i < d.length; i++) {
      if (d[i] == null) {
        throw new IllegalArgumentException("dates: null at index " + i);
      }
      if (i > 0 && !d[i].isAfter(d[i - 1])) {
        throw new IllegalArgumentException(
            "dates: not strictly ascending at index "
                + i
                + " ("
                + d[i - 1]
                + " then "
                + d[i]
                + ")");
      }
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(
            "values: " + v[i] + " on " + d[i] + " is not finite (missing data is an absent date)");
      }
    }
    return new DateSeries(d, v);
  }

  /** A builder that accepts observations in any order and rejects duplicate dates. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of observations. */
  public int size() {
    return dates.length;
  }

  /** True when there are no observations. */
  public boolean isEmpty() {
    return dates.length == 0;
  }

  /** The date at position {@code i} (0-based). */
  public LocalDate dateAt(int i) {
    return dates[i];
  }

  /** The value at position {@code i} (0-based). */
  public double valueAt(int i) {
    return values[i];
  }

  /** A copy of the dates. */
  public LocalDate[] dates() {
    return dates.clone();
  }

  /** A copy of the values. */
  public double[] values() {
    return values.clone();
  }

  /** The first date. @throws IllegalStateException when empty */
  public LocalDate firstDate() {
    requireNonEmpty();
    return dates[0];
  }

  /** The last date. @throws IllegalStateException when empty */
  public LocalDate lastDate() {
    requireNonEmpty();
    return dates[dates.length - 1];
  }

  /** The last value. @throws IllegalStateException when empty */
  public double lastValue() {
    requireNonEmpty();
    return values[values.length - 1];
  }

  /** The value observed on {@code date}, or empty when the date is absent. */
  public OptionalDouble get(LocalDate date) {
    int i = Arrays.binarySearch(dates, date);
    return i >= 0 ? OptionalDouble.of(values[i]) : OptionalDouble.empty();
  }

  /** True when {@code date} has an observation. */
  public boolean contains(LocalDate date) {
    return Arrays.binarySearch(dates, date) >= 0;
  }

  /**
   * The last observation on or before {@code date} (an explicit as-of lookup), or empty when there
   * is none.
   */
  public OptionalDouble asOf(LocalDate date) {
    int i = indexOnOrBefore(date);
    return i >= 0 ? OptionalDouble.of(values[i]) : OptionalDouble.empty();
  }

  /** Index of the last date on or before {@code date}, or -1. */
  public int indexOnOrBefore(LocalDate date) {
    int i = Arrays.binarySearch(dates, date);
    return i >= 0 ? i : -i - 2;
  }

  /** Index of the first date on or after {@code date}, or {@link #size()} when none. */
  public int indexOnOrAfter(LocalDate date) {
    int i = Arrays.binarySearch(dates, date);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * The observations with dates in {@code [from, to]}; a null bound is open.
   *
   * @throws IllegalArgumentException when both bounds are given and {@code to} is before {@code
   *     from}
   */
  public DateSeries between(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to: " + to + " is before from " + from);
    }
    int lo = from == null ? 0 : indexOnOrAfter(from);
    int hi = to == null ? dates.length : indexOnOrBefore(to) + 1;
    if (lo == 0 && hi == dates.length) {
      return this;
    }
    if (hi <= lo) {
      return EMPTY;
    }
    return new DateSeries(Arrays.copyOfRange(dates, lo, hi), Arrays.copyOfRange(values, lo, hi));
  }

  /**
   * Applies {@code op} to every value. Observations whose result is not finite are dropped (they
   * become absent dates), so the missing-data contract holds.
   */
  public DateSeries mapValues(DoubleUnaryOperator op) {
    LocalDate[] d = new LocalDate[dates.length];
    double[] v = new double[dates.length];
    int n = 0;
    for (int i = 0; i < dates.length; i++) {
      double r = op.applyAsDouble(values[i]);
      if (Double.isFinite(r)) {
        d[n] = dates[i];
        v[n] = r;
        n++;
      }
    }
    return new DateSeries(Arrays.copyOf(d, n), Arrays.copyOf(v, n));
  }

  /**
   * Values on each of {@code targetDates} (ascending), carrying the last observation forward.
   * Target dates before the first observation are dropped. This is the explicit forward-fill
   * alignment.
   */
  public DateSeries forwardFillTo(LocalDate[] targetDates) {
    LocalDate[] d = new LocalDate[targetDates.length];
    double[] v = new double[targetDates.length];
    int n = 0;
    int j = -1;
    for (LocalDate t : targetDates) {
      while (j + 1 < dates.length && !dates[j + 1].isAfter(t)) {
        j++;
      }
      if (j >= 0) {
        if (n > 0 && !t.isAfter(d[n - 1])) {
          throw new IllegalArgumentException("targetDates: not strictly ascending at " + t);
        }
        d[n] = t;
        v[n] = values[j];
        n++;
      }
    }
    return new DateSeries(Arrays.copyOf(d, n), Arrays.copyOf(v, n));
  }

  private void requireNonEmpty() {
    if (dates.length == 0) {
      throw new IllegalStateException("series is empty");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateSeries other
        && Arrays.equals(dates, other.dates)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(dates) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return isEmpty()
        ? "DateSeries[empty]"
        : "DateSeries[" + size() + " obs, " + dates[0] + ".." + dates[dates.length - 1] + "]";
  }

  /** Collects observations in any order; {@link #build()} sorts them and rejects duplicates. */
  public static final class Builder {
    private LocalDate[] dates = new LocalDate[64];
    private double[] values = new double[64];
    private int n;

    private Builder() {}

    /** Adds one observation. @throws IllegalArgumentException when the value is not finite */
    public Builder put(LocalDate date, double value) {
      Objects.requireNonNull(date, "date");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "value: " + value + " on " + date + " is not finite (missing data is an absent date)");
      }
      if (n == dates.length) {
        dates = Arrays.copyOf(dates, n * 2);
        values = Arrays.copyOf(values, n * 2);
      }
      dates[n] = date;
      values[n] = value;
      n++;
      return this;
    }

    /** Number of observations added so far. */
    public int size() {
      return n;
    }

    /** The series, sorted by date. @throws IllegalArgumentException on a duplicate date */
    public DateSeries build() {
      Integer[] order = new Integer[n];
      boolean sorted = true;
      for (int i = 0; i < n; i++) {
        order[i] = i;
        if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
          sorted = false;
        }
      }
      LocalDate[] d;
      double[] v;
      if (sorted) {
        d = Arrays.copyOf(dates, n);
        v = Arrays.copyOf(values, n);
      } else {
        Arrays.sort(order, (a, b) -> dates[a].compareTo(dates[b]));
        d = new LocalDate[n];
        v = new double[n];
        for (int i = 0; i < n; i++) {
          d[i] = dates[order[i]];
          v[i] = values[order[i]];
          if (i > 0 && d[i].equals(d[i - 1])) {
            throw new IllegalArgumentException("date: duplicate " + d[i]);
          }
        }
      }
      return new DateSeries(d, v);
    }
  }
}
