package dev.rotor.sectors;

import dev.rotor.leadership.ResolvedWindow;
import java.util.Objects;

/**
 * One sector's return over a window.
 *
 * @param sector the sector key given by the caller (a GICS name or a ticker)
 * @param window the resolved window on this sector's dates
 * @param simpleReturn {@code P_end / P_base − 1}
 * @param zScore window log return over its standard error ({@link SignificanceRule}); NaN when the
 *     history is too short
 * @param significant {@code |zScore| > threshold}
 * @param rank 1 for the best return, ascending
 */
public record SectorReturn(
    String sector,
    ResolvedWindow window,
    double simpleReturn,
    double zScore,
    boolean significant,
    int rank) {

  /** Validates the fields. */
  public SectorReturn {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(window, "window");
    if (!Double.isFinite(simpleReturn)) {
      throw new IllegalArgumentException("simpleReturn: must be finite, was " + simpleReturn);
    }
    if (rank < 1) {
      throw new IllegalArgumentException("rank: must be at least 1, was " + rank);
    }
  }

  /** A significant move upwards. */
  public boolean significantGain() {
    return significant && zScore > 0;
  }

  /** A significant move downwards. */
  public boolean significantLoss() {
    return significant && zScore < 0;
  }
}
