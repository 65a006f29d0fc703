package dev.rotor.stats;

/**
 * Means and centred sums of squares and cross-products of a paired sample {@code (x_i, y_i)}, the
 * kernel shared by Pearson's correlation and the least-squares slope: {@code sxx = sum (x - mean
 * x)^2}, {@code sxy = sum (x - mean x)(y - mean y)}, {@code syy = sum (y - mean y)^2}. Computed in
 * two passes (the means, then the centred sums), O(n), without a copy. No divisor is applied; a NaN
 * in the input propagates to every sum.
 *
 * @param n number of pairs
 * @param meanX mean of {@code x}; NaN when {@code n = 0}
 * @param meanY mean of {@code y}; NaN when {@code n = 0}
 * @param sxx centred sum of squares of {@code x}
 * @param sxy centred sum of cross-products
 * @param syy centred sum of squares of {@code y}
 */
public record PairedSums(int n, double meanX, double meanY, double sxx, double sxy, double syy) {

  /** Checks {@code n}. */
  public PairedSums {
    if (n < 0) {
      throw new IllegalArgumentException("n: must be at least 0, was " + n);
    }
  }

  /**
   * The sums of the first {@code n} pairs of {@code x} and {@code y}.
   *
   * @throws IllegalArgumentException when {@code x} or {@code y} is null, or {@code n} is negative
   *     or longer than either array
   */
  public static PairedSums of(double[] x, double[] y, int n) {
    if (x == null) {
      throw new IllegalArgumentException("x: must not be null");
    }
    if (y == null) {
      throw new IllegalArgumentException("y: must not be null");
    }
    if (n < 0 || n > x.length || n > y.length) {
      throw new IllegalArgumentException(
          "n: must be in 0.." + Math.min(x.length, y.length) + ", was " + n);
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    return new PairedSums(n, mx, my, sxx, sxy, syy);
  }

  /**
   * Pearson's correlation {@code sxy / sqrt(sxx syy)}, clamped to {@code [-1, 1]} against rounding;
   * NaN when {@code n < 3} or either side has zero variance.
   */
  public double correlation() {
    if (n < 3 || sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1.0, Math.min(1.0, r));
  }
}
