package dev.rotor.screen;

/**
 * Direction of a ranking. Whatever the direction, rows missing the rank field come last and equal
 * values are ordered by ticker (ascending, then source order).
 */
public enum RankOrder {
  /** Smallest first: the default, suited to valuation multiples ({@code rank pe}). */
  ASC,
  /** Largest first ({@code rank market_cap desc}). */
  DESC
}
