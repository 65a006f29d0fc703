package dev.rotor.liquidity;

import dev.rotor.risk.Moments;
import java.util.Arrays;

/**
 * Statistics of a daily quantity over an index range {@code [from, to)}, skipping NaN, and its
 * trailing rolling mean. Each is one or two O(n) passes; the mean and standard deviation copy the
 * defined values once and use the {@link Moments} kernels.
 */
final class WindowStats {

  private WindowStats() {}

  /** Number of defined (non-NaN) values in {@code x[from, to)}. */
  static int count(double[] x, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(x[i])) {
        n++;
      }
    }
    return n;
  }

  /**
   * Mean of the defined values in {@code x[from, to)} ({@link Moments#mean}); NaN when there are
   * none.
   */
  static double mean(double[] x, int from, int to) {
    return Moments.mean(defined(x, from, to));
  }

  /**
   * Sample standard deviation (divisor {@code n - 1}, {@link Moments#stdev}) of the defined values
   * in {@code x[from, to)}; NaN when fewer than 2.
   */
  static double sampleSd(double[] x, int from, int to) {
    return Moments.stdev(defined(x, from, to));
  }

  /** The defined (non-NaN) values of {@code x[from, to)}, in order. */
  private static double[] defined(double[] x, int from, int to) {
    return Arrays.stream(x, from, to).filter(v -> !Double.isNaN(v)).toArray();
  }

  /**
   * Number of lag-1 pairs {@code (x[i], x[i-1])} with {@code i} in {@code [from, to)}, {@code i >=
   * 1} and both values defined.
   */
  static int lagPairs(double[] x, int from, int to) {
    int n = 0;
    for (int i = Math.max(from, 1); i < to; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(x[i - 1])) {
        n++;
      }
    }
    return n;
  }

  /**
   * Sample covariance (divisor {@code n - 1}) of the lag-1 pairs {@code (x[i], x[i-1])} counted by
   * {@link #lagPairs}, each leg centred on its own mean over the pairs (pandas {@code
   * x.cov(x.shift(1))}); NaN when fewer than 2 pairs.
   */
  static double lagCovariance(double[] x, int from, int to) {
    int n = 0;
    double sumA = 0;
    double sumB = 0;
    int start = Math.max(from, 1);
    for (int i = start; i < to; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(x[i - 1])) {
        sumA += x[i];
        sumB += x[i - 1];
        n++;
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double meanA = sumA / n;
    double meanB = sumB / n;
    double sp = 0;
    for (int i = start; i < to; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(x[i - 1])) {
        sp += (x[i] - meanA) * (x[i - 1] - meanB);
      }
    }
    return sp / (n - 1);
  }

  /**
   * Trailing mean of the last {@code window} values including {@code i}: NaN before {@code i =
   * window - 1} and whenever a value in the window is NaN (pandas {@code rolling(window).mean()}).
   * A running sum, re-summed from scratch whenever a window refills after a NaN, so rounding error
   * never carries across a gap.
   */
  static double[] rollingMean(double[] x, int window) {
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    double sum = 0;
    int run = 0; // consecutive defined values ending at i
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        run = 0;
        sum = 0;
        continue;
      }
      run++;
      sum += x[i];
      if (run > window) {
        sum -= x[i - window];
      }
      if (run >= window) {
        out[i] = sum / window;
      }
    }
    return out;
  }

  /**
   * Median of the defined values of {@code x} (the mean of the middle two for an even count); NaN
   * when there are none.
   */
  static double median(double[] x) {
    double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2.0;
  }
}
