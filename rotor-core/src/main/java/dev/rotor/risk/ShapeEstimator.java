package dev.rotor.risk;

/**
 * Which estimator of skewness and excess kurtosis is meant, in the notation of Joanes and Gill
 * (1998), "Comparing measures of sample skewness and kurtosis", <i>The Statistician</i> 47(1).
 *
 * <p>Both use the central moments {@code m_k = sum (x - mean)^k / n} (population form, divisor
 * {@code n}).
 */
public enum ShapeEstimator {
  /**
   * Moment estimators {@code g1 = m3 / m2^(3/2)} and {@code g2 = m4 / m2^2 - 3}: scipy.stats {@code
   * skew}/{@code kurtosis} with {@code bias=True}, PerformanceAnalytics {@code
   * method="moment"}/{@code "excess"}. Used inside the Cornish-Fisher expansion.
   */
  MOMENT,
  /**
   * Adjusted (bias-corrected) estimators {@code G1 = g1 sqrt(n (n - 1)) / (n - 2)} and {@code G2 =
   * ((n + 1) g2 + 6) (n - 1) / ((n - 2) (n - 3))}: pandas {@code Series.skew}/{@code kurt}, Excel
   * {@code SKEW}/{@code KURT}, PerformanceAnalytics {@code "sample"}/{@code "sample_excess"}. The
   * figures Rotor reports.
   */
  ADJUSTED
}
