package dev.rotor.risk;

import dev.rotor.stats.PairedSums;
import java.util.Arrays;

/**
 * Kernels relating returns to benchmark returns on the same periods (parallel arrays, already
 * aligned): beta, correlation, rolling correlation and up/down capture. Static, pure, O(n).
 *
 * <p>Beta and correlation use plain returns, not excess returns, so they do not depend on the
 * risk-free rate. Too little data or zero benchmark variance gives NaN.
 *
 * @see RiskReport#rollingCorrelation for the dated series version
 */
public final class Capture {

  /** A window standard deviation below this fraction of its mean counts as zero (rounding). */
  private static final double ZERO_VARIANCE = 1e-13;

  private Capture() {}

  /**
   * OLS slope of {@code returns} on {@code benchmark}: {@code cov(r, b) / var(b)} (the {@code n -
   * 1} divisors cancel). NaN for fewer than 2 periods or a constant benchmark.
   */
  public static double beta(double[] returns, double[] benchmark) {
    requireSameLength(returns, benchmark);
    if (returns.length < 2) {
      return Double.NaN;
    }
    double[] c = covariance(returns, benchmark);
    return c[2] > 0 ? c[0] / c[2] : Double.NaN;
  }

  /**
   * Pearson correlation of {@code returns} and {@code benchmark}. NaN for fewer than 2 periods or a
   * constant series.
   */
  public static double correlation(double[] returns, double[] benchmark) {
    requireSameLength(returns, benchmark);
    if (returns.length < 2) {
      return Double.NaN;
    }
    double[] c = covariance(returns, benchmark);
    return c[1] > 0 && c[2] > 0 ? clamp(c[0] / Math.sqrt(c[1] * c[2])) : Double.NaN;
  }

  /**
   * Pearson correlation over each trailing window of {@code window} periods: element {@code i} uses
   * periods {@code i - window + 1 .. i}; the first {@code window - 1} elements and windows in which
   * a series is constant are NaN. O(n): the window's means and co-moments are updated as a period
   * enters and one leaves (Welford's method with removal), and recomputed exactly every {@code
   * window} periods so rounding cannot accumulate; no window is copied.
   *
   * @throws IllegalArgumentException when {@code window < 2} or the lengths differ
   */
  public static double[] rollingCorrelation(double[] x, double[] y, int window) {
    requireSameLength(x, y);
    if (window < 2) {
      throw new IllegalArgumentException("window: " + window + " is below 2");
    }
    int n = x.length;
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    // state: count, means and co-moments (sums of products of deviations) of the current window
    double[] st = new double[6];
    for (int i = 0; i < n; i++) {
      int start = i - window + 1;
      if (start > 0 && start % window == 0) {
        exactWindow(x, y, start, i, st);
      } else {
        if (start > 0) {
          remove(x, y, start - 1, st);
        }
        add(x[i], y[i], st);
      }
      if (start >= 0) {
        double cxx = st[3];
        double cyy = st[4];
        if (!isZeroVariance(cxx, st[1], window) && !isZeroVariance(cyy, st[2], window)) {
          out[i] = clamp(st[5] / Math.sqrt(cxx * cyy));
        }
      }
    }
    return out;
  }

  private static void add(double x, double y, double[] st) {
    double k = st[0] + 1;
    double dx = x - st[1];
    double dy = y - st[2];
    st[0] = k;
    st[1] += dx / k;
    st[2] += dy / k;
    st[3] += dx * (x - st[1]);
    st[4] += dy * (y - st[2]);
    st[5] += dx * (y - st[2]);
  }

  private static void remove(double[] x, double[] y, int j, double[] st) {
    double k = st[0] - 1;
    if (k == 1) {
      // one period stays: take it exactly rather than by subtraction
      int keep = j + 1;
      st[0] = 1;
      st[1] = x[keep];
      st[2] = y[keep];
      st[3] = 0;
      st[4] = 0;
      st[5] = 0;
      return;
    }
    double dx = x[j] - st[1];
    double dy = y[j] - st[2];
    st[0] = k;
    st[1] -= dx / k;
    st[2] -= dy / k;
    st[3] -= dx * (x[j] - st[1]);
    st[4] -= dy * (y[j] - st[2]);
    st[5] -= dx * (y[j] - st[2]);
  }

  private static void exactWindow(double[] x, double[] y, int from, int to, double[] st) {
    int k = to - from + 1;
    double mx = 0;
    double my = 0;
    for (int j = from; j <= to; j++) {
      mx += x[j];
      my += y[j];
    }
    mx /= k;
    my /= k;
    double cxx = 0;
    double cyy = 0;
    double cxy = 0;
    for (int j = from; j <= to; j++) {
      double a = x[j] - mx;
      double b = y[j] - my;
      cxx += a * a;
      cyy += b * b;
      cxy += a * b;
    }
    st[0] = k;
    st[1] = mx;
    st[2] = my;
    st[3] = cxx;
    st[4] = cyy;
    st[5] = cxy;
  }

  /** A window variance at rounding level relative to its mean counts as zero. */
  private static boolean isZeroVariance(double comoment, double mean, int window) {
    double floor = ZERO_VARIANCE * mean;
    return !(comoment / window > floor * floor);
  }

  /**
   * Up-market capture: the annualised geometric return of {@code returns} over the periods in which
   * the benchmark rose ({@code b > 0}) divided by that of the benchmark over the same periods, each
   * {@code prod(1 + r)^(periodsPerYear / m) - 1} over the {@code m} periods (Morningstar's
   * definition). A benchmark against itself gives 1. NaN when the benchmark never rose.
   */
  public static double upCapture(double[] returns, double[] benchmark, int periodsPerYear) {
    return capture(returns, benchmark, periodsPerYear, true);
  }

  /**
   * Down-market capture: as {@link #upCapture} over the periods in which the benchmark fell ({@code
   * b < 0}); below 1 means the series lost less than the benchmark in falling markets. Periods with
   * {@code b = 0} count in neither. NaN when the benchmark never fell.
   */
  public static double downCapture(double[] returns, double[] benchmark, int periodsPerYear) {
    return capture(returns, benchmark, periodsPerYear, false);
  }

  private static double capture(double[] r, double[] b, int periodsPerYear, boolean up) {
    requireSameLength(r, b);
    if (periodsPerYear <= 0) {
      throw new IllegalArgumentException("periodsPerYear: " + periodsPerYear + " is not positive");
    }
    double lr = 0;
    double lb = 0;
    int m = 0;
    for (int i = 0; i < r.length; i++) {
      if (up ? b[i] > 0 : b[i] < 0) {
        lr += Math.log1p(r[i]);
        lb += Math.log1p(b[i]);
        m++;
      }
    }
    if (m == 0) {
      return Double.NaN;
    }
    double scale = (double) periodsPerYear / m;
    double annB = Math.expm1(lb * scale);
    return annB == 0 ? Double.NaN : Math.expm1(lr * scale) / annB;
  }

  /** {cov(x, y), var(x), var(y)} with divisor n - 1 (two passes). */
  private static double[] covariance(double[] x, double[] y) {
    PairedSums s = PairedSums.of(x, y, x.length);
    int d = x.length - 1;
    return new double[] {s.sxy() / d, s.sxx() / d, s.syy() / d};
  }

  private static double clamp(double c) {
    return Math.max(-1.0, Math.min(1.0, c));
  }

  private static void requireSameLength(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "benchmark: length " + y.length + " differs from returns length " + x.length);
    }
  }
}
