package dev.rotor.valuation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Two universes' aggregate valuations side by side (typically small vs large). Both snapshot dates
 * are carried and {@code sameDate} says whether they agree, so no output can silently compare
 * snapshots of different dates.
 *
 * @param small the first universe (small caps)
 * @param large the second universe (large caps)
 * @param sameDate whether both as-of dates are known and equal
 * @param earningsYieldGap {@code small.earningsYield - large.earningsYield} (positive = small
 *     cheaper)
 * @param relativePe {@code small.pe / large.pe}; NaN when either P/E is NaN
 */
public record UniverseComparison(
    AggregateValuation small,
    AggregateValuation large,
    boolean sameDate,
    double earningsYieldGap,
    double relativePe) {

  /** Validates that {@code sameDate} matches the two as-of dates. */
  public UniverseComparison {
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    boolean same = small.asOf() != null && small.asOf().equals(large.asOf());
    if (sameDate != same) {
      throw new IllegalArgumentException("sameDate: does not match the as-of dates");
    }
  }

  /** As-of date of the small universe's snapshot (null if unstated). */
  public LocalDate smallAsOf() {
    return small.asOf();
  }

  /** As-of date of the large universe's snapshot (null if unstated). */
  public LocalDate largeAsOf() {
    return large.asOf();
  }
}
