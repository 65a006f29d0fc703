package dev.rotor.stats;

/**
 * Exponentially weighted moving mean and standard deviation, in the convention of pandas {@code
 * Series.ewm(span=span, adjust=False)}. Static and pure; O(n).
 *
 * <p><b>Convention.</b> The smoothing factor is {@code alpha = 2 / (span + 1)} with {@code span >=
 * 1} (span 20 gives alpha = 2/21; the "centre of mass" of the weights is {@code (span - 1) / 2}
 * periods back). The recursion starts at the first observation and does not renormalise ({@code
 * adjust=False}):
 *
 * <pre>
 *   mean[0] = x[0]
 *   mean[t] = mean[t-1] + alpha * (x[t] - mean[t-1])
 * </pre>
 *
 * so {@code mean[t]} weights {@code x[t-k]} by {@code alpha (1 - alpha)^k} for {@code k < t} and
 * {@code x[0]} by the remaining {@code (1 - alpha)^t}. The variance is the weighted variance around
 * the weighted mean with the unbiasing factor for reliability weights, as pandas {@code
 * ewm(...).var()} with {@code bias=False}:
 *
 * <pre>
 *   S[0] = 0,  S[t] = (1 - alpha) * (S[t-1] + alpha * (x[t] - mean[t-1])^2)   (biased variance)
 *   W[0] = 1,  W[t] = (1 - alpha)^2 * W[t-1] + alpha^2                         (sum of squared weights)
 *   var[t] = S[t] / (1 - W[t])
 * </pre>
 *
 * The standard deviation is {@code sqrt(var)}; it is NaN at {@code t = 0} (one observation says
 * nothing about dispersion) and everywhere when {@code span = 1} (alpha = 1: each value is its own
 * mean). Nothing is annualised. NaN or infinite inputs throw {@link IllegalArgumentException}.
 */
public final class Ewma {

  /** Below this, {@code (1 - alpha)^(2t)} no longer changes W in double precision. */
  private static final double SETTLED = 0x1p-60;

  private Ewma() {}

  /**
   * The smoothing factor of a span: {@code 2 / (span + 1)}.
   *
   * @throws IllegalArgumentException when {@code span} is not a finite number at least 1
   */
  public static double alpha(double span) {
    if (!(span >= 1) || Double.isInfinite(span)) {
      throw new IllegalArgumentException("span: " + span + " must be a finite number at least 1");
    }
    return 2.0 / (span + 1.0);
  }

  /**
   * Exponentially weighted mean, pandas {@code ewm(span=span, adjust=False).mean()}.
   *
   * @param x the series, finite values
   * @param span the span, at least 1 (alpha = 2 / (span + 1))
   * @return the means, same length as {@code x}; element 0 is {@code x[0]}
   * @throws IllegalArgumentException when the span is below 1 or a value is not finite
   */
  public static double[] mean(double[] x, double span) {
    double alpha = alpha(span);
    KernelArguments.requireFinite(x, "x");
    double[] out = new double[x.length];
    if (x.length == 0) {
      return out;
    }
    double m = x[0];
    out[0] = m;
    for (int t = 1; t < x.length; t++) {
      m += alpha * (x[t] - m);
      out[t] = m;
    }
    return out;
  }

  /**
   * Exponentially weighted standard deviation with the bias correction, pandas {@code
   * ewm(span=span, adjust=False).std()}.
   *
   * @param x the series, finite values
   * @param span the span, at least 1 (alpha = 2 / (span + 1))
   * @return the standard deviations, same length as {@code x}; NaN at index 0 and when {@code span
   *     = 1}
   * @throws IllegalArgumentException when the span is below 1 or a value is not finite
   */
  public static double[] std(double[] x, double span) {
    double alpha = alpha(span);
    KernelArguments.requireFinite(x, "x");
    double[] out = new double[x.length];
    if (x.length == 0) {
      return out;
    }
    double keep = 1.0 - alpha;
    double m = x[0];
    double s = 0;
    double w2 = 1;
    double decay = 1; // (1 - alpha)^(2t): what W still owes to its starting value
    out[0] = Double.NaN;
    int t = 1;
    for (; t < x.length && decay > SETTLED; t++) {
      double delta = x[t] - m;
      m += alpha * delta;
      s = keep * (s + alpha * delta * delta);
      w2 = keep * keep * w2 + alpha * alpha;
      decay *= keep * keep;
      double denominator = 1.0 - w2;
      out[t] = denominator > 0 ? Math.sqrt(s / denominator) : Double.NaN;
    }
    // W has settled to its limit alpha / (2 - alpha): store S, then scale and take roots in a
    // separate pass, which the JIT vectorises.
    int settled = t;
    for (; t < x.length; t++) {
      double delta = x[t] - m;
      m += alpha * delta;
      s = keep * (s + alpha * delta * delta);
      out[t] = s;
    }
    double denominator = 1.0 - w2;
    for (int k = settled; k < x.length; k++) {
      out[k] = denominator > 0 ? Math.sqrt(out[k] / denominator) : Double.NaN;
    }
    return out;
  }
}
