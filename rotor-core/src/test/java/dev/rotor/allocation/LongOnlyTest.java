package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LongOnlyTest {

  /** Polished quadratic-program weights against closed forms. */
  private static final double QP_TOL = 1e-12;

  /** Newton risk budgeting against closed forms. */
  private static final double ERC_TOL = 1e-12;

  /** Optimality checks on random problems (ADMM without a successful polish is ~1e-9). */
  private static final double KKT_TOL = 1e-8;

  static double[][] covariance(double[] sd, double[][] corr) {
    int n = sd.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i][j] = corr[i][j] * sd[i] * sd[j];
      }
    }
    return c;
  }

  static double[][] diagonal(double... sd) {
    double[][] c = new double[sd.length][sd.length];
    for (int i = 0; i < sd.length; i++) {
      c[i][i] = sd[i] * sd[i];
    }
    return c;
  }

  static double[][] twoAssets(double s1, double s2, double rho) {
    return covariance(new double[] {s1, s2}, new double[][] {{1, rho}, {rho, 1}});
  }

  @Test
  void minimumVariance_twoAssetsInterior_matchesClosedForm() {
    // w1 = (s2^2 - rho s1 s2) / (s1^2 + s2^2 - 2 rho s1 s2) = (.09 - .018) / (.13 - .036)
    //    = .072 / .094 for s1 = .2, s2 = .3, rho = .3.
    double[] w = LongOnly.minimumVariance(twoAssets(0.2, 0.3, 0.3));
    assertThat(w[0]).isCloseTo(0.072 / 0.094, within(QP_TOL));
    assertThat(w[1]).isCloseTo(1 - 0.072 / 0.094, within(QP_TOL));
  }

  @Test
  void minimumVariance_twoAssetsLongOnlyBinds_isClippedToTheLowVolAsset() {
    // s1 = .1, s2 = .3, rho = .9: closed form w1 = (.09 - .027) / (.1 - .054) = 1.37 > 1.
    double[] w = LongOnly.minimumVariance(twoAssets(0.1, 0.3, 0.9));
    assertThat(w).containsExactly(new double[] {1.0, 0.0}, within(QP_TOL));
  }

  @Test
  void minimumVariance_uncorrelated_isProportionalToInverseVariance() {
    double[] sd = {0.1, 0.15, 0.2, 0.25, 0.4};
    double[] w = LongOnly.minimumVariance(diagonal(sd));
    double norm = 0;
    for (double s : sd) {
      norm += 1 / (s * s);
    }
    for (int i = 0; i < sd.length; i++) {
      assertThat(w[i]).isCloseTo(1 / (sd[i] * sd[i]) / norm, within(QP_TOL));
    }
  }

  @Test
  void maximumSharpe_uncorrelatedPositiveExcess_isProportionalToExcessOverVariance() {
    double[] sd = {0.1, 0.2, 0.3};
    double[] mu = {0.05, 0.09, 0.12};
    double rf = 0.02;
    double[] w = LongOnly.maximumSharpe(mu, diagonal(sd), rf);
    double[] raw = new double[3];
    double norm = 0;
    for (int i = 0; i < 3; i++) {
      raw[i] = (mu[i] - rf) / (sd[i] * sd[i]);
      norm += raw[i];
    }
    for (int i = 0; i < 3; i++) {
      assertThat(w[i]).isCloseTo(raw[i] / norm, within(QP_TOL));
    }
  }

  @Test
  void maximumSharpe_assetBelowRiskFree_getsNothingWhenUncorrelated() {
    double[] w =
        LongOnly.maximumSharpe(new double[] {0.01, 0.08, 0.06}, diagonal(0.1, 0.2, 0.2), 0.02);
    // Excess .06 / .04 = 1.5 and .04 / .04 = 1 -> (0, .6, .4).
    assertThat(w).containsExactly(new double[] {0.0, 0.6, 0.4}, within(QP_TOL));
  }

  @Test
  void maximumSharpe_noAssetAboveRiskFree_isNaN() {
    double[] w = LongOnly.maximumSharpe(new double[] {0.01, 0.02}, diagonal(0.1, 0.2), 0.02);
    assertThat(w).containsOnly(Double.NaN);
  }

  @Test
  void equalRiskContribution_uncorrelated_isProportionalToInverseVolatility() {
    double[] sd = {0.1, 0.15, 0.2, 0.25, 0.4};
    double[] w = LongOnly.equalRiskContribution(diagonal(sd));
    double norm = 0;
    for (double s : sd) {
      norm += 1 / s;
    }
    for (int i = 0; i < sd.length; i++) {
      assertThat(w[i]).isCloseTo(1 / sd[i] / norm, within(ERC_TOL));
    }
  }

  @Test
  void equalRiskContribution_twoAssetsAnyCorrelation_isInverseVolatility() {
    // w1 (w1 s1^2 + w2 rho s1 s2) = w2 (w2 s2^2 + w1 rho s1 s2) reduces to w1^2 s1^2 = w2^2 s2^2,
    // so w1 s1 = w2 s2 whatever rho: w1 = s2 / (s1 + s2) = .3 / .4.
    for (double rho : new double[] {-0.8, 0.0, 0.5, 0.95}) {
      double[] w = LongOnly.equalRiskContribution(twoAssets(0.1, 0.3, rho));
      assertThat(w[0]).as("rho %s", rho).isCloseTo(0.75, within(ERC_TOL));
    }
  }

  @Test
  void everyMethod_identicalAssets_givesEqualWeights() {
    // Exchangeable assets: equal volatilities, equal pairwise correlations, equal returns.
    int n = 6;
    double[][] corr = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        corr[i][j] = i == j ? 1 : 0.4;
      }
    }
    double[][] cov = covariance(new double[] {0.2, 0.2, 0.2, 0.2, 0.2, 0.2}, corr);
    double[] mu = {0.07, 0.07, 0.07, 0.07, 0.07, 0.07};
    for (double[] w :
        List.of(
            LongOnly.minimumVariance(cov),
            LongOnly.maximumSharpe(mu, cov, 0.01),
            LongOnly.equalRiskContribution(cov))) {
      for (double x : w) {
        assertThat(x).isCloseTo(1.0 / n, within(QP_TOL));
      }
    }
  }

  @Test
  void riskBudget_givenBudgets_areTheRelativeContributions() {
    double[][] cov =
        covariance(
            new double[] {0.15, 0.2, 0.3},
            new double[][] {{1, 0.3, 0.6}, {0.3, 1, -0.2}, {0.6, -0.2, 1}});
    double[] budgets = {0.5, 0.3, 0.2};
    double[] w = LongOnly.riskBudget(cov, budgets);
    assertThat(RiskContributions.relativeContributions(w, cov))
        .containsExactly(budgets, within(ERC_TOL));
  }

  @Test
  void singleAsset_isFullyInvested() {
    double[][] cov = {{0.04}};
    assertThat(LongOnly.minimumVariance(cov)).containsExactly(1.0);
    assertThat(LongOnly.equalRiskContribution(cov)).containsExactly(1.0);
    assertThat(LongOnly.maximumSharpe(new double[] {0.05}, cov, 0.0)).containsExactly(1.0);
    assertThat(LongOnly.minimumVarianceForReturn(new double[] {0.05}, cov, 0.0))
        .containsExactly(1.0);
  }

  @Test
  void nanInputs_giveNaNWeights() {
    double[][] cov = {{Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}};
    assertThat(LongOnly.minimumVariance(cov)).containsOnly(Double.NaN);
    assertThat(LongOnly.equalRiskContribution(cov)).containsOnly(Double.NaN);
    assertThat(LongOnly.maximumSharpe(new double[] {0.1, 0.1}, cov, 0)).containsOnly(Double.NaN);
    assertThat(LongOnly.maximumSharpe(new double[] {Double.NaN, 0.1}, diagonal(0.1, 0.1), 0))
        .containsOnly(Double.NaN);
  }

  @Test
  void equalRiskContribution_zeroVarianceAsset_isNaN() {
    assertThat(LongOnly.equalRiskContribution(diagonal(0.0, 0.1))).containsOnly(Double.NaN);
  }

  @Test
  void minimumVarianceForReturn_targets_coverTheEdgeCases() {
    double[] mu = {0.04, 0.08, 0.12};
    double[][] cov = diagonal(0.1, 0.2, 0.3);
    double[] minVar = LongOnly.minimumVariance(cov);
    assertThat(LongOnly.minimumVarianceForReturn(mu, cov, 0.0))
        .containsExactly(minVar, within(QP_TOL));
    assertThat(LongOnly.minimumVarianceForReturn(mu, cov, 0.12))
        .containsExactly(new double[] {0, 0, 1}, within(0.0));
    assertThat(LongOnly.minimumVarianceForReturn(mu, cov, 0.13)).containsOnly(Double.NaN);
    double[] w = LongOnly.minimumVarianceForReturn(mu, cov, 0.09);
    assertThat(RiskContributions.expectedReturn(w, mu)).isCloseTo(0.09, within(QP_TOL));
  }

  @Test
  void minimumVarianceForReturn_twoAssetsBindingTarget_isTheLinearMix() {
    // With two assets the budget and the binding return constraint fix w1 = (m2 - t) / (m2 - m1).
    double[] w =
        LongOnly.minimumVarianceForReturn(
            new double[] {0.04, 0.10}, twoAssets(0.1, 0.2, 0.2), 0.085);
    assertThat(w[0]).isCloseTo(0.25, within(QP_TOL));
  }

  @Test
  void efficientFrontier_points_runFromMinimumVarianceToTheBestAsset() {
    double[] mu = {0.04, 0.08, 0.12, 0.06};
    double[][] cov =
        covariance(
            new double[] {0.1, 0.18, 0.3, 0.15},
            new double[][] {
              {1, 0.2, 0.1, 0.3}, {0.2, 1, 0.5, 0.1}, {0.1, 0.5, 1, 0.2}, {0.3, 0.1, 0.2, 1}
            });
    List<FrontierPoint> f = LongOnly.efficientFrontier(mu, cov, 7);
    assertThat(f).hasSize(7);
    assertThat(f.get(0).weights()).containsExactly(LongOnly.minimumVariance(cov), within(0.0));
    assertThat(f.get(6).weights()).containsExactly(new double[] {0, 0, 1, 0}, within(0.0));
    for (int k = 1; k < 7; k++) {
      assertThat(f.get(k).expectedReturn()).isCloseTo(f.get(k).targetReturn(), within(QP_TOL));
      assertThat(f.get(k).volatility()).isGreaterThan(f.get(k - 1).volatility());
      assertThat(f.get(k).targetReturn()).isGreaterThan(f.get(k - 1).targetReturn());
    }
    assertThat(LongOnly.efficientFrontier(mu, cov, 1)).hasSize(1);
  }

  @Test
  void optimisers_seededRandomCovariances_satisfyOptimalityAndOrdering() {
    Random rnd = new Random(2010);
    for (int trial = 0; trial < 40; trial++) {
      int n = 2 + rnd.nextInt(11);
      double[][] cov = randomCovariance(rnd, n, 60 + rnd.nextInt(200));
      double[] mu = new double[n];
      for (int i = 0; i < n; i++) {
        mu[i] = 0.02 + 0.1 * rnd.nextDouble();
      }
      String as = "trial " + trial + " n " + n;

      // Minimum variance: KKT with multiplier lambda = w'Sw: (Sw)_i = lambda where w_i > 0, >= it
      // elsewhere.
      double[] mv = LongOnly.minimumVariance(cov);
      assertFullyInvestedLongOnly(mv, as);
      double[] smv = RiskBudgeting.multiply(cov, mv);
      double lambda = RiskBudgeting.quadratic(cov, mv);
      for (int i = 0; i < n; i++) {
        assertThat(smv[i]).as(as).isGreaterThanOrEqualTo(lambda - KKT_TOL * lambda);
        if (mv[i] > 1e-6) {
          assertThat(smv[i]).as(as).isCloseTo(lambda, within(KKT_TOL * lambda));
        }
      }

      double[] erc = LongOnly.equalRiskContribution(cov);
      assertFullyInvestedLongOnly(erc, as);
      for (double c : RiskContributions.relativeContributions(erc, cov)) {
        assertThat(c).as(as).isCloseTo(1.0 / n, within(1e-10));
      }
      // Maillard, Roncalli and Teiletche (2010) prove s(MV) <= s(ERC) <= s(EW).
      double vMv = RiskContributions.volatility(mv, cov);
      double vErc = RiskContributions.volatility(erc, cov);
      double vEw = RiskContributions.volatility(LongOnly.equalWeight(n), cov);
      assertThat(vMv).as(as).isLessThanOrEqualTo(vErc * (1 + 1e-12));
      assertThat(vErc).as(as).isLessThanOrEqualTo(vEw * (1 + 1e-12));

      // Maximum Sharpe beats equal weight, minimum variance, ERC, every single asset and random
      // portfolios.
      double[] ms = LongOnly.maximumSharpe(mu, cov, 0.01);
      assertFullyInvestedLongOnly(ms, as);
      double best = sharpe(ms, mu, cov, 0.01);
      List<double[]> rivals = new java.util.ArrayList<>(List.of(mv, erc, LongOnly.equalWeight(n)));
      for (int i = 0; i < n; i++) {
        double[] e = new double[n];
        e[i] = 1;
        rivals.add(e);
      }
      for (int k = 0; k < 20; k++) {
        rivals.add(BacktestTest.randomWeights(rnd, n));
      }
      for (double[] w : rivals) {
        assertThat(sharpe(w, mu, cov, 0.01)).as(as).isLessThanOrEqualTo(best + 1e-10);
      }

      // Scale and permutation: annualising the covariance, or reordering assets, changes nothing.
      double[][] scaled = scale(cov, 52);
      assertThat(LongOnly.minimumVariance(scaled)).as(as).containsExactly(mv, within(1e-8));
      assertThat(LongOnly.equalRiskContribution(scaled)).as(as).containsExactly(erc, within(1e-10));
      int[] perm = reversed(n);
      double[] mvPermuted = LongOnly.minimumVariance(permute(cov, perm));
      double[] ercPermuted = LongOnly.equalRiskContribution(permute(cov, perm));
      for (int i = 0; i < n; i++) {
        assertThat(mvPermuted[i]).as(as).isCloseTo(mv[perm[i]], within(1e-8));
        assertThat(ercPermuted[i]).as(as).isCloseTo(erc[perm[i]], within(1e-10));
      }
    }
  }

  @Test
  void equalRiskContribution_duplicatedAsset_splitsItsShare() {
    // A singular covariance (asset 2 is a copy of asset 1): the copies share equally and each
    // contributes a third of the risk.
    double[][] cov =
        covariance(
            new double[] {0.2, 0.2, 0.1}, new double[][] {{1, 1, 0.3}, {1, 1, 0.3}, {0.3, 0.3, 1}});
    double[] w = LongOnly.equalRiskContribution(cov);
    assertThat(w[0]).isCloseTo(w[1], within(ERC_TOL));
    assertThat(RiskContributions.relativeContributions(w, cov))
        .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(ERC_TOL));
  }

  static Stream<Arguments> badCovariances() {
    return Stream.of(
        Arguments.of((Object) null),
        Arguments.of((Object) new double[0][]),
        Arguments.of((Object) new double[][] {{0.04, 0.01}}),
        Arguments.of((Object) new double[][] {{0.04, 0.01}, {0.02, 0.09}}),
        Arguments.of((Object) new double[][] {{-0.04, 0}, {0, 0.09}}),
        Arguments.of((Object) new double[][] {{0.04, Double.POSITIVE_INFINITY}, {0, 0.09}}));
  }

  @ParameterizedTest
  @MethodSource("badCovariances")
  void optimisers_badCovariance_throwNamingIt(double[][] cov) {
    assertThatThrownBy(() -> LongOnly.minimumVariance(cov))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cov:");
    assertThatThrownBy(() -> LongOnly.equalRiskContribution(cov))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cov:");
  }

  static Stream<Arguments> badOtherArguments() {
    double[][] cov = diagonal(0.1, 0.2);
    return Stream.of(
        Arguments.of((Runnable) () -> LongOnly.maximumSharpe(new double[] {0.1}, cov, 0), "mu"),
        Arguments.of((Runnable) () -> LongOnly.maximumSharpe(null, cov, 0), "mu"),
        Arguments.of(
            (Runnable) () -> LongOnly.maximumSharpe(new double[] {0.1, 0.1}, cov, Double.NaN),
            "riskFreeRate"),
        Arguments.of((Runnable) () -> LongOnly.riskBudget(cov, new double[] {0.5, 0.6}), "budgets"),
        Arguments.of((Runnable) () -> LongOnly.riskBudget(cov, new double[] {1.0, 0.0}), "budgets"),
        Arguments.of(
            (Runnable)
                () -> LongOnly.minimumVarianceForReturn(new double[] {0.1, 0.1}, cov, Double.NaN),
            "targetReturn"),
        Arguments.of(
            (Runnable) () -> LongOnly.efficientFrontier(new double[] {0.1, 0.1}, cov, 0), "points"),
        Arguments.of((Runnable) () -> LongOnly.equalWeight(0), "n"));
  }

  @ParameterizedTest
  @MethodSource("badOtherArguments")
  void optimisers_badArguments_throwNamingThem(Runnable call, String name) {
    assertThatThrownBy(call::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  /** A sample covariance of {@code t} seeded correlated Gaussian returns (one common factor). */
  static double[][] randomCovariance(Random rnd, int n, int t) {
    double[][] r = new double[n][t];
    double[] beta = new double[n];
    double[] idio = new double[n];
    for (int i = 0; i < n; i++) {
      beta[i] = 0.5 + rnd.nextDouble();
      idio[i] = 0.005 + 0.03 * rnd.nextDouble();
    }
    for (int k = 0; k < t; k++) {
      double m = 0.02 * rnd.nextGaussian();
      for (int i = 0; i < n; i++) {
        r[i][k] = beta[i] * m + idio[i] * rnd.nextGaussian();
      }
    }
    return Moments.covariance(r);
  }

  private static double sharpe(double[] w, double[] mu, double[][] cov, double rf) {
    return (RiskContributions.expectedReturn(w, mu) - rf) / RiskContributions.volatility(w, cov);
  }

  private static void assertFullyInvestedLongOnly(double[] w, String as) {
    double s = 0;
    for (double x : w) {
      assertThat(x).as(as).isGreaterThanOrEqualTo(0.0);
      s += x;
    }
    assertThat(s).as(as).isCloseTo(1.0, within(1e-12));
  }

  private static double[][] scale(double[][] c, double k) {
    double[][] out = new double[c.length][c.length];
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < c.length; j++) {
        out[i][j] = c[i][j] * k;
      }
    }
    return out;
  }

  private static int[] reversed(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = n - 1 - i;
    }
    return p;
  }

  private static double[][] permute(double[][] c, int[] p) {
    double[][] out = new double[c.length][c.length];
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < c.length; j++) {
        out[i][j] = c[p[i]][p[j]];
      }
    }
    return out;
  }
}
