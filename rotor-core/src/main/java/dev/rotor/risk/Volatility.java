package dev.rotor.risk;

/**
 * Volatility kernels on one-period returns: close-to-close standard deviation, RiskMetrics EWMA and
 * downside deviation. Static, pure, O(n), no allocation. Range-based (OHLC) estimators are in
 * {@link RangeVolatility}.
 *
 * <p>Per-period figures are annualised with {@link #annualise} (times {@code sqrt(periodsPerYear)},
 * the square-root-of-time rule for uncorrelated returns).
 */
public final class Volatility {

  /** The RiskMetrics decay factor for daily data (J.P. Morgan/Reuters 1996, section 5.3). */
  public static final double RISKMETRICS_LAMBDA = 0.94;

  private Volatility() {}

  /**
   * Close-to-close volatility per period: the sample standard deviation (divisor {@code n - 1}) of
   * the returns. NaN for fewer than 2 returns.
   */
  public static double closeToClose(double[] returns) {
    return Moments.stdev(returns);
  }

  /**
   * Latest EWMA volatility per period (RiskMetrics, zero mean): {@code sqrt(sum_i w_i r_{n-1-i}^2 /
   * sum_i w_i)} with weights {@code w_i = lambda^i}, i.e. normalised exponential weights over all
   * returns with the newest weighted 1 (pandas {@code (r**2).ewm(alpha=1-lambda,
   * adjust=True).mean()}). It is the variance forecast for the next period. NaN for fewer than 2
   * returns.
   *
   * @throws IllegalArgumentException when {@code lambda} is not in (0, 1)
   */
  public static double ewma(double[] returns, double lambda) {
    if (!(lambda > 0 && lambda < 1)) {
      throw new IllegalArgumentException("lambda: " + lambda + " is not in (0, 1)");
    }
    if (returns.length < 2) {
      return Double.NaN;
    }
    double num = 0;
    double den = 0;
    for (double r : returns) {
      num = lambda * num + r * r;
      den = lambda * den + 1.0;
    }
    return Math.sqrt(num / den);
  }

  /**
   * Downside deviation per period below {@code target} (Sortino and Price 1994; Bacon 2008): {@code
   * sqrt(sum min(r - target, 0)^2 / n)} where {@code n} counts <b>all</b> periods, not only those
   * below the target. NaN when empty.
   */
  public static double downsideDeviation(double[] returns, double target) {
    if (returns.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double r : returns) {
      double d = r - target;
      if (d < 0) {
        s += d * d;
      }
    }
    return Math.sqrt(s / returns.length);
  }

  /**
   * Annualises a per-period volatility: {@code perPeriod * sqrt(periodsPerYear)}.
   *
   * @throws IllegalArgumentException when {@code periodsPerYear} is not positive
   */
  public static double annualise(double perPeriod, int periodsPerYear) {
    if (periodsPerYear <= 0) {
      throw new IllegalArgumentException("periodsPerYear: " + periodsPerYear + " is not positive");
    }
    return perPeriod * Math.sqrt(periodsPerYear);
  }
}
