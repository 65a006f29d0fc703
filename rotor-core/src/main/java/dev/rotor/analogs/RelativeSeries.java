package dev.rotor.analogs;

import dev.rotor.returns.RelativeLines;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The relative level of a small-cap leg against a large-cap leg: a positive series whose ratio
 * between two dates is the relative growth over that span. With {@code S} and {@code B} the small
 * and large price levels, the level is {@code S / B}, so {@code level(t) / level(s) = (1 + r_small)
 * / (1 + r_large)} over {@code (s, t]}.
 *
 * <p>Build it from two levels ({@link #ofPair}), two return series ({@link #ofReturns}), one
 * long-short spread return such as French SMB ({@link #ofSpreadReturns}) or a ready level ({@link
 * #ofLevel}). Scaling either input level by a positive constant changes the level by a constant
 * factor and leaves every relative return, and so every analog, unchanged.
 *
 * @param level the relative level, every value finite and positive
 * @param sampling how months map to observations of {@code level}
 */
public record RelativeSeries(DateSeries level, Sampling sampling) {

  /** Validates that the level is positive. */
  public RelativeSeries {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(sampling, "sampling");
    for (int i = 0; i < level.size(); i++) {
      if (!(level.valueAt(i) > 0)) {
        throw new IllegalArgumentException(
            "level: " + level.valueAt(i) + " on " + level.dateAt(i) + " is not positive");
      }
    }
  }

  /** A ready relative level (for example a ratio computed elsewhere). */
  public static RelativeSeries ofLevel(DateSeries level, Sampling sampling) {
    return new RelativeSeries(level, sampling);
  }

  /**
   * The ratio {@code small / large} of two price levels on their common dates ({@link
   * Alignment#INTERSECT}: dates missing from either leg are dropped, nothing is filled).
   *
   * @throws IllegalArgumentException when a level on a common date is not positive
   */
  public static RelativeSeries ofPair(DateSeries small, DateSeries large, Sampling sampling) {
    return new RelativeSeries(RelativeLines.ratio(small, large), sampling);
  }

  /**
   * The relative level from two series of one-period simple returns (for example French size
   * deciles {@code Lo 10} and {@code Hi 10}), on their common dates: each leg is compounded from
   * one, {@code prod(1 + r)}, and the level is their ratio. The first common date holds the growth
   * over its own period, since the base before it has no date.
   *
   * @throws IllegalArgumentException when a return is {@code <= -1}
   */
  public static RelativeSeries ofReturns(
      DateSeries smallReturns, DateSeries largeReturns, Sampling sampling) {
    return new RelativeSeries(RelativeLines.fromReturns(smallReturns, largeReturns), sampling);
  }

  /**
   * The relative level from a long-short spread return (French SMB: small minus big, as a decimal),
   * compounded from one: {@code level(t) = prod(1 + spread)}. A relative return is then the
   * compounded spread, which approximates, but is not identical to, {@code (1 + r_small) / (1 +
   * r_large) - 1}. The first date holds the growth over its own period.
   *
   * @throws IllegalArgumentException when a spread is {@code <= -1}
   */
  public static RelativeSeries ofSpreadReturns(DateSeries spread, Sampling sampling) {
    return new RelativeSeries(RelativeLines.growthOfOne(spread, "spread"), sampling);
  }

  private static void requirePositive(String arg, double v, LocalDate d) {
    if (!(v > 0)) {
      throw new IllegalArgumentException(arg + ": " + v + " on " + d + " is not a positive level");
    }
  }
}
