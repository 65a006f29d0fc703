package dev.rotor.rotation;

import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.List;

/**
 * One asset on a relative rotation graph as of a date.
 *
 * @param id the asset
 * @param latest its last point on or before the as-of date; when the asset and the benchmark share
 *     no date up to then, a point dated on the as-of date with NaN coordinates
 * @param tail its last {@link RrgParameters#tailLength()} points (fewer when the history is
 *     shorter), oldest first, ending with {@code latest}; empty when there is no common date.
 *     Points inside the warm-up have NaN coordinates.
 */
public record RrgAsset(SeriesId id, RrgPoint latest, List<RrgPoint> tail) {

  /** Requires every component; copies the tail. */
  public RrgAsset {
    RelativeStrength.requireNonNull("id", id);
    RelativeStrength.requireNonNull("latest", latest);
    RelativeStrength.requireNonNull("tail", tail);
    tail = List.copyOf(tail);
    if (!tail.isEmpty() && !tail.get(tail.size() - 1).equals(latest)) {
      throw new IllegalArgumentException("tail: must end with latest " + latest);
    }
  }

  /** Date of the latest point. */
  public LocalDate date() {
    return latest.date();
  }

  /** Latest RS-Ratio (NaN when the history is too short). */
  public double ratio() {
    return latest.ratio();
  }

  /** Latest RS-Momentum (NaN when the history is too short). */
  public double momentum() {
    return latest.momentum();
  }

  /** Latest quadrant. */
  public Quadrant quadrant() {
    return latest.quadrant();
  }
}
