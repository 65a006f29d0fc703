package dev.rotor.rotation;

import java.util.Arrays;

/**
 * The RS-Ratio and RS-Momentum kernels of {@link RotationGraph} (formulas in {@code
 * docs/conventions-rrg.md}). O(n), trailing windows only: output {@code [i]} depends on inputs
 * {@code [0..i]} alone, computed in index order, so appending data never changes a past value.
 */
final class RrgKernel {

  /**
   * Dispersion at or below which a window counts as flat and the point sits on the centre line
   * (100): 1e-9, in log units for the ratio (a relative-strength move of about 1e-7 percent) and in
   * ratio points for the momentum. It turns the 0/0 of an asset identical to its benchmark into
   * exactly 100 instead of NaN.
   */
  static final double FLAT = 1e-9;

  private RrgKernel() {}

  /**
   * RS-Ratio: {@code 100 + scale (y[i] - mean) / sd} with the mean and sample standard deviation (N
   * - 1) of {@code y} over the last {@code window} points including {@code i}; NaN before the
   * window is full, 100 when {@code sd <= FLAT}. Mean and sum of squared deviations are updated by
   * Welford's method, and on a slide by the add-and-remove form {@code M2 += (x_new - x_old) (x_new
   * - mean_new + x_old - mean_old)}, which avoids the cancellation of raw power sums.
   */
  static double[] ratio(double[] y, int window, double scale) {
    double[] out = new double[y.length];
    Arrays.fill(out, Double.NaN);
    double mean = 0;
    double m2 = 0;
    for (int i = 0; i < y.length; i++) {
      double x = y[i];
      if (i < window) {
        double delta = x - mean;
        mean += delta / (i + 1);
        m2 += delta * (x - mean);
      } else {
        double old = y[i - window];
        double oldMean = mean;
        mean += (x - old) / window;
        m2 += (x - old) * (x - mean + old - oldMean);
      }
      if (i >= window - 1) {
        double sd = Math.sqrt(Math.max(m2, 0.0) / (window - 1));
        out[i] = sd <= FLAT ? 100.0 : 100.0 + scale * (x - mean) / sd;
      }
    }
    return out;
  }

  /**
   * RS-Momentum: with {@code d[i] = ratio[i] - ratio[i - lag]} (NaN while either is NaN), {@code
   * 100 + scale d[i] / rms} where {@code rms} is the root mean square of the last {@code window}
   * defined {@code d} values including {@code i}; NaN before that window is full, 100 when {@code
   * rms <= FLAT}. Dividing by a root mean square (not subtracting a mean) keeps the sign: momentum
   * is above 100 exactly when the ratio rose over the last {@code lag} periods.
   */
  static double[] momentum(double[] ratio, int lag, int window, double scale) {
    double[] out = new double[ratio.length];
    Arrays.fill(out, Double.NaN);
    double[] d = new double[ratio.length];
    Arrays.fill(d, Double.NaN);
    double sumSquares = 0;
    int defined = 0;
    for (int i = lag; i < ratio.length; i++) {
      d[i] = ratio[i] - ratio[i - lag];
      if (Double.isNaN(d[i])) {
        continue;
      }
      sumSquares += d[i] * d[i];
      defined++;
      if (defined > window) {
        double old = d[i - window];
        sumSquares -= old * old;
      }
      if (defined >= window) {
        double rms = Math.sqrt(Math.max(sumSquares, 0.0) / window);
        out[i] = rms <= FLAT ? 100.0 : 100.0 + scale * d[i] / rms;
      }
    }
    return out;
  }
}
