package dev.rotor.claims;

/** The outcome of checking one claim against the data. */
public enum Verdict {
  /** The data agree with the claim within its documented tolerance. */
  SUPPORTED,
  /** The data disagree with the claim beyond its documented tolerance. */
  CONTRADICTED,
  /** The claim cannot be tested: no data for the entity or period, too vague, or inconclusive. */
  UNVERIFIABLE
}
