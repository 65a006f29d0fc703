package dev.rotor.claims;

import java.util.Objects;
import java.util.Optional;

/**
 * One checkable statement found in a sentence. The period is kept as text ({@code periodText}) and
 * resolved against each candidate article date when the claim is evaluated.
 *
 * @param sentence the sentence it came from
 * @param type what kind of claim
 * @param subject the entity key the claim is about
 * @param object the entity key it is compared with (empty for absolute claims)
 * @param direction +1 for up / better / more, -1 for down / worse / less
 * @param strength how big a move is asked for
 * @param magnitude a stated size, if any
 * @param periodText the text holding the period phrase (this or an earlier sentence of the same
 *     paragraph); empty for the default (year to date)
 * @param generic true for a general tendency (typically, inherently)
 * @param cue the words that triggered the claim
 * @param untestable for {@link ClaimType#UNTESTABLE}: why; else empty
 */
public record Claim(
    Sentence sentence,
    ClaimType type,
    String subject,
    Optional<String> object,
    int direction,
    Strength strength,
    Optional<Magnitude> magnitude,
    Optional<String> periodText,
    boolean generic,
    String cue,
    Optional<String> untestable) {

  /** Validates the fields. */
  public Claim {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(magnitude, "magnitude");
    Objects.requireNonNull(periodText, "periodText");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(untestable, "untestable");
    if (direction != 1 && direction != -1) {
      throw new IllegalArgumentException("direction: must be +1 or -1, was " + direction);
    }
    if ((type == ClaimType.UNTESTABLE) != untestable.isPresent()) {
      throw new IllegalArgumentException("untestable: a reason exactly for UNTESTABLE claims");
    }
  }

  /** A short statement of the claim: {@code RUSSELL_2000 outperformed SP_500 (SUBSTANTIAL)}. */
  public String describe() {
    String verb =
        switch (type) {
          case RELATIVE -> direction > 0 ? "outperformed" : "underperformed";
          case ABSOLUTE -> direction > 0 ? "rose" : "fell";
          case VOLATILITY -> direction > 0 ? "more volatile than" : "less volatile than";
          case RATE_SENSITIVITY ->
              direction > 0 ? "more rate-sensitive than" : "less rate-sensitive than";
          case TRADING_VOLUME ->
              direction > 0 ? "higher trading volume than" : "lower trading volume than";
          case PRIOR_UNDERPERFORMANCE -> "underperformed beforehand";
          case VALUATION -> direction > 0 ? "valued dearer than" : "valued cheaper than";
          case UNTESTABLE -> "(untestable) " + cue;
        };
    StringBuilder b = new StringBuilder(subject).append(' ').append(verb);
    object.ifPresent(o -> b.append(' ').append(o));
    magnitude.ifPresent(m -> b.append(" by ").append(m.phrase()));
    if (strength != Strength.PLAIN) {
      b.append(" [").append(strength.name().toLowerCase(java.util.Locale.ROOT)).append(']');
    }
    return b.toString();
  }
}
