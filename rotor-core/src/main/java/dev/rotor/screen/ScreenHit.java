package dev.rotor.screen;

import dev.rotor.crosssection.Constituent;
import java.util.Objects;

/**
 * One selected row.
 *
 * @param rank 1-based position in the result (after ranking, or in source order without one)
 * @param row the row
 * @param value the row's rank field, NaN when the row does not report it or there is no ranking
 */
public record ScreenHit(int rank, Constituent row, double value) {

  /** Validates the arguments. */
  public ScreenHit {
    if (rank < 1) {
      throw new IllegalArgumentException("rank: must be at least 1, got " + rank);
    }
    Objects.requireNonNull(row, "row");
  }
}
