package dev.rotor.allocation;

import java.util.Arrays;

/**
 * One point of the long-only efficient frontier: the minimum-variance fully invested portfolio
 * whose expected return is at least {@code targetReturn}. Units follow the inputs (annualised when
 * built from {@link AssetReturns#annualisedMeans()} and {@link
 * AssetReturns#annualisedCovariance()}). The weights are copied in and out.
 *
 * @param targetReturn the return asked for
 * @param expectedReturn {@code mu' w}, equal to the target up to solver tolerance except at the
 *     minimum-variance end, where the target may be below it
 * @param volatility {@code sqrt(w' S w)}
 * @param weights the portfolio, NaN when no long-only portfolio reaches the target
 */
public record FrontierPoint(
    double targetReturn, double expectedReturn, double volatility, double[] weights) {

  /** Checks the weights are present and copies them. */
  public FrontierPoint {
    Inputs.requireNonNull("weights", weights);
    weights = weights.clone();
  }

  /** A copy of the weights. */
  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrontierPoint other
        && Double.compare(targetReturn, other.targetReturn) == 0
        && Double.compare(expectedReturn, other.expectedReturn) == 0
        && Double.compare(volatility, other.volatility) == 0
        && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(targetReturn) * 31 + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "FrontierPoint[target="
        + targetReturn
        + ", return="
        + expectedReturn
        + ", vol="
        + volatility
        + ", weights="
        + Arrays.toString(weights)
        + "]";
  }
}
