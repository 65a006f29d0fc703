package dev.rotor.liquidity;

/**
 * Which Corwin and Schultz (2012) high-low spread estimator is computed. Both set a negative
 * two-day estimate to zero before averaging, the variant the paper reports as its main one (Corwin,
 * S. A. and Schultz, P., "A Simple Way to Estimate Bid-Ask Spreads from Daily High and Low Prices",
 * Journal of Finance 67(2), 2012, 719-760). Formulas in {@code docs/conventions-liquidity.md}.
 */
public enum SpreadVariant {
  /**
   * With the paper's overnight adjustment: when the second day's low is above the first day's
   * close, the second day's high and low are both lowered by the gap (low minus close); when the
   * second day's high is below the first day's close, both are raised by the gap (close minus
   * high). Removes the spurious width a closed-market price move adds to the two-day range. The
   * default.
   */
  OVERNIGHT_ADJUSTED,
  /** The raw two-day estimator on the published highs and lows, without the overnight step. */
  UNADJUSTED
}
