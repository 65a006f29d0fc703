package dev.rotor.stats;

/**
 * Exact-restart sums over one window {@code [from, to)} for the rolling kernels. Each sum runs in
 * four independent partial sums, so the restart costs little next to the sliding updates.
 */
final class WindowSums {

  private WindowSums() {}

  /** {@code sum (x[j] - c)} over the window. */
  static double shiftedSum(double[] x, int from, int to, double c) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = from;
    for (; j + 3 < to; j += 4) {
      s0 += x[j] - c;
      s1 += x[j + 1] - c;
      s2 += x[j + 2] - c;
      s3 += x[j + 3] - c;
    }
    for (; j < to; j++) {
      s0 += x[j] - c;
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * The corrected two-pass sum of squared deviations {@code sum d^2 - (sum d)^2 / n} with {@code d
   * = (x[j] - c) - m}: the second term removes the first-order effect of rounding in {@code m}.
   */
  static double centredSquares(double[] x, int from, int to, double c, double m) {
    double q0 = 0;
    double q1 = 0;
    double e0 = 0;
    double e1 = 0;
    int j = from;
    for (; j + 1 < to; j += 2) {
      double d0 = (x[j] - c) - m;
      double d1 = (x[j + 1] - c) - m;
      q0 += d0 * d0;
      q1 += d1 * d1;
      e0 += d0;
      e1 += d1;
    }
    if (j < to) {
      double d0 = (x[j] - c) - m;
      q0 += d0 * d0;
      e0 += d0;
    }
    double e = e0 + e1;
    return (q0 + q1) - e * e / (to - from);
  }

  /**
   * The corrected two-pass co-moment {@code sum dx dy - (sum dx)(sum dy) / n} with {@code dx =
   * (x[j] - cx) - mx} and {@code dy = (y[j] - cy) - my}.
   */
  static double centredProducts(
      double[] x, double[] y, int from, int to, double cx, double cy, double mx, double my) {
    double p0 = 0;
    double p1 = 0;
    double ex = 0;
    double ey = 0;
    int j = from;
    for (; j + 1 < to; j += 2) {
      double dx0 = (x[j] - cx) - mx;
      double dy0 = (y[j] - cy) - my;
      double dx1 = (x[j + 1] - cx) - mx;
      double dy1 = (y[j + 1] - cy) - my;
      p0 += dx0 * dy0;
      p1 += dx1 * dy1;
      ex += dx0 + dx1;
      ey += dy0 + dy1;
    }
    if (j < to) {
      double dx0 = (x[j] - cx) - mx;
      double dy0 = (y[j] - cy) - my;
      p0 += dx0 * dy0;
      ex += dx0;
      ey += dy0;
    }
    return (p0 + p1) - ex * ey / (to - from);
  }
}
