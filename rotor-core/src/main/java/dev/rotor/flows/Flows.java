package dev.rotor.flows;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Dollar-volume share and relative-volume z-scores of a small-cap vs a large-cap ETF. Volume is a
 * proxy for institutional interest (it counts trading, both sides, not net money in or out).
 */
public final class Flows {

  private Flows() {}

  /**
   * Flow measures on the dates where both ETFs have a finite close and a finite, non-negative
   * volume.
   *
   * @param small the small-cap ETF's bars (CLOSE and VOLUME)
   * @param large the large-cap ETF's bars (CLOSE and VOLUME)
   * @param window trailing window of the z-scores, at least 2
   * @throws IllegalArgumentException if a series lacks VOLUME or {@code window < 2}
   */
  public static FlowSeries of(BarSeries small, BarSeries large, int window) {
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    if (window < 2) {
      throw new IllegalArgumentException("window: must be at least 2");
    }
    if (!small.has(BarField.VOLUME)) {
      throw new IllegalArgumentException("small: has no VOLUME");
    }
    if (!large.has(BarField.VOLUME)) {
      throw new IllegalArgumentException("large: has no VOLUME");
    }
    List<LocalDate> dates = new ArrayList<>();
    List<double[]> cv = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < small.size(); i++) {
      LocalDate d = small.dateAt(i);
      while (j < large.size() && large.dateAt(j).isBefore(d)) {
        j++;
      }
      if (j < large.size() && large.dateAt(j).equals(d)) {
        double cs = small.valueAt(BarField.CLOSE, i);
        double vs = small.valueAt(BarField.VOLUME, i);
        double cl = large.valueAt(BarField.CLOSE, j);
        double vl = large.valueAt(BarField.VOLUME, j);
        if (usable(cs, vs) && usable(cl, vl)) {
          dates.add(d);
          cv.add(new double[] {cs, vs, cl, vl});
        }
      }
    }
    int n = dates.size();
    LocalDate[] ds = dates.toArray(new LocalDate[0]);
    double[] dvS = new double[n];
    double[] dvL = new double[n];
    double[] share = new double[n];
    double[] volS = new double[n];
    double[] volL = new double[n];
    for (int i = 0; i < n; i++) {
      double[] r = cv.get(i);
      dvS[i] = r[0] * r[1];
      dvL[i] = r[2] * r[3];
      volS[i] = r[1];
      volL[i] = r[3];
      double sum = dvS[i] + dvL[i];
      share[i] = sum > 0 ? dvS[i] / sum : Double.NaN;
    }
    return new FlowSeries(
        window,
        DateSeries.of(ds, dvS),
        DateSeries.of(ds, dvL),
        present(ds, share),
        present(ds, trailingZ(share, window)),
        present(ds, trailingZ(volS, window)),
        present(ds, trailingZ(volL, window)));
  }

  private static boolean usable(double close, double volume) {
    return Double.isFinite(close) && close > 0 && Double.isFinite(volume) && volume >= 0;
  }

  /**
   * Point-in-time z-score: {@code (x[t] - mean) / sd} where mean and sample sd (divisor {@code w -
   * 1}) are over {@code x[t-w .. t-1]}, excluding {@code x[t]}. NaN for {@code t < w}, when any
   * value in the window or {@code x[t]} is NaN, or when sd is 0.
   */
  static double[] trailingZ(double[] x, int w) {
    int n = x.length;
    double[] z = new double[n];
    java.util.Arrays.fill(z, Double.NaN);
    for (int t = w; t < n; t++) {
      double sum = 0;
      boolean ok = !Double.isNaN(x[t]);
      for (int k = t - w; k < t && ok; k++) {
        ok = !Double.isNaN(x[k]);
        sum += x[k];
      }
      if (!ok) {
        continue;
      }
      double mean = sum / w;
      double ss = 0;
      for (int k = t - w; k < t; k++) {
        double d = x[k] - mean;
        ss += d * d;
      }
      double sd = Math.sqrt(ss / (w - 1));
      if (sd > 0) {
        z[t] = (x[t] - mean) / sd;
      }
    }
    return z;
  }

  private static DateSeries present(LocalDate[] ds, double[] v) {
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < ds.length; i++) {
      if (!Double.isNaN(v[i])) {
        b.put(ds[i], v[i]);
      }
    }
    return b.build();
  }
}
