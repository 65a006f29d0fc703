package dev.rotor.etf;

import dev.rotor.risk.Capture;
import dev.rotor.risk.Moments;

/**
 * Static pure kernels on primitive arrays for {@link EtfComparison}. Standard deviations and
 * covariances are N-1 (sample) and computed in two passes (mean first). NaN for too little data.
 */
final class TrackingKernels {

  private TrackingKernels() {}

  /** Simple returns {@code l[i] / l[i-1] - 1}, length {@code max(n - 1, 0)}. */
  static double[] simpleReturns(double[] levels) {
    double[] r = new double[Math.max(levels.length - 1, 0)];
    for (int i = 0; i < r.length; i++) {
      r[i] = levels[i + 1] / levels[i] - 1.0;
    }
    return r;
  }

  /**
   * Geometric annualised return {@code (l_last / l_first)^(ppy / m) - 1} with {@code m = n - 1}
   * periods; NaN when there are fewer than 2 levels.
   */
  static double annualisedReturn(double[] levels, int periodsPerYear) {
    int m = levels.length - 1;
    if (m < 1) {
      return Double.NaN;
    }
    return Math.pow(levels[m] / levels[0], (double) periodsPerYear / m) - 1.0;
  }

  /** Sample (N-1) standard deviation; NaN with fewer than 2 values (the risk kernel's). */
  static double sampleStdDev(double[] x) {
    return Moments.stdev(x);
  }

  /** Pearson correlation; NaN with fewer than 2 pairs or a constant side (the risk kernel's). */
  static double correlation(double[] x, double[] y) {
    return Capture.correlation(x, y);
  }

  /** Slope of {@code y} on {@code x}: {@code cov(y, x) / var(x)}; NaN when x is constant. */
  static double beta(double[] y, double[] x) {
    return Capture.beta(y, x);
  }
}
