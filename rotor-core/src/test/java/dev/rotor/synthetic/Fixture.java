package dev.rotor.synthetic;

import dev.rotor.series.BarField;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The default synthetic market (seed 42, or {@code -Dsynthetic.seed=N} to rerun the oracle checks
 * of {@link SyntheticMarketTruthTest} on another seed), generated once per test JVM, and the plain
 * estimators the tests use as oracles against the planted truth.
 */
final class Fixture {

  static final SyntheticData DEFAULT =
      SyntheticMarket.generate(
          SyntheticSpec.defaults()
              .withSeed(Long.getLong("synthetic.seed", SyntheticSpec.DEFAULT_SEED)));

  private Fixture() {}

  /** Daily log returns of a bar series' closes; element 0 is NaN (no previous close). */
  static double[] logReturns(SyntheticData data, String id) {
    SyntheticSeries s = data.get(id);
    double[] c = s.bars().column(BarField.CLOSE);
    double[] r = new double[c.length];
    r[0] = Double.NaN;
    for (int t = 1; t < c.length; t++) {
      r[t] = Math.log(c[t] / c[t - 1]);
    }
    return r;
  }

  /** Daily differences of a value series; element 0 is NaN. */
  static double[] differences(DateSeries s) {
    double[] v = s.values();
    double[] d = new double[v.length];
    d[0] = Double.NaN;
    for (int t = 1; t < v.length; t++) {
      d[t] = v[t] - v[t - 1];
    }
    return d;
  }

  /** True for trading days in a planted recession month. */
  static boolean[] recessionDays(SyntheticData data) {
    LocalDate[] dates = data.get("synthetic/indices/LARGE").bars().dates();
    boolean[] rec = new boolean[dates.length];
    for (int t = 0; t < dates.length; t++) {
      rec[t] = data.planted().isRecession(YearMonth.from(dates[t]));
    }
    return rec;
  }

  /** The elements of {@code x} at days {@code t >= 1} with {@code keep[t]}. */
  static double[] select(double[] x, boolean[] keep) {
    int n = 0;
    for (int t = 1; t < x.length; t++) {
      if (keep[t]) {
        n++;
      }
    }
    double[] out = new double[n];
    int j = 0;
    for (int t = 1; t < x.length; t++) {
      if (keep[t]) {
        out[j++] = x[t];
      }
    }
    return out;
  }

  static boolean[] not(boolean[] b) {
    boolean[] out = new boolean[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = !b[i];
    }
    return out;
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Sample standard deviation (N-1). */
  static double sd(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (x.length - 1));
  }

  /** Pearson correlation. */
  static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * Simple OLS of {@code y} on {@code x} with intercept: {@code {slope, standard error of slope}}
   * with the classical (homoskedastic) standard error.
   */
  static double[] slope(double[] y, double[] x) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double b = sxy / sxx;
    double a = my - b * mx;
    double rss = 0;
    for (int i = 0; i < x.length; i++) {
      double e = y[i] - a - b * x[i];
      rss += e * e;
    }
    double s2 = rss / (x.length - 2);
    return new double[] {b, Math.sqrt(s2 / sxx)};
  }
}
