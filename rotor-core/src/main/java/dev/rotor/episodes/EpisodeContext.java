package dev.rotor.episodes;

/**
 * Conditions at the start of an {@link Episode}, looked up in the caller's {@link ContextSeries}.
 * NaN means unavailable: the series was not supplied, has no observation on or before the date, or
 * its last such observation is more than {@link ContextSeries#MAX_STALENESS_DAYS} days old.
 *
 * @param twoYearYieldChange change of the 2-year yield over the 6 months before the start, in the
 *     units of the supplied series (percentage points for FRED {@code DGS2}): {@code y(start) -
 *     y(start - 6 months)}, both as-of lookups; NaN when unavailable
 * @param recession the recession flag in force at the start (1 = recession, 0 = not), an as-of
 *     lookup; NaN when unavailable
 */
public record EpisodeContext(double twoYearYieldChange, double recession) {

  private static final EpisodeContext UNAVAILABLE = new EpisodeContext(Double.NaN, Double.NaN);

  /** Validates that the yield change is finite or NaN and the flag is 0, 1 or NaN. */
  public EpisodeContext {
    if (Double.isInfinite(twoYearYieldChange)) {
      throw new IllegalArgumentException(
          "twoYearYieldChange: must be finite or NaN, was " + twoYearYieldChange);
    }
    if (!(Double.isNaN(recession) || recession == 0.0 || recession == 1.0)) {
      throw new IllegalArgumentException("recession: must be 0, 1 or NaN, was " + recession);
    }
  }

  /** The context with nothing available. */
  public static EpisodeContext unavailable() {
    return UNAVAILABLE;
  }
}
