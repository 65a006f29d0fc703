package dev.rotor.stats;

/**
 * Rolling covariance, beta and correlation of two paired series over a trailing window of fixed
 * length. Static and pure; every kernel is O(n) in time and allocates only its output.
 *
 * <p><b>Output.</b> An array as long as the inputs: element {@code i} describes the pairs {@code i
 * - window + 1 .. i}. The first {@code window - 1} elements are NaN ("not enough data yet"), as
 * pandas {@code rolling(window)} with the default {@code min_periods = window}. A window longer
 * than the series gives all NaN.
 *
 * <p><b>Conventions.</b> The covariance uses the {@code N - 1} denominator (pandas {@code
 * y.rolling(w).cov(x)}, {@code ddof = 1}). The beta of {@code y} on {@code x} is {@code cov(y, x) /
 * var(x)}, the slope of the least-squares line of {@code y} on {@code x} with an intercept (pandas
 * {@code y.rolling(w).cov(x) / x.rolling(w).var()}); the denominators cancel. The correlation is
 * Pearson's {@code cov(x, y) / (sd(x) sd(y))}, clamped to {@code [-1, 1]}.
 *
 * <p><b>Undefined values.</b> A beta over a window where {@code x} is constant, and a correlation
 * over a window where either series is constant, are NaN (pandas divides by zero there and gives
 * NaN or an infinity). Constant windows are detected exactly by counting runs of equal values, so a
 * stale series gives NaN rather than a huge number made of rounding error.
 *
 * <p><b>Inputs.</b> Both series must have the same length and hold only finite values; otherwise
 * {@link IllegalArgumentException} names the argument (and the index of a bad value).
 *
 * <p><b>Numerical approach.</b> As in {@link RollingMoments}: blocks of {@code window} outputs; at
 * the start of a block both series are shifted by a value from the window and the means, sums of
 * squared deviations and the co-moment {@code C = sum (x - mean x)(y - mean y)} are recomputed with
 * a corrected two-pass sum; within the block each step replaces the oldest pair {@code (ax, ay)} by
 * the newest {@code (bx, by)} with {@code dx = bx - ax}, {@code dy = by - ay} and
 *
 * <pre>
 *   C' = C + (dx * ((by - mean y') + (ay - mean y)) + dy * ((bx - mean x') + (ax - mean x))) / 2
 * </pre>
 *
 * an exact identity whose terms stay small when the pair changes little. Rounding error never
 * accumulates over more than {@code window} steps, and a sum of squares that falls below 1% of its
 * average since the last recompute forces a recompute, so large values that have left the window
 * leave no residue.
 */
public final class RollingComoments {

  private static final int COVARIANCE = 0;
  private static final int BETA = 1;
  private static final int CORRELATION = 2;

  private RollingComoments() {}

  /**
   * Rolling sample covariance ({@code N - 1} denominator) of {@code y} and {@code x}.
   *
   * @param y the first series, finite values
   * @param x the second series, same length, finite values
   * @param window the window length, at least 2
   * @return the covariances, NaN for the first {@code window - 1} positions
   * @throws IllegalArgumentException when {@code window < 2}, the lengths differ or a value is not
   *     finite
   */
  public static double[] covariance(double[] y, double[] x, int window) {
    return comoments(y, x, window, COVARIANCE);
  }

  /**
   * Rolling beta of {@code y} on {@code x}: {@code cov(y, x) / var(x)} over each window.
   *
   * @param y the dependent series (e.g. a small-cap index's returns), finite values
   * @param x the explanatory series (e.g. the market's returns), same length, finite values
   * @param window the window length, at least 2
   * @return the betas, NaN for the first {@code window - 1} positions and where {@code x} is
   *     constant over the window
   * @throws IllegalArgumentException when {@code window < 2}, the lengths differ or a value is not
   *     finite
   */
  public static double[] beta(double[] y, double[] x, int window) {
    return comoments(y, x, window, BETA);
  }

