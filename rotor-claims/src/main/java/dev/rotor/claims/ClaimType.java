package dev.rotor.claims;

/** What a claim says, and so how it is tested (docs/claims.md, "Verdict rules"). */
public enum ClaimType {
  /** The subject's return over the period beat (or trailed) the object's. */
  RELATIVE,
  /** The subject rose or fell over the period, optionally by a stated magnitude. */
  ABSOLUTE,
  /** The subject is more (or less) volatile than the object. */
  VOLATILITY,
  /** The subject is more (or less) sensitive to interest-rate changes than the object. */
  RATE_SENSITIVITY,
  /** The subject trades in lower (or higher) volume than the object. */
  TRADING_VOLUME,
  /** The subject trailed its counterpart over the years before the period. */
  PRIOR_UNDERPERFORMANCE,
  /**
   * The subject is valued lower (direction -1) or higher (+1) than the object: aggregate P/E from a
   * fundamentals snapshot.
   */
  VALUATION,
  /** A claim the checker found but cannot test (reason in {@link Claim#untestable}). */
  UNTESTABLE
}
