package dev.rotor.risk;

/**
 * Moment kernels on a sample of returns: mean, sample variance (divisor {@code n - 1}), skewness
 * and excess kurtosis. Static, pure, two passes over the array (mean, then central sums), O(n).
 *
 * <p>Too little data gives NaN: the variance needs 2 observations, skewness 3, excess kurtosis 4; a
 * sample with zero variance has undefined skewness and kurtosis (NaN).
 */
public final class Moments {

  private Moments() {}

  /** Arithmetic mean; NaN when empty. */
  public static double mean(double[] x) {
    if (x.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Sample variance {@code sum (x - mean)^2 / (n - 1)}; NaN for fewer than 2 values. */
  public static double variance(double[] x) {
    if (x.length < 2) {
      return Double.NaN;
    }
    double m = mean(x);
    double s = 0;
    double c = 0;
    for (double v : x) {
      double d = v - m;
      s += d * d;
      c += d;
    }
    // Corrected two-pass formula (Chan, Golub and LeVeque 1983): removes the rounding in the mean.
    return (s - c * c / x.length) / (x.length - 1);
  }

  /** Sample standard deviation, the square root of {@link #variance}. */
  public static double stdev(double[] x) {
    return Math.sqrt(variance(x));
  }

  /**
   * Skewness by {@code estimator}; NaN for fewer than 3 values or zero variance.
   *
   * @throws IllegalArgumentException when {@code estimator} is null
   */
  public static double skewness(double[] x, ShapeEstimator estimator) {
    requireEstimator(estimator);
    int n = x.length;
    if (n < 3) {
      return Double.NaN;
    }
    double[] m = centralMoments(x);
    if (!(m[0] > 0)) {
      return Double.NaN;
    }
    double g1 = m[1] / Math.pow(m[0], 1.5);
    return estimator == ShapeEstimator.MOMENT ? g1 : g1 * Math.sqrt(n * (n - 1.0)) / (n - 2.0);
  }

  /**
   * Excess kurtosis (kurtosis minus 3) by {@code estimator}; NaN for fewer than 4 values or zero
   * variance.
   *
   * @throws IllegalArgumentException when {@code estimator} is null
   */
  public static double excessKurtosis(double[] x, ShapeEstimator estimator) {
    requireEstimator(estimator);
    int n = x.length;
    if (n < 4) {
      return Double.NaN;
    }
    double[] m = centralMoments(x);
    if (!(m[0] > 0)) {
      return Double.NaN;
    }
    double g2 = m[2] / (m[0] * m[0]) - 3.0;
    return estimator == ShapeEstimator.MOMENT
        ? g2
        : ((n + 1.0) * g2 + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
  }

  /** {m2, m3, m4}: central moments with divisor n. */
  static double[] centralMoments(double[] x) {
    double mean = mean(x);
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : x) {
      double d = v - mean;
      double d2 = d * d;
      s2 += d2;
      s3 += d2 * d;
      s4 += d2 * d2;
    }
    int n = x.length;
    return new double[] {s2 / n, s3 / n, s4 / n};
  }

  private static void requireEstimator(ShapeEstimator estimator) {
    if (estimator == null) {
      throw new IllegalArgumentException("estimator: must not be null");
    }
  }
}
