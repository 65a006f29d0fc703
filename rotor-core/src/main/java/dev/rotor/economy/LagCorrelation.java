package dev.rotor.economy;

/**
 * Pearson correlation of monthly returns with an indicator at one lag.
 *
 * @param lag months by which the indicator leads the returns: the indicator of month {@code m} is
 *     paired with the return of month {@code m + lag}; negative when returns lead the indicator
 * @param n number of month pairs with both values
 * @param r Pearson correlation; NaN with fewer than 3 pairs or when either side is constant
 * @param lower lower end of the 95% Fisher-z interval {@code tanh(atanh(r) - 1.96 / sqrt(n - 3))};
 *     NaN when {@code r} is NaN or {@code n < 4}
 * @param upper upper end, {@code tanh(atanh(r) + 1.96 / sqrt(n - 3))}; NaN likewise
 */
public record LagCorrelation(int lag, int n, double r, double lower, double upper) {

  /** Validates the count. */
  public LagCorrelation {
    if (n < 0) {
      throw new IllegalArgumentException("n: must be at least 0, was " + n);
    }
  }
}
