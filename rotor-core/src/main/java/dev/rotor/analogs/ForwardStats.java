package dev.rotor.analogs;

import dev.rotor.risk.Moments;
import dev.rotor.risk.TailRisk;
import java.util.Arrays;
import java.util.Random;

/**
 * Summary statistics of forward returns: mean, median, hit rate and a bootstrap percentile interval
 * of the mean. Static and pure (the generator is created from the seed on each call).
 */
final class ForwardStats {

  private ForwardStats() {}

  /**
   * The summary of {@code x} at horizon {@code horizonMonths}. With no values every statistic is
   * NaN.
   */
  static ForwardSummary summarise(
      int horizonMonths, double[] x, int resamples, long seed, double confidence) {
    int n = x.length;
    if (n == 0) {
      return new ForwardSummary(
          horizonMonths, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    int hits = 0;
    for (double v : x) {
      if (v > 0) {
        hits++;
      }
    }
    double[] means = bootstrapMeans(x, resamples, seed);
    Arrays.sort(means);
    double tail = (1.0 - confidence) / 2.0;
    return new ForwardSummary(
        horizonMonths,
        n,
        mean(x),
        TailRisk.quantileSorted(sorted, 0.5),
        (double) hits / n,
        TailRisk.quantileSorted(means, tail),
        TailRisk.quantileSorted(means, 1.0 - tail));
  }

  /** Arithmetic mean, summed in order. NaN when empty (the shared kernel {@link Moments#mean}). */
  static double mean(double[] x) {
    return Moments.mean(x);
  }

  /**
   * Means of {@code resamples} bootstrap resamples of {@code x}: each draws {@code x.length}
   * indices with replacement by {@link Random#nextInt(int)} from {@code new Random(seed)}, in
   * order, and averages the drawn values summed in draw order. {@link Random}'s algorithm is fixed
   * by its specification, so the draws are the same on every JVM.
   */
  static double[] bootstrapMeans(double[] x, int resamples, long seed) {
    int n = x.length;
    Random rnd = new Random(seed);
    double[] means = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += x[rnd.nextInt(n)];
      }
      means[b] = s / n;
    }
    return means;
  }
}
