package dev.rotor.synthetic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A planted leadership regime: from {@code start} (inclusive) until the start of the next regime in
 * {@link PlantedParameters#regimes()} (exclusive), or the end of the market for the last one.
 *
 * @param start first calendar day of the regime
 * @param leader which size segment leads
 */
public record LeadershipRegime(LocalDate start, Leadership leader) {

  /** Validates that nothing is null. */
  public LeadershipRegime {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(leader, "leader");
  }

  /** A regime starting on {@code start}. */
  public static LeadershipRegime of(LocalDate start, Leadership leader) {
    return new LeadershipRegime(start, leader);
  }
}
