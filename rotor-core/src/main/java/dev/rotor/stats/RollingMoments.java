package dev.rotor.stats;

/**
 * Rolling mean, variance and standard deviation of one series over a trailing window of fixed
 * length. Static and pure; every kernel is O(n) in time and allocates only its output.
 *
 * <p><b>Output.</b> An array as long as the input: element {@code i} describes the window {@code
 * x[i - window + 1 .. i]} (both ends included). The first {@code window - 1} elements are NaN,
 * meaning "not enough data yet", exactly like pandas {@code Series.rolling(window)} with the
 * default {@code min_periods = window}. A window longer than the series gives all NaN.
 *
 * <p><b>Conventions.</b> The variance is the sample variance with the {@code N - 1} (Bessel)
 * denominator, as pandas {@code rolling(w).var()} ({@code ddof = 1}); the standard deviation is its
 * square root. Neither is annualised.
 *
 * <p><b>Inputs.</b> Rotor series never contain NaN (a missing observation is an absent date), so a
 * NaN or infinite input is a bad argument and throws {@link IllegalArgumentException} naming its
 * index; align series before calling.
 *
 * <p><b>Numerical approach.</b> The series is cut into blocks of {@code window} consecutive
 * outputs. At the first output of each block the window is recomputed from scratch: the values are
 * shifted by a reference value {@code c} taken from the window (so a large common offset such as
 * {@code 1e9 + noise} cancels exactly before any squaring), then the mean and the sum of squared
 * deviations {@code M2} come from a corrected two-pass sum. The other outputs of the block slide
 * the window by one with the Welford-type replacement update (the oldest value {@code a} leaves,
 * the newest {@code b} enters, {@code d = b - a}):
 *
 * <pre>
 *   mean' = mean + d / window
 *   M2'   = M2 + d * ((b - mean') + (a - mean))
 * </pre>
 *
 * which never subtracts two large sums of squares. Because of the restart, rounding error never
 * accumulates over more than {@code window} updates, whatever the length of the series (10 million
 * points and more). The rounding error of an update is relative to the {@code M2} values it went
 * through, so when {@code M2} falls below 1% of its average since the last recompute (a burst of
 * large values has just left the window) the window is recomputed at once: large values that have
 * left leave no residue in the variance. The rolling mean uses the same blocks with a running
 * shifted sum; its absolute error is a few ulps of the largest values seen since the block began. A
 * window whose values are all equal has exactly that value as its mean and exactly 0 as its
 * variance (a run of equal values is counted as the window slides), and a variance that rounding
 * would make slightly negative is reported as 0.
 */
public final class RollingMoments {

  /**
   * A sum of squares that falls below this fraction of its average over the steps since the last
   * recompute triggers an immediate recompute: the rounding error of the updates is relative to the
   * sums of squares they went through, so this bounds the relative error of what is reported.
   */
  static final double COLLAPSE = 0.01;

  private RollingMoments() {}

  /**
   * Rolling arithmetic mean over {@code window} observations.
   *
   * @param x the series, finite values
   * @param window the window length, at least 1
   * @return the means, NaN for the first {@code window - 1} positions
   * @throws IllegalArgumentException when {@code window < 1} or a value of {@code x} is not finite
   */
  public static double[] mean(double[] x, int window) {
    KernelArguments.requireWindow(window, 1);
    KernelArguments.requireFinite(x, "x");
    int n = x.length;
    double[] out = KernelArguments.output(n, window);
    for (int start = window - 1, end; start < n; start = end) {
      end = start + Math.min(window, n - start);
      double c = x[start];
      double s = WindowSums.shiftedSum(x, start - window + 1, start + 1, c);
      int run = equalRun(x, start, window);
      out[start] = run >= window ? x[start] : c + s / window;
      for (int i = start + 1; i < end; i++) {
        s += (x[i] - c) - (x[i - window] - c);
        run = x[i] == x[i - 1] ? run + 1 : 1;
        out[i] = run >= window ? x[i] : c + s / window;
      }
    }
    return out;
  }

  /**
   * Rolling sample variance ({@code N - 1} denominator) over {@code window} observations.
   *
   * @param x the series, finite values
   * @param window the window length, at least 2
   * @return the variances, NaN for the first {@code window - 1} positions
   * @throws IllegalArgumentException when {@code window < 2} or a value of {@code x} is not finite
   */
  public static double[] variance(double[] x, int window) {
    return moments(x, window, false);
  }

  /**
   * Rolling sample standard deviation: the square root of {@link #variance(double[], int)}.
   *
   * @param x the series, finite values
   * @param window the window length, at least 2
   * @return the standard deviations, NaN for the first {@code window - 1} positions
   * @throws IllegalArgumentException when {@code window < 2} or a value of {@code x} is not finite
   */
  public static double[] std(double[] x, int window) {
    return moments(x, window, true);
  }

  private static double[] moments(double[] x, int window, boolean sqrt) {
    KernelArguments.requireWindow(window, 2);
    KernelArguments.requireFinite(x, "x");
    int n = x.length;
    double[] out = KernelArguments.output(n, window);
    double inv = 1.0 / window;
    int i = window - 1;
    while (i < n) {
      // Recompute: corrected two-pass over the window shifted by its newest value.
      double c = x[i];
      int first = i - window + 1;
      double m = WindowSums.shiftedSum(x, first, i + 1, c) / window; // mean of (x - c)
      double m2 = WindowSums.centredSquares(x, first, i + 1, c, m); // sum of squared deviations
      int run = equalRun(x, i, window); // equal values ending at i, up to window
      if (run >= window) {
        m2 = 0;
      }
      out[i] = m2 > 0 ? m2 : 0;
      double total = m2; // sum of m2 over the steps since the recompute
      double steps = 1;
      int end = i + Math.min(window, n - i);
      // Slide: Welford replacement update, until the block ends or m2 collapses.
      for (i++; i < end; i++) {
        double b = x[i] - c;
        double a = x[i - window] - c;
        double d = b - a;
        double mNew = m + d * inv;
        m2 += d * ((b - mNew) + (a - m));
        m = mNew;
        run = x[i] == x[i - 1] ? run + 1 : 1;
        if (run >= window) {
          m = b;
          m2 = 0;
        } else {
          total += m2;
          steps += 1;
          if (m2 * steps < COLLAPSE * total) {
            break; // recompute at i
          }
        }
        out[i] = m2 > 0 ? m2 : 0;
      }
    }
    // Divide (and take roots) in a separate pass, which the JIT vectorises.
    double dof = window - 1.0;
    if (sqrt) {
      for (int k = window - 1; k < n; k++) {
        out[k] = Math.sqrt(out[k] / dof);
      }
    } else {
      for (int k = window - 1; k < n; k++) {
        out[k] = out[k] / dof;
      }
    }
    return out;
  }

  /** How many equal values end at {@code x[last]}, counted up to {@code window}. */
  static int equalRun(double[] x, int last, int window) {
    int run = 1;
    while (run < window && x[last - run] == x[last]) {
      run++;
    }
    return run;
  }
}
