package dev.rotor.allocation;

/**
 * Argument checks shared by the allocation kernels. Each failure is an {@link
 * IllegalArgumentException} that names the argument. NaN is never an argument error here: a NaN
 * input means too little data upstream and makes the kernels return NaN.
 */
final class Inputs {

  /** Tolerance on {@code sum(weights) = 1}. */
  static final double WEIGHT_SUM_TOL = 1e-9;

  /** Relative tolerance on the symmetry of a covariance matrix. */
  static final double SYMMETRY_TOL = 1e-10;

  private Inputs() {}

  static void requireNonNull(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(name + ": must not be null");
    }
  }

  /**
   * Checks that {@code cov} is a non-empty square symmetric matrix with no infinite entry and a
   * non-negative diagonal (NaN entries pass: they give NaN results). Positive semi-definiteness is
   * assumed, as it holds for every sample covariance, and is not checked.
   */
  static void requireCovariance(String name, double[][] cov) {
    requireNonNull(name, cov);
    int n = cov.length;
    if (n == 0) {
      throw new IllegalArgumentException(name + ": must have at least one asset");
    }
    for (int i = 0; i < n; i++) {
      if (cov[i] == null || cov[i].length != n) {
        throw new IllegalArgumentException(name + ": row " + i + " is not of length " + n);
      }
    }
    for (int i = 0; i < n; i++) {
      if (cov[i][i] < 0 || Double.isInfinite(cov[i][i])) {
        throw new IllegalArgumentException(
            name + ": variance " + cov[i][i] + " of asset " + i + " is not finite and >= 0");
      }
      for (int j = 0; j < i; j++) {
        double a = cov[i][j];
        double b = cov[j][i];
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
          throw new IllegalArgumentException(name + ": entry (" + i + "," + j + ") is infinite");
        }
        double scale = Math.sqrt(Math.abs(cov[i][i] * cov[j][j]));
        if (Math.abs(a - b) > SYMMETRY_TOL * Math.max(scale, Double.MIN_NORMAL)) {
          throw new IllegalArgumentException(
              name + ": not symmetric at (" + i + "," + j + "): " + a + " vs " + b);
        }
      }
    }
  }

  /** Checks a vector of length {@code n} with no infinite entry (NaN passes). */
  static void requireVector(String name, double[] v, int n) {
    requireNonNull(name, v);
    if (v.length != n) {
      throw new IllegalArgumentException(
          name + ": length " + v.length + " differs from the " + n + " assets");
    }
    for (int i = 0; i < n; i++) {
      if (Double.isInfinite(v[i])) {
        throw new IllegalArgumentException(name + ": entry " + i + " is infinite");
      }
    }
  }

  /** Checks long-only, fully invested weights: finite, {@code >= 0}, summing to 1. */
  static void requireWeights(String name, double[] w, int n) {
    requireVector(name, w, n);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (!(w[i] >= 0)) {
        throw new IllegalArgumentException(
            name + ": entry " + i + " is " + w[i] + "; weights must be finite and >= 0");
      }
      sum += w[i];
    }
    if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOL) {
      throw new IllegalArgumentException(name + ": must sum to 1, got " + sum);
    }
  }

  /** Checks a finite number. */
  static void requireFinite(String name, double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException(name + ": must be finite, got " + x);
    }
  }

  static boolean anyNaN(double[][] m) {
    for (double[] row : m) {
      if (anyNaN(row)) {
        return true;
      }
    }
    return false;
  }

  static boolean anyNaN(double[] v) {
    for (double x : v) {
      if (Double.isNaN(x)) {
        return true;
      }
    }
    return false;
  }

  static double[] nanVector(int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, Double.NaN);
    return out;
  }
}
