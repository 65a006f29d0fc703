package dev.rotor.allocation;

import dev.rotor.series.SeriesId;
import java.util.Arrays;
import java.util.List;

/**
 * A weight vector and its ex-ante analytics under estimated annualised moments (see {@link
 * Allocations}). Arrays are copied in and out; everything is NaN when the weights could not be
 * computed (too little data, or no asset beating the risk-free rate for {@link
 * AllocationMethod#MAXIMUM_SHARPE}).
 *
 * @param method how the weights were chosen; null when they were given by the caller
 * @param ids the assets, in weight order
 * @param weights the weights, {@code >= 0}, summing to 1
 * @param expectedReturn {@code mu' w}, annualised arithmetic
 * @param volatility {@code sqrt(w' S w)}, annualised
 * @param riskFreeRate the annual risk-free rate used for the Sharpe ratio
 * @param sharpeRatio {@code (mu' w - rf) / volatility}
 * @param diversificationRatio {@code (sum w_i s_i) / volatility} (Choueifaty and Coignard 2008)
 * @param riskContributions {@code w_i (S w)_i / volatility}, summing to the volatility
 */
public record Allocation(
    AllocationMethod method,
    List<SeriesId> ids,
    double[] weights,
    double expectedReturn,
    double volatility,
    double riskFreeRate,
    double sharpeRatio,
    double diversificationRatio,
    double[] riskContributions) {

  /** Checks the shapes and copies the arrays. */
  public Allocation {
    Inputs.requireNonNull("ids", ids);
    Inputs.requireNonNull("weights", weights);
    Inputs.requireNonNull("riskContributions", riskContributions);
    ids = List.copyOf(ids);
    if (weights.length != ids.size() || riskContributions.length != ids.size()) {
      throw new IllegalArgumentException(
          "weights: "
              + weights.length
              + " weights and "
              + riskContributions.length
              + " contributions for "
              + ids.size()
              + " ids");
    }
    weights = weights.clone();
    riskContributions = riskContributions.clone();
  }

  /** A copy of the weights. */
  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** A copy of the risk contributions. */
  @Override
  public double[] riskContributions() {
    return riskContributions.clone();
  }

  /** The weight of {@code id}. */
  public double weight(SeriesId id) {
    int i = ids.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("id: " + id + " is not one of " + ids);
    }
    return weights[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Allocation other
        && method == other.method
        && ids.equals(other.ids)
        && Arrays.equals(weights, other.weights)
        && Double.compare(expectedReturn, other.expectedReturn) == 0
        && Double.compare(volatility, other.volatility) == 0
        && Double.compare(riskFreeRate, other.riskFreeRate) == 0
        && Double.compare(sharpeRatio, other.sharpeRatio) == 0
        && Double.compare(diversificationRatio, other.diversificationRatio) == 0
        && Arrays.equals(riskContributions, other.riskContributions);
  }

  @Override
  public int hashCode() {
    return 31 * ids.hashCode() + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Allocation["
        + method
        + " "
        + ids
        + " weights="
        + Arrays.toString(weights)
        + ", vol="
        + volatility
        + "]";
  }
}
