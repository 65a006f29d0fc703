package dev.rotor.drivers;

import java.util.Objects;

/**
 * One driver's share of a window's small-minus-large return in a {@link RallyExplanation}.
 *
 * @param name the driver's name (the key it was given under)
 * @param beta the fitted slope: small-minus-large return per unit change of the driver's level
 * @param move the sum of the driver's per-period level changes over the window (its level at the
 *     window's last period end minus its level at the end of the period before the window's first)
 * @param contribution {@code beta * move}, with the 95% interval {@code [beta_lo, beta_hi] * move}
 *     from the Newey-West standard error (ends swapped when the move is negative)
 */
public record DriverContribution(
    String name, Coefficient beta, double move, Interval contribution) {

  /** Validates the parts. */
  public DriverContribution {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(beta, "beta");
    Objects.requireNonNull(contribution, "contribution");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
  }
}
