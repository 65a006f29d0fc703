package dev.rotor.holding;

import java.util.Objects;

/**
 * Rolling holding-period returns of one series for one horizon (e.g. the SMB factor held 10 years).
 *
 * @param span the windows
 * @param returns the distribution of the annualised window returns; its loss probability is the
 *     probability of losing money over the horizon
 */
public record HoldingPeriod(WindowSpan span, AnnualisedDistribution returns) {

  /** Validates that no field is null. */
  public HoldingPeriod {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(returns, "returns");
  }
}
