package dev.rotor.holding;

import dev.rotor.risk.TailRisk;
import java.util.Arrays;

/** Summary kernels over the log growths of a set of windows. Static and pure. */
final class WindowStats {

  private WindowStats() {}

  /**
   * The distribution of the annualised returns {@code exp(g / years) - 1} of the window log growths
   * {@code logs}: loss probability (fraction with {@code g < 0}), minimum, R-7 median, maximum and
   * arithmetic mean. All NaN when {@code logs} is empty.
   */
  static AnnualisedDistribution distribution(double[] logs, int years) {
    int n = logs.length;
    if (n == 0) {
      return AnnualisedDistribution.empty();
    }
    double[] a = new double[n];
    int losses = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      a[i] = RollingGrowth.annualise(logs[i], years);
      sum += a[i];
      if (logs[i] < 0) {
        losses++;
      }
    }
    Arrays.sort(a);
    return new AnnualisedDistribution(
        (double) losses / n, a[0], TailRisk.quantileSorted(a, 0.5), a[n - 1], sum / n);
  }

  /**
   * Counts of windows where {@code a[i] > b[i]}, {@code a[i] < b[i]} and {@code a[i] == b[i]}, as
   * fractions of the windows: {@code {aWins, bWins, ties}}. All NaN when empty.
   */
  static double[] contest(double[] a, double[] b) {
    int n = a.length;
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    int aWins = 0;
    int bWins = 0;
    for (int i = 0; i < n; i++) {
      if (a[i] > b[i]) {
        aWins++;
      } else if (a[i] < b[i]) {
        bWins++;
      }
    }
    return new double[] {(double) aWins / n, (double) bWins / n, (double) (n - aWins - bWins) / n};
  }
}
