package dev.rotor.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * Several series on one set of dates, produced by {@link #of(Alignment, DateSeries...)}. Columns
 * are in the order the series were given. Every cell holds a finite value.
 */
public final class AlignedSeries {

  private final LocalDate[] dates;
  private final double[][] columns;

  private AlignedSeries(LocalDate[] dates, double[][] columns) {
    this.dates = dates;
    this.columns = columns;
  }

  /** Aligns {@code series} on common dates using {@code alignment}. */
  public static AlignedSeries of(Alignment alignment, DateSeries... series) {
    if (series.length == 0) {
      throw new IllegalArgumentException("series: at least one series is required");
    }
    return switch (alignment) {
      case INTERSECT -> intersect(series);
      case FORWARD_FILL -> forwardFill(series);
    };
  }

  private static AlignedSeries intersect(DateSeries[] series) {
    // One merge pass over the sorted dates: O(total observations), no lookups per date.
    int k = series.length;
    int[] pos = new int[k];
    int cap = Integer.MAX_VALUE;
    for (DateSeries s : series) {
      cap = Math.min(cap, s.size());
    }
    LocalDate[] common = new LocalDate[cap];
    double[][] cols = new double[k][cap];
    int n = 0;
    outer:
    while (true) {
      LocalDate max = null;
      for (int s = 0; s < k; s++) {
        if (pos[s] >= series[s].size()) {
          break outer;
        }
        LocalDate d = series[s].dateAt(pos[s]);
        if (max == null || d.isAfter(max)) {
          max = d;
        }
      }
      boolean all = true;
      for (int s = 0; s < k; s++) {
        while (pos[s] < series[s].size() && series[s].dateAt(pos[s]).isBefore(max)) {
          pos[s]++;
        }
        if (pos[s] >= series[s].size()) {
          break outer;
        }
        all &= series[s].dateAt(pos[s]).equals(max);
      }
      if (all) {
        common[n] = max;
        for (int s = 0; s < k; s++) {
          cols[s][n] = series[s].valueAt(pos[s]);
          pos[s]++;
        }
        n++;
      }
    }
    for (int s = 0; s < k; s++) {
      cols[s] = Arrays.copyOf(cols[s], n);
    }
    return new AlignedSeries(Arrays.copyOf(common, n), cols);
  }

  private static AlignedSeries forwardFill(DateSeries[] series) {
    LocalDate start = null;
    TreeSet<LocalDate> union = new TreeSet<>();
    for (DateSeries s : series) {
      if (s.isEmpty()) {
        return new AlignedSeries(new LocalDate[0], new double[series.length][0]);
      }
      if (start == null || s.firstDate().isAfter(start)) {
        start = s.firstDate();
      }
      union.addAll(Arrays.asList(s.dates()));
    }
    LocalDate[] dates = union.tailSet(start, true).toArray(LocalDate[]::new);
    double[][] cols = new double[series.length][];
    for (int s = 0; s < series.length; s++) {
      cols[s] = series[s].forwardFillTo(dates).values();
    }
    return new AlignedSeries(dates, cols);
  }

  /** Number of common dates. */
  public int size() {
    return dates.length;
  }

  /** A copy of the common dates. */
  public LocalDate[] dates() {
    return dates.clone();
  }

  /** A copy of column {@code i}'s values, in date order. */
  public double[] column(int i) {
    return columns[i].clone();
  }

  /** Column {@code i} as a series on the common dates. */
  public DateSeries series(int i) {
    return DateSeries.of(dates, columns[i]);
  }
}
