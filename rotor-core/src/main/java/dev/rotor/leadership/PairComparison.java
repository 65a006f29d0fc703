package dev.rotor.leadership;

import dev.rotor.series.SeriesId;
import java.util.Objects;
import java.util.Optional;

/**
 * Two series compared over one resolved window.
 *
 * @param pair the series compared, {@code a} then {@code b}
 * @param spread {@code ra - rb}, the difference of the total simple returns
 * @param relative {@code (1 + ra) / (1 + rb) - 1}, the return of {@code a} measured in units of
 *     {@code b}; it has the sign of {@code spread}
 * @param leader the series with the higher total return; empty on an exact tie ({@code ra == rb}),
 *     where neither leads
 * @param history how unusual {@code spread} is among historical windows of the same length
 */
public record PairComparison(
    SeriesPair pair,
    double spread,
    double relative,
    Optional<SeriesId> leader,
    SpreadHistory history) {

  /** Validates that the values are present and the leader belongs to the pair. */
  public PairComparison {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(leader, "leader");
    Objects.requireNonNull(history, "history");
    if (!Double.isFinite(spread) || !Double.isFinite(relative)) {
      throw new IllegalArgumentException(
          "spread/relative: must be finite, were " + spread + ", " + relative);
    }
    if (leader.isPresent() && !leader.get().equals(pair.a()) && !leader.get().equals(pair.b())) {
      throw new IllegalArgumentException("leader: " + leader.get() + " is not in " + pair);
    }
  }
}
