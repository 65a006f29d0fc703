package dev.rotor.liquidity;

/**
 * The unit of a {@link Position}, which picks the matching average daily volume: a position in
 * dollars is compared with the average daily dollar volume, a position in shares with the average
 * daily share volume.
 */
public enum PositionUnit {
  /** US dollars; compared with {@link LiquidityMeasure#ADV_DOLLARS}. */
  DOLLARS,
  /** Shares (or fund units); compared with {@link LiquidityMeasure#ADV_SHARES}. */
  SHARES
}
