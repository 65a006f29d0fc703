package dev.rotor.allocation;

/**
 * How target weights are chosen by {@link Allocations#solve}. Every method is long-only and fully
 * invested; formulas and references in {@link LongOnly} and {@code docs/conventions-allocation.md}.
 */
public enum AllocationMethod {
  /** {@code 1/n} in each asset. */
  EQUAL_WEIGHT,
  /** The global minimum-variance portfolio. */
  MINIMUM_VARIANCE,
  /** The tangency portfolio: highest (expected return - risk-free rate) / volatility. */
  MAXIMUM_SHARPE,
  /** Equal risk contributions (Maillard, Roncalli and Teiletche 2010). */
  EQUAL_RISK_CONTRIBUTION
}