  /**
   * Rolling Pearson correlation of {@code x} and {@code y}.
   *
   * @param x the first series, finite values
   * @param y the second series, same length, finite values
   * @param window the window length, at least 2
   * @return the correlations in {@code [-1, 1]}, NaN for the first {@code window - 1} positions and
   *     where either series is constant over the window
   * @throws IllegalArgumentException when {@code window < 2}, the lengths differ or a value is not
   *     finite
   */
  public static double[] correlation(double[] x, double[] y, int window) {
    return comoments(y, x, window, CORRELATION);
  }

  private static double[] comoments(double[] y, double[] x, int window, int kind) {
    KernelArguments.requireWindow(window, 2);
    KernelArguments.requireSameLength(y, "y", x, "x");
    KernelArguments.requireFinite(y, "y");
    KernelArguments.requireFinite(x, "x");
    int n = x.length;
    double[] out = KernelArguments.output(n, window);
    double inv = 1.0 / window;
    double dof = window - 1.0;
    int i = window - 1;
    while (i < n) {
      // Recompute: corrected two-pass over the window shifted by its newest pair.
      double cx = x[i];
      double cy = y[i];
      int first = i - window + 1;
      double mx = WindowSums.shiftedSum(x, first, i + 1, cx) / window;
      double my = WindowSums.shiftedSum(y, first, i + 1, cy) / window;
      double qx = WindowSums.centredSquares(x, first, i + 1, cx, mx);
      double qy = WindowSums.centredSquares(y, first, i + 1, cy, my);
      double cxy = WindowSums.centredProducts(x, y, first, i + 1, cx, cy, mx, my);
      int runX = RollingMoments.equalRun(x, i, window);
      int runY = RollingMoments.equalRun(y, i, window);
      if (runX >= window) {
        qx = 0;
        cxy = 0;
      }
      if (runY >= window) {
        qy = 0;
        cxy = 0;
      }
      out[i] = finish(kind, qx, qy, cxy, dof);
      double totalX = qx; // sums of qx and qy over the steps since the recompute
      double totalY = qy;
      double steps = 1;
      int end = i + Math.min(window, n - i);
      // Slide: replacement update of the means, the sums of squares and the co-moment.
      for (i++; i < end; i++) {
        double bx = x[i] - cx;
        double ax = x[i - window] - cx;
        double by = y[i] - cy;
        double ay = y[i - window] - cy;
        double dx = bx - ax;
        double dy = by - ay;
        double mxNew = mx + dx * inv;
        double myNew = my + dy * inv;
        double tx = (bx - mxNew) + (ax - mx);
        double ty = (by - myNew) + (ay - my);
        qx += dx * tx;
        qy += dy * ty;
        cxy += 0.5 * (dx * ty + dy * tx);
        mx = mxNew;
        my = myNew;
        runX = x[i] == x[i - 1] ? runX + 1 : 1;
        runY = y[i] == y[i - 1] ? runY + 1 : 1;
        if (runX >= window || runY >= window) {
          if (runX >= window) {
            mx = bx;
            qx = 0;
          }
          if (runY >= window) {
            my = by;
            qy = 0;
          }
          cxy = 0;
        } else {
          totalX += qx;
          totalY += qy;
          steps += 1;
          if (qx * steps < RollingMoments.COLLAPSE * totalX
              || qy * steps < RollingMoments.COLLAPSE * totalY) {
            break; // recompute at i
          }
        }
        out[i] = finish(kind, qx, qy, cxy, dof);
      }
    }
    return out;
  }

  private static double finish(int kind, double qx, double qy, double cxy, double dof) {
    switch (kind) {
      case COVARIANCE:
        return cxy / dof;
      case BETA:
        return qx > 0 ? cxy / qx : Double.NaN;
      default:
        if (qx > 0 && qy > 0) {
          double p = qx * qy;
          // One root when the product is a normal number, two when it would lose precision.
          double root =
              p >= Double.MIN_NORMAL && p <= Double.MAX_VALUE
                  ? Math.sqrt(p)
                  : Math.sqrt(qx) * Math.sqrt(qy);
          double r = cxy / root;
          return r > 1.0 ? 1.0 : r < -1.0 ? -1.0 : r;
        }
        return Double.NaN;
    }
  }
}
