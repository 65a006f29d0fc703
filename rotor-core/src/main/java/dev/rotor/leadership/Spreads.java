package dev.rotor.leadership;

import dev.rotor.risk.Moments;

/**
 * Kernels on primitive arrays for the spread history of a pair: the spreads of every complete
 * historical window (one pass, no copy per window) and their percentile, mean, standard deviation
 * and z-score.
 */
final class Spreads {

  private Spreads() {}

  /**
   * The spread {@code (a[j]/a[base]-1) - (b[j]/b[base]-1)} of every complete window, in end order:
   * for each {@code j} in {@code [0, bases.length)} with {@code bases[j] >= 0}. Levels must be
   * positive.
   */
  static double[] history(double[] a, double[] b, int[] bases) {
    int n = 0;
    for (int base : bases) {
      if (base >= 0) {
        n++;
      }
    }
    double[] out = new double[n];
    int k = 0;
    for (int j = 0; j < bases.length; j++) {
      int i = bases[j];
      if (i >= 0) {
        out[k++] = spread(a[i], a[j], b[i], b[j]);
      }
    }
    return out;
  }

  /** {@code (a1/a0 - 1) - (b1/b0 - 1)}. */
  static double spread(double a0, double a1, double b0, double b1) {
    return (a1 / a0 - 1.0) - (b1 / b0 - 1.0);
  }

  /**
   * Fraction of {@code h} that is less than or equal to {@code x}: the empirical distribution
   * function at {@code x}. NaN when {@code h} holds fewer than 2 values.
   */
  static double percentile(double[] h, double x) {
    if (h.length < 2) {
      return Double.NaN;
    }
    int le = 0;
    for (double v : h) {
      if (v <= x) {
        le++;
      }
    }
    return (double) le / h.length;
  }

  /** Arithmetic mean; NaN when empty (the shared kernel {@link Moments#mean}). */
  static double mean(double[] h) {
    return Moments.mean(h);
  }

  /** Sample standard deviation (divisor {@code n - 1}); NaN for fewer than 2 values. */
  static double sd(double[] h) {
    return Moments.stdev(h);
  }

  /** {@code (x - mean) / sd}; NaN when {@code sd} is NaN or 0. */
  static double z(double x, double mean, double sd) {
    if (!(sd > 0)) {
      return Double.NaN;
    }
    return (x - mean) / sd;
  }
}
