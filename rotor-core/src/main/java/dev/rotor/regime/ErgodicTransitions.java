package dev.rotor.regime;

/**
 * The EM M-step for the transition probabilities when the first state is drawn from the chain's
 * steady state (statsmodels' likelihood), not from a free initial distribution.
 *
 * <p>With {@code u = 1 - p00}, {@code v = 1 - p11} (the leaving probabilities), expected transition
 * counts {@code n_ij} and smoothed first-period probabilities {@code g0, g1}, the transition part
 * of the expected complete-data log-likelihood is, since {@code pi_0 = v / (u + v)} and {@code pi_1
 * = u / (u + v)},
 *
 * <pre>
 *   Q(u, v) = A log(1 - u) + B log u + C log(1 - v) + D log v - log(u + v)
 *   A = n00,  B = n01 + g1,  C = n11,  D = n10 + g0.
 * </pre>
 *
 * Without the last term this is Hamilton's (1990) closed form {@code u = n01 / (n00 + n01)}; the
 * steady-state term couples the two rows. For fixed {@code v}, {@code dQ/du = 0} multiplied by
 * {@code u (1 - u) (u + v)} is the quadratic {@code (1 - A - B) u^2 + (B - 1 - v (A + B)) u + B v =
 * 0}, which has exactly one root in (0, 1) when {@code A, B > 0} (the derivative runs from {@code
 * +inf} to {@code -inf}). Coordinate ascent alternates the two exact one-dimensional maximisations
 * from Hamilton's closed form until the change is below 1e-15; every sweep increases {@code Q}, so
 * EM with this step is monotone. Probabilities are kept in {@code [PROB_FLOOR, 1 - PROB_FLOOR]}.
 */
final class ErgodicTransitions {

  /** Smallest transition (and leaving) probability the M-step returns. */
  static final double PROB_FLOOR = 1e-10;

  private static final int MAX_SWEEPS = 100;
  private static final double CHANGE_TOL = 1e-15;

  private ErgodicTransitions() {}

  /**
   * Maximises {@code Q}; writes {@code p00} and {@code p11} into {@code out[0]} and {@code out[1]}.
   *
   * @param t expected transition counts {@code [n00, n01, n10, n11]}
   * @param g0 smoothed probability of state 0 in the first period
   * @param g1 smoothed probability of state 1 in the first period
   */
  static void maximise(double[] t, double g0, double g1, double[] out) {
    double a = t[0];
    double b = t[1] + g1;
    double c = t[3];
    double d = t[2] + g0;
    double u = clamp(t[0] + t[1] > 0 ? t[1] / (t[0] + t[1]) : 0.5);
    double v = clamp(t[2] + t[3] > 0 ? t[2] / (t[2] + t[3]) : 0.5);
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double u1 = leaving(a, b, v);
      double v1 = leaving(c, d, u1);
      double change = Math.abs(u1 - u) + Math.abs(v1 - v);
      u = u1;
      v = v1;
      if (change < CHANGE_TOL) {
        break;
      }
    }
    out[0] = 1.0 - u;
    out[1] = 1.0 - v;
  }

  /**
   * The {@code u} in {@code [PROB_FLOOR, 1 - PROB_FLOOR]} maximising {@code stay log(1 - u) + leave
   * log u - log(u + other)}.
   */
  static double leaving(double stay, double leave, double other) {
    double qa = 1.0 - stay - leave;
    double qb = leave - 1.0 - other * (stay + leave);
    double qc = leave * other;
    double lo = PROB_FLOOR;
    double hi = 1.0 - PROB_FLOOR;
    double r1;
    double r2 = Double.NaN;
    if (Math.abs(qa) < 1e-300) {
      r1 = qb != 0 ? -qc / qb : Double.NaN;
    } else {
      double disc = qb * qb - 4 * qa * qc;
      double q = -0.5 * (qb + Math.copySign(Math.sqrt(Math.max(disc, 0)), qb));
      r1 = disc >= 0 ? q / qa : Double.NaN;
      r2 = disc >= 0 && q != 0 ? qc / q : Double.NaN;
    }
    double best = objective(stay, leave, other, lo) >= objective(stay, leave, other, hi) ? lo : hi;
    best = better(stay, leave, other, best, r1);
    return better(stay, leave, other, best, r2);
  }

  private static double better(double stay, double leave, double other, double best, double r) {
    if (r > PROB_FLOOR
        && r < 1.0 - PROB_FLOOR
        && objective(stay, leave, other, r) > objective(stay, leave, other, best)) {
      return r;
    }
    return best;
  }

  /** {@code stay log(1 - u) + leave log u - log(u + other)}, with {@code 0 log 0 = 0}. */
  static double objective(double stay, double leave, double other, double u) {
    double value = -Math.log(u + other);
    if (stay != 0) {
      value += stay * Math.log1p(-u);
    }
    if (leave != 0) {
      value += leave * Math.log(u);
    }
    return value;
  }

  private static double clamp(double u) {
    return Math.min(1.0 - PROB_FLOOR, Math.max(PROB_FLOOR, u));
  }
}
