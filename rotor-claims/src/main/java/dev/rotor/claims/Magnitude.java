package dev.rotor.claims;

import java.util.Objects;

/**
 * A stated size of a move: {@code rose about 24%}, {@code lost a third}, {@code more than 40%}.
 * Bands are in percentage points on the simple return: {@code band = max(2, 0.2 * |percent|)}.
 *
 * @param kind how the stated figure bounds the move
 * @param percent the stated figure in percent, positive ({@code a third} = 33.33)
 * @param phrase the words it was read from
 */
public record Magnitude(Kind kind, double percent, String phrase) {

  /** How a stated figure bounds the actual move (signed along the claimed direction). */
  public enum Kind {
    /** About, around, roughly, some, or a bare figure: within the band. */
    ABOUT,
    /** More than, over, at least: above the figure. */
    MORE_THAN,
    /** Less than, under: between zero and the figure. */
    LESS_THAN,
    /** Nearly, almost: below the figure and within the band. */
    NEARLY
  }

  /** Validates the fields. */
  public Magnitude {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(phrase, "phrase");
    if (!(percent > 0) || Double.isInfinite(percent)) {
      throw new IllegalArgumentException("percent: must be positive and finite, was " + percent);
    }
  }

  /** The tolerance band in percentage points: {@code max(2, 0.2 * percent)}. */
  public double band() {
    return Math.max(2.0, 0.2 * percent);
  }

  /** True when {@code actualPercent} (signed along the claimed direction) meets the claim. */
  public boolean accepts(double actualPercent) {
    return switch (kind) {
      case ABOUT -> Math.abs(actualPercent - percent) <= band();
      case MORE_THAN -> actualPercent > percent;
      case LESS_THAN -> actualPercent > 0 && actualPercent < percent;
      case NEARLY -> actualPercent <= percent && actualPercent >= percent - band();
    };
  }

  /** The documented tolerance, in words. */
  public String tolerance() {
    return switch (kind) {
      case ABOUT ->
          String.format(
              java.util.Locale.ROOT,
              "about %.4g%%: within +/- %.4g pp (max(2 pp, 20%% of the figure))",
              percent,
              band());
      case MORE_THAN -> String.format(java.util.Locale.ROOT, "more than %.4g%%", percent);
      case LESS_THAN -> String.format(java.util.Locale.ROOT, "between 0 and %.4g%%", percent);
      case NEARLY ->
          String.format(
              java.util.Locale.ROOT,
              "nearly %.4g%%: from %.4g%% up to %.4g%%",
              percent,
              percent - band(),
              percent);
    };
  }
}
