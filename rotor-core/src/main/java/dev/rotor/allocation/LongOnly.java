package dev.rotor.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Long-only, fully invested portfolio construction ({@code w >= 0}, {@code sum w = 1}) from an
 * expected-return vector {@code mu} and a covariance matrix {@code S}, on primitive arrays.
 *
 * <p>Solvers: the quadratic programs (minimum variance, maximum Sharpe, frontier points) go to
 * Hipparchus' ADMM solver ({@link QuadraticProgram}; weights accurate to about {@code 1e-9}); equal
 * risk contribution and risk budgeting use Newton's method on Spinu's convex formulation ({@link
 * RiskBudgeting}; risk contributions equal to about {@code 1e-12}).
 *
 * <p>Too little data: when {@code mu} or {@code S} holds a NaN (a covariance from fewer than two
 * periods), or a solver does not converge, the weights are all NaN. Units are the caller's; the
 * risk-free rate and target returns must be in the units of {@code mu}.
 */
public final class LongOnly {

  private LongOnly() {}

  /** Equal weights {@code 1/n}. */
  public static double[] equalWeight(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n: must be at least 1, got " + n);
    }
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    return w;
  }

  /**
   * The global minimum-variance portfolio: minimise {@code w' S w}. With two assets and no binding
   * bound, {@code w_1 = (s_2^2 - rho s_1 s_2) / (s_1^2 + s_2^2 - 2 rho s_1 s_2)}.
   */
  public static double[] minimumVariance(double[][] cov) {
    Inputs.requireCovariance("cov", cov);
    int n = cov.length;
    if (Inputs.anyNaN(cov)) {
      return Inputs.nanVector(n);
    }
    if (n == 1) {
      return new double[] {1.0};
    }
    return normalised(QuadraticProgram.solve(cov, ones(n), new double[] {1.0}, null, 0.0), n);
  }

  /**
   * The tangency portfolio: maximise {@code (mu' w - rf) / sqrt(w' S w)}. Solved as the convex
   * program {@code min y' S y} subject to {@code (mu - rf)' y = 1}, {@code y >= 0}, then {@code w =
   * y / sum(y)} (the Sharpe-ratio quadratic program of Cornuejols and Tutuncu, Optimization Methods
   * in Finance, 2007). NaN when no asset has {@code mu_i > rf}: every long-only portfolio then has
   * a non-positive excess return and the ratio has no meaningful maximum.
   */
  public static double[] maximumSharpe(double[] mu, double[][] cov, double riskFreeRate) {
    Inputs.requireCovariance("cov", cov);
    int n = cov.length;
    Inputs.requireVector("mu", mu, n);
    Inputs.requireFinite("riskFreeRate", riskFreeRate);
    if (Inputs.anyNaN(cov) || Inputs.anyNaN(mu)) {
      return Inputs.nanVector(n);
    }
    double[] excess = new double[n];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      excess[i] = mu[i] - riskFreeRate;
      best = Math.max(best, excess[i]);
    }
    if (!(best > 0)) {
      return Inputs.nanVector(n);
    }
    if (n == 1) {
      return new double[] {1.0};
    }
    return normalised(
        QuadraticProgram.solve(cov, new double[][] {excess}, new double[] {1.0}, null, 0.0), n);
  }

  /**
   * Equal risk contribution (Maillard, Roncalli and Teiletche 2010): every {@code w_i (S w)_i}
   * equal. For uncorrelated assets {@code w_i} is proportional to {@code 1 / s_i}. NaN when an
   * asset has zero variance.
   */
  public static double[] equalRiskContribution(double[][] cov) {
    Inputs.requireCovariance("cov", cov);
    return riskBudget(cov, equalWeight(cov.length));
  }

  /**
   * Risk budgeting: weights whose risk contributions {@code w_i (S w)_i} are proportional to {@code
   * budgets} (Spinu 2013). NaN when an asset has zero variance.
   *
   * @param budgets positive and summing to 1 (within {@code 1e-9})
   */
  public static double[] riskBudget(double[][] cov, double[] budgets) {
    Inputs.requireCovariance("cov", cov);
    int n = cov.length;
    Inputs.requireWeights("budgets", budgets, n);
    for (int i = 0; i < n; i++) {
      if (!(budgets[i] > 0)) {
        throw new IllegalArgumentException("budgets: entry " + i + " must be positive");
      }
    }
    if (Inputs.anyNaN(cov)) {
      return Inputs.nanVector(n);
    }
    for (int i = 0; i < n; i++) {
      if (!(cov[i][i] > 0)) {
        return Inputs.nanVector(n);
      }
    }
    if (n == 1) {
      return new double[] {1.0};
    }
    double[] w = RiskBudgeting.solve(cov, budgets);
    return w == null ? Inputs.nanVector(n) : w;
  }

  /**
   * The minimum-variance portfolio with expected return at least {@code targetReturn}: minimise
   * {@code w' S w} subject to {@code mu' w >= target}. Below the return of the global
   * minimum-variance portfolio the constraint does not bind and that portfolio is returned; at
   * {@code max mu_i} only the assets with that return qualify (their minimum-variance mix); above
   * it no long-only portfolio qualifies and the weights are NaN.
   */
  public static double[] minimumVarianceForReturn(
      double[] mu, double[][] cov, double targetReturn) {
    Inputs.requireCovariance("cov", cov);
    int n = cov.length;
    Inputs.requireVector("mu", mu, n);
    Inputs.requireFinite("targetReturn", targetReturn);
    if (Inputs.anyNaN(cov) || Inputs.anyNaN(mu)) {
      return Inputs.nanVector(n);
    }
    double best = Arrays.stream(mu).max().orElseThrow();
    if (targetReturn > best) {
      return Inputs.nanVector(n);
    }
    if (n == 1) {
      return new double[] {1.0};
    }
    if (targetReturn == best) {
      return minimumVarianceAmongBest(mu, cov, best);
    }
    return normalised(
        QuadraticProgram.solve(cov, ones(n), new double[] {1.0}, mu, targetReturn), n);
  }

  /**
   * {@code points} portfolios along the efficient (upper) branch of the long-only frontier: target
   * returns evenly spaced from the return of the global minimum-variance portfolio to the largest
   * {@code mu_i}, both included. One point gives the global minimum-variance portfolio.
   *
   * @throws IllegalArgumentException when {@code points < 1} or the shapes disagree
   */
  public static List<FrontierPoint> efficientFrontier(double[] mu, double[][] cov, int points) {
    Inputs.requireCovariance("cov", cov);
    Inputs.requireVector("mu", mu, cov.length);
    if (points < 1) {
      throw new IllegalArgumentException("points: must be at least 1, got " + points);
    }
    double[] minVar = minimumVariance(cov);
    double low = RiskContributions.expectedReturn(minVar, mu);
    double high = Arrays.stream(mu).max().orElseThrow();
    List<FrontierPoint> out = new ArrayList<>(points);
    for (int k = 0; k < points; k++) {
      double target = points == 1 ? low : low + (high - low) * k / (points - 1);
      double[] w =
          k == 0 || Double.isNaN(target) ? minVar : minimumVarianceForReturn(mu, cov, target);
      out.add(
          new FrontierPoint(
              target,
              RiskContributions.expectedReturn(w, mu),
              RiskContributions.volatility(w, cov),
              w));
    }
    return out;
  }

  /**
   * At {@code target = max mu_i} only the assets with that exact return are allowed: the global
   * minimum-variance portfolio of those assets, the others at zero. Solved directly because the
   * return and budget constraints are then degenerate for the quadratic program.
   */
  private static double[] minimumVarianceAmongBest(double[] mu, double[][] cov, double best) {
    int n = mu.length;
    int[] tied = java.util.stream.IntStream.range(0, n).filter(i -> mu[i] == best).toArray();
    double[][] sub = new double[tied.length][tied.length];
    for (int a = 0; a < tied.length; a++) {
      for (int b = 0; b < tied.length; b++) {
        sub[a][b] = cov[tied[a]][tied[b]];
      }
    }
    double[] subWeights = minimumVariance(sub);
    double[] w = new double[n];
    for (int a = 0; a < tied.length; a++) {
      w[tied[a]] = subWeights[a];
    }
    return w;
  }

  private static double[][] ones(int n) {
    double[][] row = new double[1][n];
    Arrays.fill(row[0], 1.0);
    return row;
  }

  /** Scales a solver's non-negative solution to sum 1; NaN when it failed. */
  private static double[] normalised(double[] x, int n) {
    if (x == null) {
      return Inputs.nanVector(n);
    }
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    if (!(sum > 0) || Double.isInfinite(sum)) {
      return Inputs.nanVector(n);
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = x[i] / sum;
    }
    return w;
  }
}
