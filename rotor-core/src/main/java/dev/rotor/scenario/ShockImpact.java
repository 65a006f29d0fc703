package dev.rotor.scenario;

import java.util.Objects;

/**
 * The return implied by a yield shock through a fitted rate beta: {@code beta x shock}, with the
 * interval {@code (beta -/+ c se) x shock} for the critical value {@code c} of {@code errors} at
 * {@code confidence}. The return is of the kind and sampling period of the fit (e.g. a weekly
 * simple return for a shock of that size within one week). NaN when the beta is NaN.
 *
 * @param basisPoints the shock to the yield in basis points (+100 = one percentage point higher)
 * @param expectedReturn {@code beta x basisPoints / 100}
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 * @param errors the standard errors behind the interval
 * @param confidence the interval's confidence level, in (0, 1)
 */
public record ShockImpact(
    double basisPoints,
    double expectedReturn,
    double lower,
    double upper,
    StandardErrors errors,
    double confidence) {

  /** Validates the shock, the confidence and the order of the interval. */
  public ShockImpact {
    if (!Double.isFinite(basisPoints)) {
      throw new IllegalArgumentException("basisPoints: must be finite, was " + basisPoints);
    }
    Objects.requireNonNull(errors, "errors");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence: must be in (0, 1), was " + confidence);
    }
    if (lower > expectedReturn || expectedReturn > upper) {
      throw new IllegalArgumentException(
          "lower/expectedReturn/upper: must be ordered, were "
              + lower
              + ", "
              + expectedReturn
              + ", "
              + upper);
    }
  }
}
