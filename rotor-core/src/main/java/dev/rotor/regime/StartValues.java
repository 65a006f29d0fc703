package dev.rotor.regime;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Starting parameters for EM: four fixed starts built from the sample mean {@code m} and standard
 * deviation {@code s}, then {@code randomStarts} seeded random ones.
 *
 * <table>
 *   <caption>Fixed starts (p00, p11; means; variances)</caption>
 *   <tr><td>mean split</td><td>0.9, 0.9; m - s/2, m + s/2; s^2, s^2</td></tr>
 *   <tr><td>variance split</td><td>0.95, 0.95; m - s/10, m + s/10; s^2/2, 2 s^2</td></tr>
 *   <tr><td>calm high mean</td><td>0.9, 0.9; m - s/2, m + s/2; 2 s^2, s^2/2</td></tr>
 *   <tr><td>calm low mean</td><td>0.9, 0.9; m - s/2, m + s/2; s^2/2, 2 s^2</td></tr>
 * </table>
 *
 * <p>Random starts draw from {@link java.util.Random} with the given seed (its algorithm is fixed
 * by the JDK specification, so the starts are the same on every JVM): means {@code m + s z},
 * variances {@code s^2 exp(u)} with {@code u} uniform on [-1, 1), staying probabilities uniform on
 * [0.6, 0.99).
 */
final class StartValues {

  private StartValues() {}

  /** The starts, each in the order of {@link RegimeParameter}. */
  static List<double[]> of(double mean, double variance, int randomStarts, long seed) {
    double s = Math.sqrt(variance);
    List<double[]> out = new ArrayList<>(4 + randomStarts);
    out.add(new double[] {0.9, 0.9, mean - s / 2, mean + s / 2, variance, variance});
    out.add(new double[] {0.95, 0.95, mean - s / 10, mean + s / 10, variance / 2, 2 * variance});
    out.add(new double[] {0.9, 0.9, mean - s / 2, mean + s / 2, 2 * variance, variance / 2});
    out.add(new double[] {0.9, 0.9, mean - s / 2, mean + s / 2, variance / 2, 2 * variance});
    Random random = new Random(seed);
    for (int i = 0; i < randomStarts; i++) {
      double p00 = 0.6 + 0.39 * random.nextDouble();
      double p11 = 0.6 + 0.39 * random.nextDouble();
      double m0 = mean + s * random.nextGaussian();
      double m1 = mean + s * random.nextGaussian();
      double v0 = variance * Math.exp(2 * random.nextDouble() - 1);
      double v1 = variance * Math.exp(2 * random.nextDouble() - 1);
      out.add(new double[] {p00, p11, m0, m1, v0, v1});
    }
    return out;
  }
}
