package dev.rotor.regime;

import java.util.Arrays;

/**
 * Per-period probabilities of the two states (filtered or smoothed), aligned with the input series.
 * Arrays are copied in and out. Entries are in [0, 1] and each period's pair sums to 1 up to
 * rounding, or all NaN when the model could not be estimated.
 *
 * @param state0 probability of state 0 in each period
 * @param state1 probability of state 1 in each period
 */
public record RegimeProbabilities(double[] state0, double[] state1) {

  /** Validates the lengths and ranges and copies the arrays. */
  public RegimeProbabilities {
    if (state0.length != state1.length) {
      throw new IllegalArgumentException(
          "state1: length " + state1.length + " differs from state0's " + state0.length);
    }
    state0 = state0.clone();
    state1 = state1.clone();
    for (int t = 0; t < state0.length; t++) {
      check(state0[t], "state0", t);
      check(state1[t], "state1", t);
    }
  }

  /** All NaN, for {@code n} periods. */
  static RegimeProbabilities undefined(int n) {
    double[] nan = new double[n];
    Arrays.fill(nan, Double.NaN);
    return new RegimeProbabilities(nan, nan);
  }

  /** A copy of the probabilities of state 0. */
  @Override
  public double[] state0() {
    return state0.clone();
  }

  /** A copy of the probabilities of state 1. */
  @Override
  public double[] state1() {
    return state1.clone();
  }

  /** A copy of the probabilities of {@code state} (0 or 1). */
  public double[] of(int state) {
    return RegimeParameters.checkState(state) == 0 ? state0() : state1();
  }

  /** The probability of {@code state} in period {@code t}. */
  public double get(int t, int state) {
    return RegimeParameters.checkState(state) == 0 ? state0[t] : state1[t];
  }

  /** Number of periods. */
  public int size() {
    return state0.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegimeProbabilities other
        && Arrays.equals(state0, other.state0)
        && Arrays.equals(state1, other.state1);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(state0) + Arrays.hashCode(state1);
  }

  @Override
  public String toString() {
    return "RegimeProbabilities[" + state0.length + " periods]";
  }

  private static void check(double v, String name, int t) {
    if (!(v >= 0 && v <= 1) && !Double.isNaN(v)) {
      throw new IllegalArgumentException(name + ": " + v + " at index " + t + " is not in [0, 1]");
    }
  }
}
