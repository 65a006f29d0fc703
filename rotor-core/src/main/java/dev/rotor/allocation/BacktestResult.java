package dev.rotor.allocation;

import dev.rotor.series.DateSeries;
import java.util.Arrays;

/**
 * The outcome of a {@link Backtest}: net portfolio returns, the turnover of each rebalance and a
 * summary. Formulas in {@code docs/conventions-allocation.md}.
 *
 * @param rebalancing the rebalancing rule used
 * @param costBps proportional cost in basis points of traded notional
 * @param returns net simple return of each period (after costs), dated at the period's end
 * @param turnover traded notional of each rebalance as a fraction of portfolio value (buys plus
 *     sells, so switching everything from one asset to another is 2.0), dated at the rebalance
 *     date; empty for {@link Rebalancing#NONE}
 * @param endWeights the drifted weights after the last period
 * @param cagr compound annual growth rate of the net returns, {@code (prod(1 + r))^(P / T) - 1}
 *     with {@code P} periods a year and {@code T} periods; NaN without any period
 * @param volatility annualised volatility of the net returns, sample standard deviation times
 *     {@code sqrt(P)}; NaN with fewer than two periods
 * @param totalTurnover sum of {@code turnover}
 * @param annualTurnover {@code totalTurnover * P / T}; NaN without any period
 * @param totalCost sum over rebalances of {@code costBps / 10^4 * turnover}: the fractions of
 *     portfolio value paid in costs
 */
public record BacktestResult(
    Rebalancing rebalancing,
    double costBps,
    DateSeries returns,
    DateSeries turnover,
    double[] endWeights,
    double cagr,
    double volatility,
    double totalTurnover,
    double annualTurnover,
    double totalCost) {

  /** Checks for nulls and copies the weights. */
  public BacktestResult {
    Inputs.requireNonNull("rebalancing", rebalancing);
    Inputs.requireNonNull("returns", returns);
    Inputs.requireNonNull("turnover", turnover);
    Inputs.requireNonNull("endWeights", endWeights);
    endWeights = endWeights.clone();
  }

  /** A copy of the end weights. */
  @Override
  public double[] endWeights() {
    return endWeights.clone();
  }

  /** Number of rebalances. */
  public int rebalances() {
    return turnover.size();
  }

  /** Growth of one unit invested at the start: {@code prod(1 + r)}; 1 without any period. */
  public double finalValue() {
    double v = 1.0;
    for (double r : returns.values()) {
      v *= 1.0 + r;
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BacktestResult other
        && rebalancing == other.rebalancing
        && Double.compare(costBps, other.costBps) == 0
        && returns.equals(other.returns)
        && turnover.equals(other.turnover)
        && Arrays.equals(endWeights, other.endWeights)
        && Double.compare(cagr, other.cagr) == 0
        && Double.compare(volatility, other.volatility) == 0
        && Double.compare(totalTurnover, other.totalTurnover) == 0
        && Double.compare(annualTurnover, other.annualTurnover) == 0
        && Double.compare(totalCost, other.totalCost) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * returns.hashCode() + Arrays.hashCode(endWeights);
  }

  @Override
  public String toString() {
    return "BacktestResult["
        + rebalancing
        + ", "
        + costBps
        + " bps, cagr="
        + cagr
        + ", vol="
        + volatility
        + ", rebalances="
        + rebalances()
        + ", turnover="
        + totalTurnover
        + "]";
  }
}
