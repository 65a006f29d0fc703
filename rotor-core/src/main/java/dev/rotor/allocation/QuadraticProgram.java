package dev.rotor.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.OptimizationData;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.vector.constrained.ADMMQPOptimizer;
import org.hipparchus.optim.nonlinear.vector.constrained.ADMMQPOption;
import org.hipparchus.optim.nonlinear.vector.constrained.LagrangeSolution;
import org.hipparchus.optim.nonlinear.vector.constrained.LinearEqualityConstraint;
import org.hipparchus.optim.nonlinear.vector.constrained.LinearInequalityConstraint;
import org.hipparchus.optim.nonlinear.vector.constrained.QuadraticFunction;

/**
 * The convex quadratic programs of long-only allocation, solved by Hipparchus' ADMM solver ({@link
 * ADMMQPOptimizer}, the OSQP operator-splitting method of Stellato et al. 2020):
 *
 * <pre>
 *   minimise  x' P x / 2   subject to   a_k' x = b_k (equalities),  x >= 0,  g' x >= h (optional)
 * </pre>
 *
 * <p>{@code P} is scaled by the mean of its diagonal before solving (the minimiser does not change)
 * so that the solver tolerance {@link #EPS} means the same at every data frequency. Entries the
 * solver leaves a few {@code 1e-10} below zero are set to zero. The solver's own polishing step is
 * off, since in Hipparchus 4.0.3 it fails with a singular matrix on these problems; {@link #polish}
 * does the same job here (an exact solve on the active set, kept only when it passes every
 * optimality check), which takes the weights from about {@code 1e-9} to about {@code 1e-14}.
 */
final class QuadraticProgram {

  /** Absolute and relative tolerance of the ADMM primal and dual residuals. */
  static final double EPS = 1e-10;

  /** Iteration cap of the ADMM loop; real problems converge in a few hundred. */
  static final int MAX_ITERATIONS = 100_000;

  /** Entries above this fraction of the largest are taken as free when polishing. */
  static final double SUPPORT = 1e-7;

  /** Tolerance of the optimality checks on a polished solution (P scaled to unit diagonal mean). */
  static final double KKT_TOL = 1e-9;

  private QuadraticProgram() {}

