package dev.rotor.regime;

import java.util.Arrays;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Standard errors from the observed information: the inverse of minus the numerical Hessian of the
 * log-likelihood at the optimum, in the <b>direct</b> parameters {@code (p00, p11, mean0, mean1,
 * variance0, variance1)} (as statsmodels' {@code cov_type='approx'}, whose {@code p[1->0] = 1 -
 * p11} has the same standard error as {@code p11}).
 *
 * <p>The Hessian is by central differences ({@code (f(+h) - 2 f + f(-h)) / h^2} on the diagonal,
 * {@code (f(++) - f(+-) - f(-+) + f(--)) / (4 h_i h_j)} off it; 73 likelihood evaluations) with
 * steps {@code h = 1e-3 * min(p, 1 - p)} for a transition probability, {@code 1e-3 * sd_j} for a
 * mean and {@code 1e-3 * variance_j} for a variance: small against the curvature scale of each
 * parameter, large against rounding. Standard errors are NaN when a transition probability is
 * within {@link #BOUNDARY} of 0 or 1 (a boundary estimate, where the Hessian does not give the
 * sampling error) or when minus the Hessian is not positive definite.
 */
final class ObservedInformation {

  /** Transition probabilities closer than this to 0 or 1 are boundary estimates. */
  static final double BOUNDARY = 1e-6;

  private static final double REL_STEP = 1e-3;
  private static final int K = 6;

  private ObservedInformation() {}

  /** The numerical Hessian of the log-likelihood at {@code p}, {@code [6][6]}. */
  static double[][] hessian(double[] y, double[] p) {
    double[] h = steps(p);
    double f0 = HamiltonFilter.logLikelihood(y, p);
    double[][] out = new double[K][K];
    double[] x = p.clone();
    for (int i = 0; i < K; i++) {
      double fp = at(y, x, i, h[i], -1, 0);
      double fm = at(y, x, i, -h[i], -1, 0);
      out[i][i] = (fp - 2 * f0 + fm) / (h[i] * h[i]);
      for (int j = 0; j < i; j++) {
        double fpp = at(y, x, i, h[i], j, h[j]);
        double fpm = at(y, x, i, h[i], j, -h[j]);
        double fmp = at(y, x, i, -h[i], j, h[j]);
        double fmm = at(y, x, i, -h[i], j, -h[j]);
        double v = (fpp - fpm - fmp + fmm) / (4 * h[i] * h[j]);
        out[i][j] = v;
        out[j][i] = v;
      }
    }
    return out;
  }

  /** Standard errors in the order of {@link RegimeParameter}; NaN as documented. */
  static double[] standardErrors(double[] y, double[] p) {
    double[] se = new double[K];
    Arrays.fill(se, Double.NaN);
    for (int i = 0; i < 2; i++) {
      if (Math.min(p[i], 1 - p[i]) < BOUNDARY) {
        return se;
      }
    }
    double[][] hess = hessian(y, p);
    RealMatrix information = MatrixUtils.createRealMatrix(K, K);
    for (int i = 0; i < K; i++) {
      for (int j = 0; j < K; j++) {
        if (!Double.isFinite(hess[i][j])) {
          return se;
        }
        information.setEntry(i, j, -hess[i][j]);
      }
    }
    RealMatrix covariance;
    try {
      covariance = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver().getInverse();
    } catch (RuntimeException notPositiveDefinite) {
      return se;
    }
    for (int i = 0; i < K; i++) {
      se[i] = Math.sqrt(covariance.getEntry(i, i));
    }
    return se;
  }

  private static double[] steps(double[] p) {
    return new double[] {
      REL_STEP * Math.min(p[0], 1 - p[0]),
      REL_STEP * Math.min(p[1], 1 - p[1]),
      REL_STEP * Math.sqrt(p[4]),
      REL_STEP * Math.sqrt(p[5]),
      REL_STEP * p[4],
      REL_STEP * p[5]
    };
  }

  private static double at(double[] y, double[] x, int i, double hi, int j, double hj) {
    double xi = x[i];
    x[i] = xi + hi;
    double xj = 0;
    if (j >= 0) {
      xj = x[j];
      x[j] = xj + hj;
    }
    double f = HamiltonFilter.logLikelihood(y, x);
    x[i] = xi;
    if (j >= 0) {
      x[j] = xj;
    }
    return f;
  }
}
