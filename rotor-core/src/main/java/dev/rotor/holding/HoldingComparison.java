package dev.rotor.holding;

import java.util.Objects;

/**
 * Rolling holding-period returns of a small and a large series over the same windows, for one
 * horizon. Every probability is NaN when there is no window.
 *
 * @param span the windows (common dates of both series)
 * @param small distribution of the small series' annualised window returns
 * @param large distribution of the large series' annualised window returns
 * @param relative distribution of the annualised relative return {@code ((1 + Rs) / (1 + Rl))^(1 /
 *     N) - 1}; its loss probability equals {@code largeBeatsSmall}
 * @param smallBeatsLarge fraction of windows in which small's return is strictly higher
 * @param largeBeatsSmall fraction of windows in which large's return is strictly higher
 * @param ties fraction of windows with exactly equal returns; the three fractions sum to 1
 */
public record HoldingComparison(
    WindowSpan span,
    AnnualisedDistribution small,
    AnnualisedDistribution large,
    AnnualisedDistribution relative,
    double smallBeatsLarge,
    double largeBeatsSmall,
    double ties) {

  /** Validates that no field is null and the probabilities lie in {@code [0, 1]} or are NaN. */
  public HoldingComparison {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    Objects.requireNonNull(relative, "relative");
    probability(smallBeatsLarge, "smallBeatsLarge");
    probability(largeBeatsSmall, "largeBeatsSmall");
    probability(ties, "ties");
  }

  private static void probability(double p, String name) {
    if (!Double.isNaN(p) && !(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + ": must be in [0, 1] or NaN, was " + p);
    }
  }
}
