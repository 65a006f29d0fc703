package dev.rotor.analogs;

import dev.rotor.returns.ReturnKind;
import java.util.Arrays;

/**
 * State kernels on a relative level array: relative returns between two observations, rolling
 * relative volatility and the scale used to standardise features. Static and pure; too little
 * history gives NaN.
 */
final class StateFeatures {

  private StateFeatures() {}

  /**
   * The relative return from observation {@code s} to {@code t}: {@code level[t] / level[s] - 1}
   * ({@link ReturnKind#SIMPLE}) or {@code ln(level[t] / level[s])} ({@link ReturnKind#LOG}). NaN
   * when {@code s < 0}.
   */
  static double relative(double[] level, int s, int t, ReturnKind kind) {
    if (s < 0) {
      return Double.NaN;
    }
    double ratio = level[t] / level[s];
    return kind == ReturnKind.SIMPLE ? ratio - 1.0 : Math.log(ratio);
  }

  /**
   * Rolling sample (N-1) standard deviation of one-period log relative returns {@code ln(level[u] /
   * level[u - 1])} over the {@code window} returns ending at each index, times {@code annualiser}.
   * Element {@code t} uses returns {@code t - window + 1 .. t}; it is NaN for {@code t < window}.
   * O(n): running sums of returns centred on their overall mean (which keeps the subtraction well
   * conditioned).
   *
   * @throws IllegalArgumentException when {@code window < 2}
   */
  static double[] rollingVolatility(double[] level, int window, double annualiser) {
    if (window < 2) {
      throw new IllegalArgumentException("window: " + window + " is below 2");
    }
    int n = level.length;
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    if (n < 2) {
      return out;
    }
    double[] r = new double[n];
    double centre = 0;
    for (int u = 1; u < n; u++) {
      r[u] = Math.log(level[u] / level[u - 1]);
      centre += r[u];
    }
    centre /= n - 1;
    double sum = 0;
    double sumSq = 0;
    for (int t = 1; t < n; t++) {
      double x = r[t] - centre;
      sum += x;
      sumSq += x * x;
      if (t > window) {
        double y = r[t - window] - centre;
        sum -= y;
        sumSq -= y * y;
      }
      if (t >= window) {
        double var = (sumSq - sum * sum / window) / (window - 1);
        out[t] = Math.sqrt(Math.max(var, 0.0)) * annualiser;
      }
    }
    return out;
  }

  /**
   * Sample (N-1) standard deviation of {@code x[from..to]} (inclusive), two-pass. NaN for fewer
   * than two values.
   */
  static double standardDeviation(double[] x, int from, int to) {
    int n = to - from + 1;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (int i = from; i <= to; i++) {
      mean += x[i];
    }
    mean /= n;
    double ss = 0;
    for (int i = from; i <= to; i++) {
      double d = x[i] - mean;
      ss += d * d;
    }
    return Math.sqrt(ss / (n - 1));
  }
}
