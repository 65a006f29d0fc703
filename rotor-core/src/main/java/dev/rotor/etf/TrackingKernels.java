package dev.rotor.etf;

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

  /** Sample (N-1) standard deviation; NaN with fewer than 2 values. */
  static double sampleStdDev(double[] x) {
    return Math.sqrt(covariance(x, x));
  }

  /** Sample (N-1) covariance of equal-length arrays; NaN with fewer than 2 pairs. */
  static double covariance(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = mean(x);
    double my = mean(y);
    double s = 0.0;
    for (int i = 0; i < n; i++) {
      s += (x[i] - mx) * (y[i] - my);
    }
    return s / (n - 1);
  }

  /** Pearson correlation; NaN with fewer than 2 pairs or when either side is constant. */
  static double correlation(double[] x, double[] y) {
    double vx = covariance(x, x);
    double vy = covariance(y, y);
    if (!(vx > 0.0 && vy > 0.0)) {
      return Double.NaN;
    }
    return covariance(x, y) / Math.sqrt(vx * vy);
  }

  /** Slope of {@code y} on {@code x}: {@code cov(y, x) / var(x)}; NaN when x is constant. */
  static double beta(double[] y, double[] x) {
    double vx = covariance(x, x);
    if (!(vx > 0.0)) {
      return Double.NaN;
    }
    return covariance(y, x) / vx;
  }

  private static double mean(double[] x) {
    double s = 0.0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }
}