  /**
   * Solves the program, or returns null when the solver does not converge.
   *
   * @param p symmetric positive semi-definite matrix, n x n, n >= 2
   * @param eqRows equality rows (fewer than n)
   * @param eqValues right-hand sides of the equalities
   * @param extraRow optional extra inequality row {@code g} (null for none)
   * @param extraValue its lower bound {@code h}
   */
  static double[] solve(
      double[][] p, double[][] eqRows, double[] eqValues, double[] extraRow, double extraValue) {
    int n = p.length;
    double scale = 0;
    for (int i = 0; i < n; i++) {
      scale += p[i][i];
    }
    scale /= n;
    if (!(scale > 0)) {
      scale = 1.0;
    }
    double[][] scaled = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        scaled[i][j] = 0.5 * (p[i][j] + p[j][i]) / scale;
      }
    }
    int m = extraRow == null ? n : n + 1;
    double[][] g = new double[m][n];
    double[] h = new double[m];
    for (int i = 0; i < n; i++) {
      g[i][i] = 1.0;
    }
    if (extraRow != null) {
      g[n] = extraRow.clone();
      h[n] = extraValue;
    }
    ADMMQPOption option = new ADMMQPOption();
    option.setEps(EPS);
    ADMMQPOptimizer optimizer = new ADMMQPOptimizer();
    OptimizationData[] data = {
      new ObjectiveFunction(new QuadraticFunction(scaled, new double[n], 0.0)),
      new LinearEqualityConstraint(eqRows, eqValues),
      new LinearInequalityConstraint(g, h),
      option,
      new MaxIter(MAX_ITERATIONS)
    };
    LagrangeSolution solution;
    try {
      solution = optimizer.optimize(data);
    } catch (MathIllegalStateException e) {
      return null;
    }
    if (!optimizer.isConverged()) {
      return null;
    }
    double[] x = solution.getX().toArray();
    for (int i = 0; i < n; i++) {
      if (!(x[i] > 0)) {
        x[i] = 0.0;
      }
    }
    double[] polished = polish(scaled, eqRows, eqValues, extraRow, extraValue, x);
    return polished != null ? polished : x;
  }

  /**
   * Solution polishing (Stellato et al. 2020, section 4): guesses the active set from the ADMM
   * solution (entries above {@link #SUPPORT} times the largest are free, the others zero, and the
   * extra inequality active when within {@link #SUPPORT} of its bound), solves the
   * equality-constrained KKT system on it exactly (Hipparchus LU), and keeps the result only when
   * it satisfies every optimality condition within {@link #KKT_TOL}: primal feasibility, {@code x
   * >= 0} and non-negative multipliers of the zero entries and of the extra inequality. With the
   * extra inequality the system is tried first with it active, then without. Returns null when no
   * guess passes; the ADMM solution is then used as it is.
   */
  static double[] polish(
      double[][] p,
      double[][] eqRows,
      double[] eqValues,
      double[] extraRow,
      double extraValue,
      double[] x) {
    int n = x.length;
    double largest = 0;
    for (double v : x) {
      largest = Math.max(largest, v);
    }
    List<Integer> free = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (x[i] > SUPPORT * largest) {
        free.add(i);
      }
    }
    if (free.isEmpty()) {
      return null;
    }
    boolean extraNear =
        extraRow != null && dot(extraRow, x) - extraValue < SUPPORT * scaleOf(extraRow, x);
    for (boolean useExtra : extraNear ? new boolean[] {true, false} : new boolean[] {false}) {
      double[][] rows = constraintRows(eqRows, useExtra ? extraRow : null);
      double[] rhs = Arrays.copyOf(eqValues, rows.length);
      if (useExtra) {
        rhs[rows.length - 1] = extraValue;
      }
      double[] solution = kktSolve(p, rows, rhs, free, n);
      if (solution != null
          && optimal(p, rows, rhs, extraRow, extraValue, useExtra, free, solution)) {
        return Arrays.copyOf(solution, n);
      }
    }
    return null;
  }

  private static double[][] constraintRows(double[][] eqRows, double[] extraRow) {
    double[][] rows = Arrays.copyOf(eqRows, eqRows.length + (extraRow == null ? 0 : 1));
    if (extraRow != null) {
      rows[eqRows.length] = extraRow;
    }
    return rows;
  }

  /**
   * Solves {@code [P_FF, -C_F'; C_F, 0] [x_F; nu] = [0; d]} with the other entries of {@code x} at
   * zero. Returns {@code x} (length n) followed by {@code nu}, or null when the system is singular.
   */
  private static double[] kktSolve(
      double[][] p, double[][] c, double[] d, List<Integer> free, int n) {
    int k = free.size();
    int m = c.length;
    RealMatrix kkt = new Array2DRowRealMatrix(k + m, k + m);
    double[] rhs = new double[k + m];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        kkt.setEntry(a, b, p[free.get(a)][free.get(b)]);
      }
      for (int r = 0; r < m; r++) {
        kkt.setEntry(a, k + r, -c[r][free.get(a)]);
        kkt.setEntry(k + r, a, c[r][free.get(a)]);
      }
    }
    for (int r = 0; r < m; r++) {
      rhs[k + r] = d[r];
    }
    DecompositionSolver solver = new LUDecomposition(kkt).getSolver();
    if (!solver.isNonSingular()) {
      return null;
    }
    double[] sol = solver.solve(new ArrayRealVector(rhs, false)).toArray();
    double[] out = new double[n + m];
    for (int a = 0; a < k; a++) {
      out[free.get(a)] = sol[a];
    }
    System.arraycopy(sol, k, out, n, m);
    return out;
  }

  /** Checks every KKT condition of the candidate {@code x, nu} within {@link #KKT_TOL}. */
  private static boolean optimal(
      double[][] p,
      double[][] c,
      double[] d,
      double[] extraRow,
      double extraValue,
      boolean extraActive,
      List<Integer> free,
      double[] solution) {
    int n = p.length;
    int m = c.length;
    double[] x = Arrays.copyOf(solution, n);
    for (double v : x) {
      if (!(v >= 0)) {
        return false;
      }
    }
    for (int r = 0; r < m; r++) {
      if (!(Math.abs(dot(c[r], x) - d[r]) <= KKT_TOL * (1 + Math.abs(d[r])))) {
        return false;
      }
    }
    if (extraRow != null && !(dot(extraRow, x) - extraValue >= -KKT_TOL * scaleOf(extraRow, x))) {
      return false;
    }
    if (extraActive && !(solution[n + m - 1] >= -KKT_TOL)) {
      return false;
    }
    for (int j = 0; j < n; j++) {
      if (free.contains(j)) {
        continue;
      }
      double z = 0;
      for (int i = 0; i < n; i++) {
        z += p[j][i] * x[i];
      }
      for (int r = 0; r < m; r++) {
        z -= c[r][j] * solution[n + r];
      }
      if (!(z >= -KKT_TOL)) {
        return false;
      }
    }
    return true;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** A magnitude for the extra inequality: {@code sum |g_i x_i|}, at least 1e-300. */
  private static double scaleOf(double[] g, double[] x) {
    double s = 0;
    for (int i = 0; i < g.length; i++) {
      s += Math.abs(g[i] * x[i]);
    }
    return Math.max(s, 1e-300);
  }
}
