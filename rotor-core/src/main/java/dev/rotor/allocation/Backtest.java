package dev.rotor.allocation;

import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;

/**
 * Historical simulation of a long-only, fully invested portfolio with fixed target weights.
 *
 * <p>The portfolio starts at the target weights {@code w} before the first return (the initial
 * purchase is not charged). In period {@code t} with asset returns {@code r_i} and weights {@code
 * v_i} held during the period, the gross return is {@code R = sum v_i r_i} and the weights drift to
 * {@code v'_i = v_i (1 + r_i) / (1 + R)}. When {@link Rebalancing} calls for it after period {@code
 * t}, the portfolio trades back to {@code w}:
 *
 * <ul>
 *   <li>turnover {@code tau = sum |w_i - v'_i|}, the traded notional (buys plus sells) as a
 *       fraction of the pre-trade value;
 *   <li>cost {@code c tau} with {@code c = costBps / 10^4}, paid out of the portfolio pro rata so
 *       that the post-trade weights are exactly {@code w};
 *   <li>the net return of period {@code t} is {@code (1 + R)(1 - c tau) - 1}.
 * </ul>
 *
 * <p>Charging the cost on notional measured before the cost is paid is the usual first-order
 * convention; the exact self-financing solution differs by {@code O(c^2)}. Summary figures are in
 * {@link BacktestResult}.
 */
public final class Backtest {

  /** One basis point. */
  static final double BPS = 1e-4;

  private Backtest() {}

  /**
   * Simulates {@code weights} over {@code returns}.
   *
   * @param returns asset returns at any frequency (daily gives the most faithful drift)
   * @param weights target weights, one per asset, each {@code >= 0}, summing to 1 (within {@code
   *     1e-9})
   * @param rebalancing when to trade back to target
   * @param costBps proportional cost in basis points of traded notional, in {@code [0, 10000]}
   * @throws IllegalArgumentException on a null argument, bad weights or a bad cost
   */
  public static BacktestResult run(
      AssetReturns returns, double[] weights, Rebalancing rebalancing, double costBps) {
    Inputs.requireNonNull("returns", returns);
    Inputs.requireNonNull("rebalancing", rebalancing);
    Inputs.requireWeights("weights", weights, returns.assetCount());
    if (!(costBps >= 0 && costBps <= 1e4)) {
      throw new IllegalArgumentException("costBps: must be in [0, 10000], got " + costBps);
    }
    LocalDate[] dates = returns.dates();
    int n = dates.length;
    boolean[] rebalanceAfter = new boolean[n];
    for (int t = 0; t < n; t++) {
      rebalanceAfter[t] = rebalancing.after(dates[t], t + 1 < n ? dates[t + 1] : null);
    }
    double[] turnover = new double[n];
    double[] end = new double[weights.length];
    double[] net =
        simulate(returns.columns(), weights, rebalanceAfter, costBps * BPS, turnover, end);

    DateSeries.Builder traded = DateSeries.builder();
    double totalTurnover = 0;
    for (int t = 0; t < n; t++) {
      if (rebalanceAfter[t]) {
        traded.put(dates[t], turnover[t]);
        totalTurnover += turnover[t];
      }
    }
    int perYear = returns.frequency().periodsPerYear();
    double cagr = Returns.annualise(Returns.compound(net, ReturnKind.SIMPLE), n, perYear);
    double vol = sampleStandardDeviation(net) * Math.sqrt(perYear);
    double annualTurnover = n == 0 ? Double.NaN : totalTurnover * perYear / n;
    return new BacktestResult(
        rebalancing,
        costBps,
        DateSeries.of(dates, net),
        traded.build(),
        end,
        cagr,
        vol,
        totalTurnover,
        annualTurnover,
        totalTurnover * costBps * BPS);
  }

  /**
   * The kernel: net returns of the portfolio, with {@code turnoverOut[t]} set to the turnover of a
   * rebalance after period {@code t} (0 otherwise) and {@code endWeightsOut} to the final drifted
   * weights.
   *
   * @param r returns {@code [asset][period]}
   * @param target target weights
   * @param rebalanceAfter whether to rebalance after each period
   * @param cost cost per unit of traded notional (a fraction, not bps)
   */
  static double[] simulate(
      double[][] r,
      double[] target,
      boolean[] rebalanceAfter,
      double cost,
      double[] turnoverOut,
      double[] endWeightsOut) {
    int assets = target.length;
    int n = rebalanceAfter.length;
    double[] v = target.clone();
    double[] net = new double[n];
    for (int t = 0; t < n; t++) {
      double gross = 0;
      for (int i = 0; i < assets; i++) {
        gross += v[i] * r[i][t];
      }
      for (int i = 0; i < assets; i++) {
        v[i] = v[i] * (1.0 + r[i][t]) / (1.0 + gross);
      }
      double paid = 0;
      if (rebalanceAfter[t]) {
        double tau = 0;
        for (int i = 0; i < assets; i++) {
          tau += Math.abs(target[i] - v[i]);
          v[i] = target[i];
        }
        turnoverOut[t] = tau;
        paid = cost * tau;
      }
      net[t] = (1.0 + gross) * (1.0 - paid) - 1.0;
    }
    System.arraycopy(v, 0, endWeightsOut, 0, assets);
    return net;
  }

  private static double sampleStandardDeviation(double[] x) {
    if (x.length < 2) {
      return Double.NaN;
    }
    double m = dev.rotor.risk.Moments.mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (x.length - 1));
  }
}
