package dev.rotor.liquidity;

import java.util.Objects;

/**
 * The size of a position to trade, for days-to-liquidate and market impact.
 *
 * @param amount the size, finite and positive
 * @param unit dollars or shares
 */
public record Position(double amount, PositionUnit unit) {

  /** Validates the size. */
  public Position {
    Objects.requireNonNull(unit, "unit");
    if (!(amount > 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("amount: must be finite and positive, got " + amount);
    }
  }

  /** A position of {@code amount} US dollars. */
  public static Position dollars(double amount) {
    return new Position(amount, PositionUnit.DOLLARS);
  }

  /** A position of {@code amount} shares. */
  public static Position shares(double amount) {
    return new Position(amount, PositionUnit.SHARES);
  }
}
