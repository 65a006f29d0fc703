package dev.rotor.risk;

/**
 * How value at risk (VaR) and conditional value at risk (CVaR, expected shortfall) are estimated.
 * All report the <b>loss as a negative return</b> per period: a 95% VaR of {@code -0.021} means a
 * one-period return of -2.1% or worse has a 5% probability. {@code alpha = 1 - confidence}.
 */
public enum VarMethod {
  /**
   * Empirical: VaR is the {@code alpha} quantile of the returns with linear interpolation between
   * order statistics (Hyndman and Fan 1996 type 7, R's default, numpy's {@code linear}); CVaR is
   * the mean of the returns at or below that quantile.
   */
  HISTORICAL,
  /**
   * Normal distribution with the sample mean and sample standard deviation ({@code n - 1}): VaR =
   * {@code mean + z_alpha sd}, CVaR = {@code mean - sd phi(z_alpha) / alpha}.
   */
  GAUSSIAN,
  /**
   * Cornish-Fisher (1938) expansion of the quantile with the moment skewness {@code S} and excess
   * kurtosis {@code K} ({@link ShapeEstimator#MOMENT}), as in Favre and Galeano (2002) and
   * PerformanceAnalytics {@code VaR(method="modified")}: {@code z_cf = z + (z^2 - 1) S / 6 + (z^3 -
   * 3z) K / 24 - (2z^3 - 5z) S^2 / 36}, VaR = {@code mean + z_cf sd}. CVaR is the average of the
   * Cornish-Fisher VaR over all tail probabilities below {@code alpha} (Maillard 2012, "A user's
   * guide to the Cornish Fisher expansion", SSRN 1997178): {@code mean - sd phi(z) / alpha [1 + z S
   * / 6 + (1 - 2z^2) S^2 / 36 + (z^2 - 1) K / 24]} with {@code z = z_alpha}. The expansion is only
   * monotone for moderate skewness and kurtosis; outside that domain the figures are formula
   * values.
   */
  CORNISH_FISHER
}
