package dev.rotor.risk;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Value at risk, conditional value at risk and the tail ratio of one-period returns. Losses are
 * reported as <b>negative returns</b> (see {@link VarMethod}). Static and pure; the historical
 * figures sort one copy of the returns (O(n log n)), the parametric ones work on moments.
 *
 * <p>{@code confidence} is the VaR level such as 0.95 or 0.99 ({@code alpha = 1 - confidence}). Too
 * little data gives NaN: fewer than 2 returns for every method, fewer than 4 for Cornish-Fisher
 * (which needs the excess kurtosis).
 */
public final class TailRisk {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0.0, 1.0);

  private TailRisk() {}

  /**
   * VaR of {@code returns} at {@code confidence} by {@code method}.
   *
   * @throws IllegalArgumentException when {@code confidence} is not in (0, 1) or method is null
   */
  public static double var(double[] returns, double confidence, VarMethod method) {
    return measure(returns, confidence, method, false);
  }

  /**
   * CVaR (expected shortfall) of {@code returns} at {@code confidence} by {@code method}.
   *
   * @throws IllegalArgumentException when {@code confidence} is not in (0, 1) or method is null
   */
  public static double cvar(double[] returns, double confidence, VarMethod method) {
    return measure(returns, confidence, method, true);
  }

  private static double measure(
      double[] returns, double confidence, VarMethod method, boolean shortfall) {
    double alpha = alpha(confidence);
    if (method == null) {
      throw new IllegalArgumentException("method: must not be null");
    }
    if (returns.length < 2) {
      return Double.NaN;
    }
    if (method == VarMethod.HISTORICAL) {
      double[] sorted = sortedCopy(returns);
      return shortfall ? historicalCvarSorted(sorted, alpha) : quantileSorted(sorted, alpha);
    }
    double mean = Moments.mean(returns);
    double sd = Moments.stdev(returns);
    if (method == VarMethod.GAUSSIAN) {
      return shortfall ? gaussianCvar(mean, sd, confidence) : gaussianVar(mean, sd, confidence);
    }
    double s = Moments.skewness(returns, ShapeEstimator.MOMENT);
    double k = Moments.excessKurtosis(returns, ShapeEstimator.MOMENT);
    return shortfall
        ? cornishFisherCvar(mean, sd, s, k, confidence)
        : cornishFisherVar(mean, sd, s, k, confidence);
  }

  /**
   * The {@code p} quantile of {@code values} by linear interpolation between order statistics
   * (Hyndman and Fan 1996 type 7; numpy {@code quantile} default): with {@code h = (n - 1) p},
   * {@code x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])} on the sorted values. NaN when
   * empty.
   *
   * @throws IllegalArgumentException when {@code p} is not in [0, 1]
   */
  public static double quantile(double[] values, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p: " + p + " is not in [0, 1]");
    }
    return values.length == 0 ? Double.NaN : quantileSorted(sortedCopy(values), p);
  }

  /** Gaussian VaR {@code mean + z_alpha sd}; NaN when {@code sd} is NaN. */
  public static double gaussianVar(double mean, double sd, double confidence) {
    return mean + STANDARD_NORMAL.inverseCumulativeProbability(alpha(confidence)) * sd;
  }

  /** Gaussian CVaR {@code mean - sd phi(z_alpha) / alpha}. */
  public static double gaussianCvar(double mean, double sd, double confidence) {
    double alpha = alpha(confidence);
    double z = STANDARD_NORMAL.inverseCumulativeProbability(alpha);
    return mean - sd * STANDARD_NORMAL.density(z) / alpha;
  }

  /**
   * Cornish-Fisher VaR {@code mean + z_cf sd} with moment skewness {@code skew} and excess kurtosis
   * {@code excessKurtosis} (see {@link VarMethod#CORNISH_FISHER}); equals {@link #gaussianVar} when
   * both are 0.
   */
  public static double cornishFisherVar(
      double mean, double sd, double skew, double excessKurtosis, double confidence) {
    double z = STANDARD_NORMAL.inverseCumulativeProbability(alpha(confidence));
    double z2 = z * z;
    double z3 = z2 * z;
    double zcf =
        z
            + (z2 - 1.0) * skew / 6.0
            + (z3 - 3.0 * z) * excessKurtosis / 24.0
            - (2.0 * z3 - 5.0 * z) * skew * skew / 36.0;
    return mean + zcf * sd;
  }

  /**
   * Cornish-Fisher CVaR: the mean of the Cornish-Fisher VaR over tail probabilities in (0, alpha]
   * (see {@link VarMethod#CORNISH_FISHER}); equals {@link #gaussianCvar} when skew and kurtosis are
   * 0.
   */
  public static double cornishFisherCvar(
      double mean, double sd, double skew, double excessKurtosis, double confidence) {
    double alpha = alpha(confidence);
    double z = STANDARD_NORMAL.inverseCumulativeProbability(alpha);
    double z2 = z * z;
    double bracket =
        1.0
            + z * skew / 6.0
            + (1.0 - 2.0 * z2) * skew * skew / 36.0
            + (z2 - 1.0) * excessKurtosis / 24.0;
    return mean - sd * STANDARD_NORMAL.density(z) / alpha * bracket;
  }

  /**
   * Tail ratio {@code |q(0.95)| / |q(0.05)|} with type-7 quantiles: above 1 when the right tail is
   * fatter. NaN for fewer than 2 returns or a zero 5% quantile.
   */
  public static double tailRatio(double[] returns) {
    return returns.length < 2 ? Double.NaN : tailRatioSorted(sortedCopy(returns));
  }

  static double tailRatioSorted(double[] sorted) {
    double lo = Math.abs(quantileSorted(sorted, 0.05));
    return lo == 0 ? Double.NaN : Math.abs(quantileSorted(sorted, 0.95)) / lo;
  }

  /**
   * {@link #quantile} of values already in ascending order, without a copy: the R-7 quantile {@code
   * x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])} with {@code h = (n - 1) p}. NaN when
   * empty; {@code p} is not checked.
   */
  public static double quantileSorted(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /** Mean of the sorted values at or below their alpha quantile (never empty: x[0] <= q). */
  static double historicalCvarSorted(double[] sorted, double alpha) {
    double q = quantileSorted(sorted, alpha);
    double s = 0;
    int n = 0;
    while (n < sorted.length && sorted[n] <= q) {
      s += sorted[n];
      n++;
    }
    return s / n;
  }

  static double[] sortedCopy(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s;
  }

  static double alpha(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence: " + confidence + " is not in (0, 1)");
    }
    return 1.0 - confidence;
  }
}
