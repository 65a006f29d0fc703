package dev.rotor.claims;

/** The categories of the pattern grammar ({@code claims/grammar.tsv}); see docs/claims.md. */
public enum Cue {
  /** An upward move: climbed, surged, enjoying gains. */
  RISE,
  /** A downward move: fell, slipped, lost. */
  FALL,
  /** The subject did better than the object: outpaced, beat, leaving them in the dust. */
  OUTPERFORM,
  /** The subject did worse: lagged, trailed. */
  UNDERPERFORM,
  /** The subject beat the benchmark by at least the SUBSTANTIAL threshold. */
  DOMINATE,
  /** Adverbs and verbs that ask for a SUBSTANTIAL move. */
  STRONG,
  /** Adverbs that ask for a SLIGHT move. */
  SLIGHT,
  /** More or less volatile. */
  VOLATILITY,
  /** More or less sensitive to interest-rate changes. */
  RATES,
  /** More sensitive to something the data do not measure. */
  OTHER_SENSITIVITY,
  /** Lower or higher trading volume, less or more liquid. */
  VOLUME,
  /** After a period of underperformance. */
  PRIOR,
  /** The subject is valued lower: undervalued relative to, cheaper than, trades at a discount. */
  UNDERVALUED,
  /** The subject is valued higher: overvalued, stretched valuations, expensive relative to. */
  OVERVALUED,
  /** Could, would, if: a hypothesis, not checked. */
  HEDGE,
  /** Typically, tend to, inherently: a general tendency. */
  GENERIC,
  /** During periods of ...: a condition the data cannot identify. */
  CONDITIONAL
}
