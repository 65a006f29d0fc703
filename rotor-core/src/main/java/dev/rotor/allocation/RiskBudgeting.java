package dev.rotor.allocation;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Risk budgeting by Newton's method on Spinu's convex formulation (F. Spinu, "An algorithm for
 * computing risk parity weights", 2013): with budgets {@code b_i > 0} summing to 1, minimise
 *
 * <pre>
 *   f(y) = y' S y / 2 - sum_i b_i ln y_i   over y > 0.
 * </pre>
 *
 * <p>{@code f} is strictly convex; at its minimum {@code y_i (S y)_i = b_i} for every {@code i}, so
 * {@code w = y / sum(y)} has risk contributions {@code w_i (S w)_i} proportional to {@code b_i}
 * (Maillard, Roncalli and Teiletche 2010 give the equal-budget case). The gradient is {@code S y -
 * b / y} and the Hessian {@code S + diag(b / y^2)}, positive definite for any positive
 * semi-definite {@code S} with a positive diagonal; each Newton step solves the Hessian system by
 * Hipparchus' Cholesky decomposition and is halved until {@code y} stays positive and {@code f}
 * decreases by Armijo's rule. The start is {@code y_i = c sqrt(b_i) / sigma_i} with {@code c} set
 * so that {@code y' S y = 1}.
 */
final class RiskBudgeting {

  /** Stop when every {@code |y_i (S y)_i / b_i - 1|} is below this. */
  static final double TOL = 1e-12;

  /** Accepted instead of {@link #TOL} when rounding stops the line search from improving. */
  static final double LOOSE_TOL = 1e-8;

  static final int MAX_ITERATIONS = 200;

  private static final double ARMIJO = 1e-4;

  private RiskBudgeting() {}

  /**
   * Weights whose risk contributions are proportional to {@code budgets}; null when Newton's method
   * does not converge.
   *
   * @param cov covariance with a positive diagonal
   * @param budgets positive, summing to 1
   */
  static double[] solve(double[][] cov, double[] budgets) {
    int n = cov.length;
    double scale = 0;
    for (int i = 0; i < n; i++) {
      scale += cov[i][i];
    }
    scale /= n;
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        s[i][j] = 0.5 * (cov[i][j] + cov[j][i]) / scale;
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Math.sqrt(budgets[i] / s[i][i]);
    }
    double c = 1.0 / Math.sqrt(quadratic(s, y));
    for (int i = 0; i < n; i++) {
      y[i] *= c;
    }
    double f = objective(s, y, budgets);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] sy = multiply(s, y);
      if (converged(y, sy, budgets, TOL)) {
        return normalised(y);
      }
      double[] grad = new double[n];
      RealMatrix hessian = new Array2DRowRealMatrix(s);
      for (int i = 0; i < n; i++) {
        grad[i] = sy[i] - budgets[i] / y[i];
        hessian.addToEntry(i, i, budgets[i] / (y[i] * y[i]));
      }
      double[] step;
      try {
        step =
            new CholeskyDecomposition(hessian, 1e-15, 0.0)
                .getSolver()
                .solve(new ArrayRealVector(grad, false))
                .mapMultiply(-1.0)
                .toArray();
      } catch (MathIllegalArgumentException e) {
        return null;
      }
      double slope = 0;
      for (int i = 0; i < n; i++) {
        slope += grad[i] * step[i];
      }
      double t = 1.0;
      double[] next = new double[n];
      boolean accepted = false;
      for (int halving = 0; halving < 60 && !accepted; halving++) {
        boolean positive = true;
        for (int i = 0; i < n; i++) {
          next[i] = y[i] + t * step[i];
          positive &= next[i] > 0;
        }
        if (positive) {
          double fNext = objective(s, next, budgets);
          if (fNext <= f + ARMIJO * t * slope || Math.abs(fNext - f) <= 1e-15 * Math.abs(f)) {
            accepted = true;
            f = fNext;
            y = next.clone();
          }
        }
        t *= 0.5;
      }
      if (!accepted) {
        break;
      }
    }
    return converged(y, multiply(s, y), budgets, LOOSE_TOL) ? normalised(y) : null;
  }

  private static boolean converged(double[] y, double[] sy, double[] budgets, double tol) {
    for (int i = 0; i < y.length; i++) {
      if (!(Math.abs(y[i] * sy[i] / budgets[i] - 1.0) < tol)) {
        return false;
      }
    }
    return true;
  }

  private static double objective(double[][] s, double[] y, double[] b) {
    double f = 0.5 * quadratic(s, y);
    for (int i = 0; i < y.length; i++) {
      f -= b[i] * Math.log(y[i]);
    }
    return f;
  }

  static double quadratic(double[][] s, double[] y) {
    double q = 0;
    double[] sy = multiply(s, y);
    for (int i = 0; i < y.length; i++) {
      q += y[i] * sy[i];
    }
    return q;
  }

  static double[] multiply(double[][] s, double[] y) {
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      double v = 0;
      for (int j = 0; j < y.length; j++) {
        v += s[i][j] * y[j];
      }
      out[i] = v;
    }
    return out;
  }

  private static double[] normalised(double[] y) {
    double sum = 0;
    for (double v : y) {
      sum += v;
    }
    double[] w = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      w[i] = y[i] / sum;
    }
    return w;
  }
}
