package dev.rotor.sectors;

import java.util.Objects;

/**
 * One sector's contribution to an index return.
 *
 * @param sector the sector
 * @param weight the sector's weight in the index (decimal fraction)
 * @param sectorReturn the sector's return over the window
 * @param contribution {@code weight × sectorReturn}
 */
public record SectorContribution(
    String sector, double weight, double sectorReturn, double contribution) {

  /** Validates the fields. */
  public SectorContribution {
    Objects.requireNonNull(sector, "sector");
  }
}
