package dev.rotor.regime;

/**
 * The Hamilton (1989) filter for the two-state Gaussian model, on primitive arrays, O(n).
 *
 * <p>Parameters are a {@code double[6]} in the order of {@link RegimeParameter}. The first
 * observation's prediction is the steady state {@code pi} of the chain (statsmodels' default
 * initialisation), so the log-likelihood is exactly statsmodels' {@code llf}:
 *
 * <pre>
 *   q_0 = pi,   q_t(j) = sum_i f_t-1(i) p_ij                 (predicted, P(S_t = j | y_1..y_t-1))
 *   L_t = sum_j q_t(j) phi(y_t; mean_j, variance_j)          (density of y_t given the past)
 *   f_t(j) = q_t(j) phi(y_t; mean_j, variance_j) / L_t       (filtered, P(S_t = j | y_1..y_t))
 *   llf = sum_t log L_t
 * </pre>
 *
 * <p>Scaled recursion: the two log densities are shifted by their maximum {@code m_t} before
 * exponentiating (one {@code exp} per step), probabilities are renormalised every step and {@code
 * log L_t = m_t + log(sum_j q_t(j) exp(log phi_j - m_t))}, so nothing under- or overflows for any
 * finite data. The scaled sums are multiplied together and folded into the log only when the
 * running product gets small, saving a {@code log} per step. The only way to lose the likelihood is
 * an observation whose more likely state has predicted probability exactly 0 while the other
 * state's density underflows, which needs transition probabilities of exactly 0 or 1.
 */
final class HamiltonFilter {

  static final double LOG_2PI = Math.log(2 * Math.PI);

  /** Fold the running product into the log-likelihood below this (far above underflow). */
  private static final double FOLD = 0x1p-500;

  private HamiltonFilter() {}

  /**
   * Runs the filter and stores predicted and filtered probabilities of both states (arrays of
   * length {@code y.length}, or all four {@code null} to compute the log-likelihood alone).
   *
   * @return the log-likelihood ({@code -Infinity} when an observation has zero density under the
   *     predicted states, possible only with transition probabilities of exactly 0 or 1)
   */
  static double run(
      double[] y, double[] p, double[] pred0, double[] pred1, double[] filt0, double[] filt1) {
    boolean store = pred0 != null;
    double p00 = p[0];
    double p11 = p[1];
    double m0 = p[2];
    double m1 = p[3];
    double h0 = -0.5 / p[4];
    double h1 = -0.5 / p[5];
    double c0 = -0.5 * (LOG_2PI + Math.log(p[4]));
    double c1 = -0.5 * (LOG_2PI + Math.log(p[5]));
    double q0 = steadyState0(p00, p11);
    double q1 = 1.0 - q0;
    double logScale = 0; // sum of the shifts m_t and of the folded scaled sums
    double product = 1.0; // product of the scaled sums not yet folded, in [FOLD, 1]
    for (int t = 0; t < y.length; t++) {
      double d0 = y[t] - m0;
      double d1 = y[t] - m1;
      double l0 = c0 + h0 * d0 * d0;
      double l1 = c1 + h1 * d1 * d1;
      double a0;
      double a1;
      if (l0 >= l1) {
        logScale += l0;
        a0 = q0;
        a1 = q1 * Math.exp(l1 - l0);
      } else {
        logScale += l1;
        a0 = q0 * Math.exp(l0 - l1);
        a1 = q1;
      }
      double s = a0 + a1;
      if (s >= FOLD) {
        product *= s;
        if (product < FOLD) {
          logScale += Math.log(product);
          product = 1.0;
        }
      } else if (s > 0) {
        logScale += Math.log(s);
      } else {
        return Double.NEGATIVE_INFINITY;
      }
      double f0 = a0 / s;
      double f1 = a1 / s;
      if (store) {
        pred0[t] = q0;
        pred1[t] = q1;
        filt0[t] = f0;
        filt1[t] = f1;
      }
      q0 = f0 * p00 + f1 * (1.0 - p11);
      q1 = f0 * (1.0 - p00) + f1 * p11;
    }
    return logScale + Math.log(product);
  }

  /** The log-likelihood alone. */
  static double logLikelihood(double[] y, double[] p) {
    return run(y, p, null, null, null, null);
  }

  /** Steady-state probability of state 0; 1/2 when both states are absorbing. */
  static double steadyState0(double p00, double p11) {
    double total = (1.0 - p00) + (1.0 - p11);
    return total == 0 ? 0.5 : (1.0 - p11) / total;
  }
}
