package dev.rotor.stats;

import java.util.Arrays;
import java.util.Objects;

/** Argument checks shared by the kernels of this package; every failure names the argument. */
final class KernelArguments {

  private KernelArguments() {}

  /**
   * Checks that every value of {@code values} is finite.
   *
   * @throws IllegalArgumentException naming {@code name} and the first bad index
   */
  static void requireFinite(double[] values, String name) {
    Objects.requireNonNull(values, name);
    // Branch-free scan: v * 0 is 0 for a finite v and NaN for NaN or an infinity. Four sums
    // keep the additions independent, so the scan costs little next to the kernels.
    double p0 = 0;
    double p1 = 0;
    double p2 = 0;
    double p3 = 0;
    int n = values.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      p0 += values[i] * 0.0;
      p1 += values[i + 1] * 0.0;
      p2 += values[i + 2] * 0.0;
      p3 += values[i + 3] * 0.0;
    }
    for (; i < n; i++) {
      p0 += values[i] * 0.0;
    }
    if (p0 + p1 + p2 + p3 != 0) {
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(values[j])) {
          throw new IllegalArgumentException(
              name
                  + ": "
                  + values[j]
                  + " at index "
                  + j
                  + " is not finite (Rotor series never hold NaN; a missing value is an absent"
                  + " date, so align the series first)");
        }
      }
    }
  }

  /**
   * Checks a window length.
   *
   * @throws IllegalArgumentException when {@code window < min}
   */
  static void requireWindow(int window, int min) {
    if (window < min) {
      throw new IllegalArgumentException("window: " + window + " must be at least " + min);
    }
  }

  /**
   * Checks that two paired series have the same length.
   *
   * @throws IllegalArgumentException naming both arguments
   */
  static void requireSameLength(double[] a, String aName, double[] b, String bName) {
    Objects.requireNonNull(a, aName);
    Objects.requireNonNull(b, bName);
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          aName + ": length " + a.length + " differs from " + bName + ": length " + b.length);
    }
  }

  /** A new array of length {@code n} whose first {@code min(window - 1, n)} cells are NaN. */
  static double[] output(int n, int window) {
    double[] out = new double[n];
    Arrays.fill(out, 0, (int) Math.min((long) window - 1, n), Double.NaN);
    return out;
  }
}
