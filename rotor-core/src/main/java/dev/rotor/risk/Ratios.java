package dev.rotor.risk;

/**
 * Risk-adjusted return ratios. Static, pure, O(n), no allocation.
 *
 * <p>Ratios that involve a risk-free rate take <b>excess returns</b> {@code r_t - rf_t} per period
 * (see {@link RiskFree}); pass plain returns for a zero rate. Annualisation uses {@code
 * periodsPerYear}: the mean scales with {@code periodsPerYear}, deviations with its square root. A
 * zero denominator (no dispersion, no loss) gives NaN, as does too little data (fewer than 2
 * returns for Sharpe, none for the others).
 */
public final class Ratios {

  private Ratios() {}

  /**
   * Annualised Sharpe (1966, 1994) ratio {@code mean(e) / sd(e) * sqrt(periodsPerYear)} of excess
   * returns {@code e}, with the sample standard deviation ({@code n - 1}).
   */
  public static double sharpe(double[] excess, int periodsPerYear) {
    requirePeriods(periodsPerYear);
    double sd = Moments.stdev(excess);
    return sd > 0 ? Moments.mean(excess) / sd * Math.sqrt(periodsPerYear) : Double.NaN;
  }

  /**
   * Annualised Sortino and Price (1994) ratio {@code mean(r - target) / DD(r, target) *
   * sqrt(periodsPerYear)}, with the downside deviation of {@link Volatility#downsideDeviation} (all
   * periods in its denominator). With excess returns and {@code target = 0} the target is the
   * risk-free rate.
   */
  public static double sortino(double[] returns, double target, int periodsPerYear) {
    requirePeriods(periodsPerYear);
    double dd = Volatility.downsideDeviation(returns, target);
    return dd > 0 ? (Moments.mean(returns) - target) / dd * Math.sqrt(periodsPerYear) : Double.NaN;
  }

  /**
   * Omega ratio of Keating and Shadwick (2002) at {@code threshold}: {@code sum max(r - L, 0) / sum
   * max(L - r, 0)}, the probability-weighted gains over losses relative to {@code L}. With excess
   * returns and {@code threshold = 0} the threshold is the risk-free rate of each period.
   */
  public static double omega(double[] returns, double threshold) {
    double up = 0;
    double down = 0;
    for (double r : returns) {
      double d = r - threshold;
      if (d > 0) {
        up += d;
      } else {
        down -= d;
      }
    }
    return down > 0 ? up / down : Double.NaN;
  }

  /**
   * Calmar ratio (Young 1991) over the whole sample rather than the original 36 months: {@code cagr
   * / |maxDrawdown|}. NaN when there was no drawdown.
   */
  public static double calmar(double cagr, double maxDrawdown) {
    return maxDrawdown < 0 ? cagr / -maxDrawdown : Double.NaN;
  }

  private static void requirePeriods(int periodsPerYear) {
    if (periodsPerYear <= 0) {
      throw new IllegalArgumentException("periodsPerYear: " + periodsPerYear + " is not positive");
    }
  }
}
