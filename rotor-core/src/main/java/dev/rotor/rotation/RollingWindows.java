package dev.rotor.rotation;

import java.util.Arrays;

/**
 * Trailing-window kernels on primitive arrays, each O(n) with running sums. Output {@code [i]} uses
 * only inputs {@code [0..i]}, so a prefix of the input gives a prefix of the output computed in the
 * same order (bit for bit). Positions before a window is full hold NaN.
 */
final class RollingWindows {

  private RollingWindows() {}

  /** Simple moving average over the last {@code window} points (including {@code i}). */
  static double[] simpleMean(double[] x, int window) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i];
      if (i >= window) {
        sum -= x[i - window];
      }
      if (i >= window - 1) {
        out[i] = sum / window;
      }
    }
    return out;
  }

  /**
   * Exponential moving average with smoothing {@code alpha = 2 / (span + 1)}, seeded with the first
   * value: {@code e[0] = x[0]}, {@code e[i] = (1 - alpha) e[i-1] + alpha x[i]} (pandas {@code
   * ewm(span, adjust=False)}). Positions before {@code minPoints - 1} are NaN. {@code span = 1}
   * returns the input values.
   */
  static double[] exponentialMean(double[] x, int span, int minPoints) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    double alpha = 2.0 / (span + 1.0);
    double keep = 1.0 - alpha;
    double e = 0;
    for (int i = 0; i < x.length; i++) {
      e = i == 0 ? x[0] : keep * e + alpha * x[i];
      if (i >= minPoints - 1) {
        out[i] = e;
      }
    }
    return out;
  }

  /**
   * Ordinary least-squares slope of {@code y} on the time index over the last {@code points}
   * values, in units of y per period. With window positions {@code t = 0..k-1}, {@code Sy = Σ y}
   * and {@code Sty = Σ t y}: {@code slope = 12 (Sty - (k-1)/2 Sy) / (k (k² - 1))}. Sliding one step
   * lowers every remaining position by one, so {@code Sty -= Sy - y_old} before the new point is
   * added at {@code t = k-1}.
   */
  static double[] olsSlope(double[] y, int points) {
    double[] out = new double[y.length];
    Arrays.fill(out, Double.NaN);
    double k = points;
    double denominator = k * (k * k - 1.0) / 12.0;
    double centre = (k - 1.0) / 2.0;
    double sy = 0;
    double sty = 0;
    for (int i = 0; i < y.length; i++) {
      if (i >= points) {
        double old = y[i - points];
        sy -= old;
        sty -= sy;
      }
      sty += Math.min(i, points - 1) * y[i];
      sy += y[i];
      if (i >= points - 1) {
        out[i] = (sty - centre * sy) / denominator;
      }
    }
    return out;
  }
}
