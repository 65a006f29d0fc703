package dev.rotor.scenario;

/**
 * Monthly returns of a series in one state (e.g. recession months). NaN where there are too few
 * months: every field with none, {@code sd} and {@code tStat} with fewer than 2.
 *
 * @param months number of monthly returns
 * @param meanMonthly arithmetic mean monthly return
 * @param annualised {@code 12 x meanMonthly} (arithmetic annualisation of the mean)
 * @param annualisedGeometric {@code (prod (1 + r))^(12 / months) - 1}: the compound yearly rate
 *     earned over the state's months taken together
 * @param sd sample standard deviation of the monthly returns (divisor {@code months - 1})
 * @param tStat {@code meanMonthly / (sd / sqrt(months))}, the t-statistic of a zero mean (iid)
 */
public record StateStats(
    int months,
    double meanMonthly,
    double annualised,
    double annualisedGeometric,
    double sd,
    double tStat) {

  /** Validates the count. */
  public StateStats {
    if (months < 0) {
      throw new IllegalArgumentException("months: must be at least 0, was " + months);
    }
  }

  /** Statistics of the simple monthly returns {@code r}. */
  static StateStats of(double[] r) {
    int n = r.length;
    if (n == 0) {
      double nan = Double.NaN;
      return new StateStats(0, nan, nan, nan, nan, nan);
    }
    double sum = 0;
    double logSum = 0;
    for (double v : r) {
      sum += v;
      logSum += Math.log1p(v);
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : r) {
      ss += (v - mean) * (v - mean);
    }
    double sd = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
    double t = n < 2 ? Double.NaN : mean / (sd / Math.sqrt(n));
    return new StateStats(n, mean, 12.0 * mean, Math.expm1(logSum * 12.0 / n), sd, t);
  }
}
