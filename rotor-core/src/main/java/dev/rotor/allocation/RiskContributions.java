package dev.rotor.allocation;

/**
 * Ex-ante risk of a weight vector under a covariance matrix {@code S}: volatility, Euler risk
 * contributions and the diversification ratio. Static and pure; units are the caller's (annualised
 * when {@code S} is).
 *
 * <ul>
 *   <li>volatility {@code s_p = sqrt(w' S w)};
 *   <li>risk contribution {@code RC_i = w_i (S w)_i / s_p}; by Euler's theorem for the homogeneous
 *       {@code s_p}, {@code sum RC_i = s_p};
 *   <li>relative contribution {@code RC_i / s_p}, summing to 1;
 *   <li>diversification ratio {@code DR = (sum w_i s_i) / s_p} with {@code s_i = sqrt(S_ii)}
 *       (Choueifaty and Coignard, "Toward Maximum Diversification", 2008); {@code DR >= 1} for
 *       long-only weights, 1 for a single asset or perfectly correlated assets.
 * </ul>
 *
 * Weights need not be long-only here. A zero portfolio volatility makes the ratios NaN, as does a
 * NaN input.
 */
public final class RiskContributions {

  private RiskContributions() {}

  /** {@code sqrt(w' S w)}. */
  public static double volatility(double[] weights, double[][] cov) {
    check(weights, cov);
    return Math.sqrt(Math.max(0.0, RiskBudgeting.quadratic(cov, weights)));
  }

  /** {@code mu' w}. */
  public static double expectedReturn(double[] weights, double[] mu) {
    Inputs.requireNonNull("weights", weights);
    Inputs.requireVector("mu", mu, weights.length);
    double r = 0;
    for (int i = 0; i < weights.length; i++) {
      r += weights[i] * mu[i];
    }
    return r;
  }

  /** Risk contributions {@code w_i (S w)_i / s_p}, summing to {@code s_p}. */
  public static double[] contributions(double[] weights, double[][] cov) {
    double vol = volatility(weights, cov);
    double[] sw = RiskBudgeting.multiply(cov, weights);
    double[] out = new double[weights.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = vol > 0 ? weights[i] * sw[i] / vol : Double.NaN;
    }
    return out;
  }

  /** Relative risk contributions {@code w_i (S w)_i / (w' S w)}, summing to 1. */
  public static double[] relativeContributions(double[] weights, double[][] cov) {
    double vol = volatility(weights, cov);
    double[] rc = contributions(weights, cov);
    for (int i = 0; i < rc.length; i++) {
      rc[i] /= vol;
    }
    return rc;
  }

  /** The diversification ratio {@code (sum w_i s_i) / s_p}. */
  public static double diversificationRatio(double[] weights, double[][] cov) {
    double vol = volatility(weights, cov);
    double weighted = 0;
    for (int i = 0; i < weights.length; i++) {
      weighted += weights[i] * Math.sqrt(cov[i][i]);
    }
    return vol > 0 ? weighted / vol : Double.NaN;
  }

  private static void check(double[] weights, double[][] cov) {
    Inputs.requireCovariance("cov", cov);
    Inputs.requireVector("weights", weights, cov.length);
  }
}
