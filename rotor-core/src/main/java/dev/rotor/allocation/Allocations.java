package dev.rotor.allocation;

import java.util.List;

/**
 * Allocation from asset returns: estimates annualised moments ({@link
 * AssetReturns#annualisedMeans()}, {@link AssetReturns#annualisedCovariance()}), chooses weights by
 * an {@link AllocationMethod} or takes the caller's, and reports their ex-ante analytics. The
 * moments are the plain sample estimates; no shrinkage is applied.
 */
public final class Allocations {

  private Allocations() {}

  /**
   * Weights by {@code method} and their analytics.
   *
   * @param riskFreeRate annual risk-free rate as a decimal (0.02 = 2%), used by {@link
   *     AllocationMethod#MAXIMUM_SHARPE} and the Sharpe ratio
   */
  public static Allocation solve(
      AssetReturns returns, AllocationMethod method, double riskFreeRate) {
    Inputs.requireNonNull("returns", returns);
    Inputs.requireNonNull("method", method);
    Inputs.requireFinite("riskFreeRate", riskFreeRate);
    double[] mu = returns.annualisedMeans();
    double[][] cov = returns.annualisedCovariance();
    double[] w =
        switch (method) {
          case EQUAL_WEIGHT -> LongOnly.equalWeight(returns.assetCount());
          case MINIMUM_VARIANCE -> LongOnly.minimumVariance(cov);
          case MAXIMUM_SHARPE -> LongOnly.maximumSharpe(mu, cov, riskFreeRate);
          case EQUAL_RISK_CONTRIBUTION -> LongOnly.equalRiskContribution(cov);
        };
    return describe(method, returns, mu, cov, w, riskFreeRate);
  }

  /**
   * The analytics of given weights.
   *
   * @throws IllegalArgumentException when the weights are not long-only and fully invested
   */
  public static Allocation of(AssetReturns returns, double[] weights, double riskFreeRate) {
    Inputs.requireNonNull("returns", returns);
    Inputs.requireWeights("weights", weights, returns.assetCount());
    Inputs.requireFinite("riskFreeRate", riskFreeRate);
    return describe(
        null,
        returns,
        returns.annualisedMeans(),
        returns.annualisedCovariance(),
        weights,
        riskFreeRate);
  }

  /**
   * {@code points} long-only efficient-frontier portfolios under the annualised moments (see {@link
   * LongOnly#efficientFrontier}).
   */
  public static List<FrontierPoint> frontier(AssetReturns returns, int points) {
    Inputs.requireNonNull("returns", returns);
    return LongOnly.efficientFrontier(
        returns.annualisedMeans(), returns.annualisedCovariance(), points);
  }

  private static Allocation describe(
      AllocationMethod method,
      AssetReturns returns,
      double[] mu,
      double[][] cov,
      double[] w,
      double rf) {
    double vol = RiskContributions.volatility(w, cov);
    double ret = RiskContributions.expectedReturn(w, mu);
    return new Allocation(
        method,
        returns.ids(),
        w,
        ret,
        vol,
        rf,
        vol > 0 ? (ret - rf) / vol : Double.NaN,
        RiskContributions.diversificationRatio(w, cov),
        RiskContributions.contributions(w, cov));
  }
}
