package dev.rotor.regime;

import java.util.Arrays;
import java.util.Objects;

/**
 * A fitted two-state Markov-switching model. States are labelled so that state 0 has the lower
 * mean.
 *
 * @param parameters the maximum-likelihood parameters, or {@link RegimeParameters#UNDEFINED}
 * @param standardErrors standard errors in the order of {@link RegimeParameter}, from the observed
 *     information in the direct parameters (NaN when unavailable); copied in and out
 * @param logLikelihood the maximised log-likelihood (statsmodels' definition: the first state is
 *     drawn from the steady state), NaN when undefined
 * @param iterations E-steps (filter and smoother passes) spent on the reported start, screening
 *     included
 * @param converged whether EM met its convergence test
 * @param filtered {@code P(S_t = j | y_1..y_t)} for each period
 * @param smoothed {@code P(S_t = j | y_1..y_n)} for each period
 */
public record RegimeFit(
    RegimeParameters parameters,
    double[] standardErrors,
    double logLikelihood,
    int iterations,
    boolean converged,
    RegimeProbabilities filtered,
    RegimeProbabilities smoothed) {

  /** Validates and copies. */
  public RegimeFit {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(filtered, "filtered");
    Objects.requireNonNull(smoothed, "smoothed");
    if (standardErrors.length != RegimeParameter.values().length) {
      throw new IllegalArgumentException(
          "standardErrors: need "
              + RegimeParameter.values().length
              + ", got "
              + standardErrors.length);
    }
    standardErrors = standardErrors.clone();
    if (filtered.size() != smoothed.size()) {
      throw new IllegalArgumentException(
          "smoothed: " + smoothed.size() + " periods, filtered has " + filtered.size());
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations: must be >= 0, was " + iterations);
    }
  }

  /** A fit with nothing estimated (too little data), for {@code n} periods. */
  static RegimeFit undefined(int n) {
    double[] nan = new double[RegimeParameter.values().length];
    Arrays.fill(nan, Double.NaN);
    RegimeProbabilities none = RegimeProbabilities.undefined(n);
    return new RegimeFit(RegimeParameters.UNDEFINED, nan, Double.NaN, 0, false, none, none);
  }

  /** A copy of the standard errors. */
  @Override
  public double[] standardErrors() {
    return standardErrors.clone();
  }

  /** The standard error of one parameter (NaN when unavailable). */
  public double standardError(RegimeParameter parameter) {
    return standardErrors[parameter.ordinal()];
  }

  /** Expected duration of a spell in {@code state}, in periods: {@code 1 / (1 - p_ii)}. */
  public double expectedDuration(int state) {
    return parameters.expectedDuration(state);
  }

  /** The transition matrix {@code [from][to]}. */
  public double[][] transitionMatrix() {
    return parameters.transitionMatrix();
  }

  /** Number of periods. */
  public int size() {
    return smoothed.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegimeFit other
        && parameters.equals(other.parameters)
        && Arrays.equals(standardErrors, other.standardErrors)
        && Double.compare(logLikelihood, other.logLikelihood) == 0
        && iterations == other.iterations
        && converged == other.converged
        && filtered.equals(other.filtered)
        && smoothed.equals(other.smoothed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        parameters,
        Arrays.hashCode(standardErrors),
        logLikelihood,
        iterations,
        converged,
        filtered,
        smoothed);
  }

  @Override
  public String toString() {
    return "RegimeFit[parameters="
        + parameters
        + ", standardErrors="
        + Arrays.toString(standardErrors)
        + ", logLikelihood="
        + logLikelihood
        + ", iterations="
        + iterations
        + ", converged="
        + converged
        + ", periods="
        + size()
        + "]";
  }
}
