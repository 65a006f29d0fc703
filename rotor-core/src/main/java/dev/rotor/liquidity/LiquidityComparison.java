package dev.rotor.liquidity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Small versus large side by side: one {@link ComparisonRow} per {@link LiquidityMeasure}, in enum
 * order, with the ratio small / large (a ratio above 1 for {@link LiquidityMeasure#AMIHUD} means
 * the smaller side is less liquid; for {@link LiquidityMeasure#ADV_DOLLARS}, more liquid).
 *
 * @param small the smaller side's name (a ticker, or a size bucket's label)
 * @param large the larger side's name
 * @param rows one row per measure
 */
public record LiquidityComparison(String small, String large, List<ComparisonRow> rows) {

  /** Validates and copies the rows. */
  public LiquidityComparison {
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    rows = List.copyOf(rows);
  }

  /**
   * The two profiles side by side.
   *
   * @throws IllegalArgumentException when the profiles were measured with different specs
   */
  public static LiquidityComparison of(LiquidityProfile small, LiquidityProfile large) {
    if (!small.spec().equals(large.spec())) {
      throw new IllegalArgumentException(
          "large: measured with " + large.spec() + ", small with " + small.spec());
    }
    return of(small.name(), small.measures(), large.name(), large.measures());
  }

  static LiquidityComparison of(
      String small,
      Map<LiquidityMeasure, Measurement> smallMeasures,
      String large,
      Map<LiquidityMeasure, Measurement> largeMeasures) {
    List<ComparisonRow> rows = new ArrayList<>();
    for (LiquidityMeasure m : LiquidityMeasure.values()) {
      rows.add(ComparisonRow.of(m, smallMeasures.get(m), largeMeasures.get(m)));
    }
    return new LiquidityComparison(small, large, rows);
  }

  /** The row of {@code measure}. */
  public ComparisonRow row(LiquidityMeasure measure) {
    for (ComparisonRow r : rows) {
      if (r.measure() == measure) {
        return r;
      }
    }
    throw new IllegalArgumentException("measure: " + measure + " has no row");
  }
}
