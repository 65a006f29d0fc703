package dev.rotor.scenario;

import dev.rotor.stats.PairedSums;

/**
 * Closed-form least squares of {@code y = a + b x + e} with classical and Newey-West standard
 * errors of the slope. Static and pure; checked against Hipparchus {@code
 * OLSMultipleLinearRegression} and statsmodels in the tests.
 *
 * <p>With {@code Sxx = sum (x - mean x)^2}: {@code b = sum (x - mean x)(y - mean y) / Sxx}, {@code
 * a = mean y - b mean x}. Classical {@code Var(b) = s^2 / Sxx} with {@code s^2 = SSE / (n - 2)}.
 * Newey-West: the slope row of {@code (X'X)^-1} applied to the score {@code e_t (1, x_t)} is {@code
 * u_t / Sxx} with {@code u_t = (x_t - mean x) e_t}, so {@code Var(b) = [sum u_t^2 + 2 sum_{l=1..L}
 * (1 - l / (L + 1)) sum_t u_t u_{t-l}] / Sxx^2}, exactly the slope element of the sandwich {@code
 * (X'X)^-1 S (X'X)^-1}.
 */
final class SlopeRegression {

  private SlopeRegression() {}

  /** A fit: intercept, slope, their standard errors, the lags used and R squared. */
  record Fit(
      int n,
      double alpha,
      double beta,
      double seClassical,
      double seNeweyWest,
      int lags,
      double r2) {}

  /**
   * Fits {@code y} on {@code x} (same length) with {@code lags} Newey-West lags. Fewer than 3
   * observations, or no variation in {@code x}, give NaN estimates.
   */
  static Fit fit(double[] x, double[] y, int lags) {
    int n = x.length;
    if (y.length != n) {
      throw new IllegalArgumentException("y: length " + y.length + " differs from x: " + n);
    }
    if (lags < 0) {
      throw new IllegalArgumentException("lags: must be at least 0, was " + lags);
    }
    double nan = Double.NaN;
    if (n < 3) {
      return new Fit(n, nan, nan, nan, nan, lags, nan);
    }
    PairedSums sums = PairedSums.of(x, y, n);
    double mx = sums.meanX();
    double my = sums.meanY();
    double sxx = sums.sxx();
    double sxy = sums.sxy();
    double syy = sums.syy();
    if (!(sxx > 0)) {
      return new Fit(n, nan, nan, nan, nan, lags, nan);
    }
    double b = sxy / sxx;
    double a = my - b * mx;
    double[] u = new double[n];
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double e = y[i] - a - b * x[i];
      sse += e * e;
      u[i] = (x[i] - mx) * e;
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += u[i] * u[i];
    }
    for (int l = 1; l <= Math.min(lags, n - 1); l++) {
      double w = 1.0 - l / (lags + 1.0);
      double g = 0;
      for (int t = l; t < n; t++) {
        g += u[t] * u[t - l];
      }
      s += 2.0 * w * g;
    }
    double seClassical = Math.sqrt(sse / (n - 2) / sxx);
    double seHac = Math.sqrt(Math.max(s, 0.0)) / sxx;
    double r2 = syy > 0 ? 1.0 - sse / syy : nan;
    return new Fit(n, a, b, seClassical, seHac, lags, r2);
  }
}
