package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RiskBudgetingTest {

  private static final double TOL = 1e-12;

  @Test
  void solve_threeCorrelatedAssets_matchesCoordinateDescentOracle() {
    // Volatilities 10%, 20%, 30%; correlations .8 (1-2), .5 (1-3), .5 (2-3). Oracle: cyclical
    // coordinate descent on the same convex objective (Griveau-Billion, Richard and Roncalli 2013):
    // /usr/bin/python3 -c "import numpy as np; sd=np.array([.1,.2,.3]);
    //   C=np.array([[1,.8,.5],[.8,1,.5],[.5,.5,1]]); S=C*np.outer(sd,sd); b=np.ones(3)/3; y=1/sd
    //   [loop 10000 times over i: c=S[i]@y-S[i,i]*y[i];
    //    y[i]=(-c+np.sqrt(c*c+4*S[i,i]*b[i]))/(2*S[i,i])]; print(y/y.sum())"
    // -> 0.5343084432600707, 0.2671542216300353, 0.19853733510989394.
    double[][] cov =
        LongOnlyTest.covariance(
            new double[] {0.1, 0.2, 0.3},
            new double[][] {{1, 0.8, 0.5}, {0.8, 1, 0.5}, {0.5, 0.5, 1}});
    double[] w = RiskBudgeting.solve(cov, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
    assertThat(w)
        .containsExactly(
            new double[] {0.5343084432600707, 0.2671542216300353, 0.19853733510989394},
            within(TOL));
    assertThat(RiskContributions.relativeContributions(w, cov))
        .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(TOL));
  }

  @Test
  void solve_seededRandomBudgets_meetsEveryBudget() {
    Random rnd = new Random(13);
    for (int trial = 0; trial < 30; trial++) {
      int n = 2 + rnd.nextInt(20);
      double[][] cov = LongOnlyTest.randomCovariance(rnd, n, 30 + rnd.nextInt(300));
      double[] b = BacktestTest.randomWeights(rnd, n);
      double[] w = RiskBudgeting.solve(cov, b);
      assertThat(w).as("trial %d", trial).isNotNull();
      assertThat(RiskContributions.relativeContributions(w, cov))
          .as("trial %d", trial)
          .containsExactly(b, within(1e-11));
    }
  }

  @Test
  void solve_stronglyNegativeCorrelation_converges() {
    double[][] cov =
        LongOnlyTest.covariance(new double[] {0.05, 0.4}, new double[][] {{1, -0.99}, {-0.99, 1}});
    double[] w = RiskBudgeting.solve(cov, new double[] {0.5, 0.5});
    assertThat(w[0]).isCloseTo(0.4 / 0.45, within(TOL));
  }
}
