package dev.rotor.claims;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one claim under one article date.
 *
 * @param claim the claim
 * @param period the resolved period, when the claim has one
 * @param verdict the verdict
 * @param reason for UNVERIFIABLE, why; else empty
 * @param evidence the numbers, series and dates used
 */
public record ClaimCheck(
    Claim claim, Optional<Period> period, Verdict verdict, String reason, Evidence evidence) {

  /** Validates the fields. */
  public ClaimCheck {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(evidence, "evidence");
  }
}
