package dev.rotor.regime;

import java.util.Random;

/**
 * Test oracles that need no filter: brute-force enumeration of all {@code 2^n} state paths of a
 * short series, and seeded simulation of the two-state process.
 */
final class Paths {

  private Paths() {}

  /**
   * Exact quantities by enumeration over every state path of {@code y} (n at most 16).
   *
   * @param likelihood total likelihood {@code sum over paths of pi(s_0) prod p(s_t-1, s_t) prod
   *     phi(y_t; s_t)}
   * @param smoothed0 {@code P(S_t = 0 | all y)}
   * @param transitions expected transition counts {@code [n00, n01, n10, n11]} given all y
   */
  record Exact(double likelihood, double[] smoothed0, double[] transitions) {}

  static Exact enumerate(double[] y, RegimeParameters p) {
    int n = y.length;
    double total = 0;
    double[] smoothed0 = new double[n];
    double[] transitions = new double[4];
    for (int path = 0; path < (1 << n); path++) {
      double w = p.steadyState(state(path, 0)) * density(y[0], p, state(path, 0));
      for (int t = 1; t < n; t++) {
        w *= p.transition(state(path, t - 1), state(path, t)) * density(y[t], p, state(path, t));
      }
      total += w;
      for (int t = 0; t < n; t++) {
        if (state(path, t) == 0) {
          smoothed0[t] += w;
        }
        if (t > 0) {
          transitions[2 * state(path, t - 1) + state(path, t)] += w;
        }
      }
    }
    for (int t = 0; t < n; t++) {
      smoothed0[t] /= total;
    }
    for (int k = 0; k < 4; k++) {
      transitions[k] /= total;
    }
    return new Exact(total, smoothed0, transitions);
  }

  /** Normal density {@code phi(y; mean_j, variance_j)}. */
  static double density(double y, RegimeParameters p, int j) {
    double d = y - p.mean(j);
    return Math.exp(-d * d / (2 * p.variance(j))) / Math.sqrt(2 * Math.PI * p.variance(j));
  }

  private static int state(int path, int t) {
    return (path >> t) & 1;
  }

  /** A simulated series and its true states. */
  record Simulation(double[] y, int[] states) {}

  /** Simulates {@code n} periods, the first state drawn from the steady state. */
  static Simulation simulate(RegimeParameters p, int n, long seed) {
    Random random = new Random(seed);
    double[] y = new double[n];
    int[] states = new int[n];
    int s = random.nextDouble() < p.steadyState(0) ? 0 : 1;
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        s = random.nextDouble() < p.transition(s, s) ? s : 1 - s;
      }
      states[t] = s;
      y[t] = p.mean(s) + Math.sqrt(p.variance(s)) * random.nextGaussian();
    }
    return new Simulation(y, states);
  }
}
