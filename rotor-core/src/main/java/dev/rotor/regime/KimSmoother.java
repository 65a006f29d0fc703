package dev.rotor.regime;

/**
 * The Kim (1994) smoother for the two-state model, backward over the output of {@link
 * HamiltonFilter}, O(n); Kim and Nelson (1999), section 4.3.
 *
 * <pre>
 *   s_T-1 = f_T-1
 *   P(S_t = i, S_t+1 = j | all y) = f_t(i) p_ij s_t+1(j) / q_t+1(j)       (0 when q_t+1(j) = 0)
 *   s_t(i) = sum_j P(S_t = i, S_t+1 = j | all y)
 * </pre>
 *
 * with {@code f} filtered, {@code q} predicted and {@code s} smoothed probabilities. The four joint
 * probabilities of each step are renormalised to sum to 1 (they do exactly, up to rounding), so
 * smoothed probabilities stay in [0, 1] and sum to 1. Their sums over time are the expected numbers
 * of transitions {@code n_ij} that the EM M-step needs.
 */
final class KimSmoother {

  private KimSmoother() {}

  /**
   * Writes smoothed probabilities into {@code smooth0}/{@code smooth1} and, when {@code
   * transitions} is not null, the expected transition counts {@code [n00, n01, n10, n11]} into it.
   */
  static void run(
      double[] p,
      double[] pred0,
      double[] pred1,
      double[] filt0,
      double[] filt1,
      double[] smooth0,
      double[] smooth1,
      double[] transitions) {
    int n = filt0.length;
    double p00 = p[0];
    double p01 = 1.0 - p00;
    double p11 = p[1];
    double p10 = 1.0 - p11;
    double n00 = 0;
    double n01 = 0;
    double n10 = 0;
    double n11 = 0;
    if (n > 0) {
      smooth0[n - 1] = filt0[n - 1];
      smooth1[n - 1] = filt1[n - 1];
    }
    for (int t = n - 2; t >= 0; t--) {
      double r0 = pred0[t + 1] > 0 ? smooth0[t + 1] / pred0[t + 1] : 0.0;
      double r1 = pred1[t + 1] > 0 ? smooth1[t + 1] / pred1[t + 1] : 0.0;
      double j00 = filt0[t] * p00 * r0;
      double j01 = filt0[t] * p01 * r1;
      double j10 = filt1[t] * p10 * r0;
      double j11 = filt1[t] * p11 * r1;
      double total = j00 + j01 + j10 + j11;
      j00 /= total;
      j01 /= total;
      j10 /= total;
      j11 /= total;
      smooth0[t] = j00 + j01;
      smooth1[t] = j10 + j11;
      n00 += j00;
      n01 += j01;
      n10 += j10;
      n11 += j11;
    }
    if (transitions != null) {
      transitions[0] = n00;
      transitions[1] = n01;
      transitions[2] = n10;
      transitions[3] = n11;
    }
  }
}
