package dev.rotor.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable OHLCV bars keyed by strictly ascending dates.
 *
 * <p>Every bar has a finite close. Other fields are optional in two ways: a whole column may be
 * absent from the series (the source never had it, e.g. a {@code Date,Close} file), or a present
 * column may lack a value on some bars, which the arrays hold as NaN and {@link #field(BarField)}
 * turns into absent dates. Infinities are rejected everywhere.
 */
public final class BarSeries {

  private final LocalDate[] dates;
  private final EnumMap<BarField, double[]> columns;

  private BarSeries(LocalDate[] dates, EnumMap<BarField, double[]> columns) {
    this.dates = dates;
    this.columns = columns;
  }

  /**
   * Bars from parallel arrays, all copied. {@code columns} must contain {@link BarField#CLOSE};
   * absent fields are simply not in the map.
   *
   * @throws IllegalArgumentException on a length mismatch, unsorted or duplicate dates, a missing
   *     or non-finite close, or an infinite value
   */
  public static BarSeries of(LocalDate[] dates, Map<BarField, double[]> columns) {
    Objects.requireNonNull(dates, "dates");
    if (!columns.containsKey(BarField.CLOSE)) {
      throw new IllegalArgumentException("columns: close is required");
    }
    LocalDate[] d = dates.clone();
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
    }
    EnumMap<BarField, double[]> cols = new EnumMap<>(BarField.class);
    for (Map.Entry<BarField, double[]> e : columns.entrySet()) {
      double[] v = e.getValue().clone();
      if (v.length != d.length) {
        throw new IllegalArgumentException(
            e.getKey().label() + ": length " + v.length + " differs from dates length " + d.length);
      }
      for (int i = 0; i < v.length; i++) {
        boolean bad =
            Double.isInfinite(v[i]) || (e.getKey() == BarField.CLOSE && Double.isNaN(v[i]));
        if (bad) {
          throw new IllegalArgumentException(
              e.getKey().label() + ": " + v[i] + " on " + d[i] + " is not a valid value");
        }
      }
      cols.put(e.getKey(), v);
    }
    return new BarSeries(d, cols);
  }

  /** Number of bars. */
  public int size() {
    return dates.length;
  }

  /** True when there are no bars. */
  public boolean isEmpty() {
    return dates.length == 0;
  }

  /** A copy of the dates. */
  public LocalDate[] dates() {
    return dates.clone();
  }

  /** The date of bar {@code i}. */
  public LocalDate dateAt(int i) {
    return dates[i];
  }

  /** True when the series carries column {@code field} (possibly with gaps). */
  public boolean has(BarField field) {
    return columns.containsKey(field);
  }

  /**
   * A copy of the raw column, NaN where a bar lacks the field.
   *
   * @throws IllegalArgumentException when the column is absent
   */
  public double[] column(BarField field) {
    double[] v = columns.get(field);
    if (v == null) {
      throw new IllegalArgumentException("field: " + field.label() + " is absent from this series");
    }
    return v.clone();
  }

  /** Value of {@code field} on bar {@code i}: NaN when absent on that bar or from the series. */
  public double valueAt(BarField field, int i) {
    double[] v = columns.get(field);
    return v == null ? Double.NaN : v[i];
  }

  /**
   * One field as a {@link DateSeries}; bars lacking it become absent dates. An absent column gives
   * the empty series.
   */
  public DateSeries field(BarField field) {
    double[] v = columns.get(field);
    if (v == null) {
      return DateSeries.empty();
    }
    LocalDate[] d = new LocalDate[v.length];
    double[] out = new double[v.length];
    int n = 0;
    for (int i = 0; i < v.length; i++) {
      if (!Double.isNaN(v[i])) {
        d[n] = dates[i];
        out[n] = v[i];
        n++;
      }
    }
    return DateSeries.of(Arrays.copyOf(d, n), Arrays.copyOf(out, n));
  }

  /** The closes. */
  public DateSeries closes() {
    return field(BarField.CLOSE);
  }

  /** The bars dated in {@code [from, to]}; a null bound is open. */
  public BarSeries between(LocalDate from, LocalDate to) {
    int lo = 0;
    while (from != null && lo < dates.length && dates[lo].isBefore(from)) {
      lo++;
    }
    int hi = dates.length;
    while (to != null && hi > lo && dates[hi - 1].isAfter(to)) {
      hi--;
    }
    EnumMap<BarField, double[]> cols = new EnumMap<>(BarField.class);
    for (Map.Entry<BarField, double[]> e : columns.entrySet()) {
      cols.put(e.getKey(), Arrays.copyOfRange(e.getValue(), lo, hi));
    }
    return new BarSeries(Arrays.copyOfRange(dates, lo, hi), cols);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BarSeries other)
        || !Arrays.equals(dates, other.dates)
        || !columns.keySet().equals(other.columns.keySet())) {
      return false;
    }
    for (BarField f : columns.keySet()) {
      if (!Arrays.equals(columns.get(f), other.columns.get(f))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dates) * 31 + columns.keySet().hashCode();
  }

  @Override
  public String toString() {
    return isEmpty()
        ? "BarSeries[empty]"
        : "BarSeries["
            + size()
            + " bars, "
            + dates[0]
            + ".."
            + dates[dates.length - 1]
            + ", "
            + columns.keySet()
            + "]";
  }
}
