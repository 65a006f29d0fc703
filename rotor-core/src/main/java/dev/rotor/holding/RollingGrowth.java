package dev.rotor.holding;

/**
 * Rolling-window growth kernels on primitive arrays. A series is first turned into a <em>cumulative
 * log level</em> {@code c} (one point per observation), so the log growth of the window from point
 * {@code j} to point {@code j + length} is {@code c[j + length] - c[j]}: one subtraction per
 * window, O(n) in all, no copy per window.
 */
final class RollingGrowth {

  private RollingGrowth() {}

  /**
   * Cumulative log level of consecutive simple returns: {@code c[0] = 0} (before the first return)
   * and {@code c[i + 1] = c[i] + ln(1 + r[i])}; length {@code r.length + 1}.
   *
   * @throws IllegalArgumentException when a return is not greater than -1 (or is not finite)
   */
  static double[] fromReturns(double[] simple, String name) {
    double[] c = new double[simple.length + 1];
    for (int i = 0; i < simple.length; i++) {
      double r = simple[i];
      if (!(r > -1) || Double.isInfinite(r)) {
        throw new IllegalArgumentException(
            name + ": return " + r + " at index " + i + " is not a finite number above -1");
      }
      c[i + 1] = c[i] + Math.log1p(r);
    }
    return c;
  }

  /**
   * Log of each level: {@code c[i] = ln(levels[i])}, so {@code c[k] - c[j] = ln(levels[k] /
   * levels[j])}.
   *
   * @throws IllegalArgumentException when a level is not finite and positive
   */
  static double[] fromLevels(double[] levels, String name) {
    double[] c = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      double p = levels[i];
      if (!(p > 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException(
            name + ": level " + p + " at index " + i + " is not a positive finite number");
      }
      c[i] = Math.log(p);
    }
    return c;
  }

  /**
   * Log growth of every window of {@code length} steps on the cumulative log level {@code c}:
   * element {@code j} is {@code c[j + length] - c[j]}, the window ending at point {@code j +
   * length}. Empty when {@code c} has no more than {@code length} points.
   */
  static double[] windowLogs(double[] c, int length) {
    int windows = c.length - length;
    if (windows <= 0) {
      return new double[0];
    }
    double[] out = new double[windows];
    for (int j = 0; j < windows; j++) {
      out[j] = c[j + length] - c[j];
    }
    return out;
  }

  /**
   * Geometric annualisation of a log growth over exactly {@code years} years: {@code exp(g / years)
   * - 1}, i.e. {@code (1 + R)^(1 / years) - 1} with {@code R = exp(g) - 1}.
   */
  static double annualise(double logGrowth, int years) {
    return Math.expm1(logGrowth / years);
  }
}
