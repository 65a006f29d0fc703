package dev.rotor.sectors;

import java.util.Objects;

/**
 * One sector's Brinson-Fachler effects.
 *
 * @param sector the sector
 * @param portfolioWeight {@code w_P,s}
 * @param benchmarkWeight {@code w_B,s}
 * @param portfolioReturn {@code r_P,s} (after the missing-return rule of {@link BrinsonFachler})
 * @param benchmarkReturn {@code r_B,s} (after the missing-return rule)
 * @param allocation {@code (w_P,s − w_B,s)(r_B,s − r_B)}
 * @param selection {@code w_B,s (r_P,s − r_B,s)}
 * @param interaction {@code (w_P,s − w_B,s)(r_P,s − r_B,s)}
 */
public record AttributionRow(
    String sector,
    double portfolioWeight,
    double benchmarkWeight,
    double portfolioReturn,
    double benchmarkReturn,
    double allocation,
    double selection,
    double interaction) {

  /** Validates the sector. */
  public AttributionRow {
    Objects.requireNonNull(sector, "sector");
  }

  /** {@code allocation + selection + interaction}. */
  public double total() {
    return allocation + selection + interaction;
  }
}
