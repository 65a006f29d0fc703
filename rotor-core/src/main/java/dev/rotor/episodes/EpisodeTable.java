package dev.rotor.episodes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated turning points of a relative-strength line and the episodes between them, in date
 * order. The episodes tile the sample from its first to its last date: the first is start-censored,
 * the last is ongoing. When the rules date no turning point both lists are empty: no direction can
 * be dated.
 *
 * @param rules the rules used
 * @param turningPoints the turning points, alternating peak and trough
 * @param episodes the episodes; one more than the turning points, or none
 */
public record EpisodeTable(
    TurningPointRules rules, List<TurningPoint> turningPoints, List<Episode> episodes) {

  /** Validates and copies the lists. */
  public EpisodeTable {
    Objects.requireNonNull(rules, "rules");
    turningPoints = List.copyOf(turningPoints);
    episodes = List.copyOf(episodes);
    if (!(episodes.isEmpty() && turningPoints.isEmpty())
        && episodes.size() != turningPoints.size() + 1) {
      throw new IllegalArgumentException(
          "episodes: "
              + episodes.size()
              + " episodes for "
              + turningPoints.size()
              + " turning points (expected one more, or none)");
    }
  }

  /** The ongoing (last) episode, empty when nothing was dated. */
  public Optional<Episode> ongoing() {
    return episodes.isEmpty() ? Optional.empty() : Optional.of(episodes.get(episodes.size() - 1));
  }

  /** The episode covering {@code date} (see {@link Episode#covers}), empty outside the sample. */
  public Optional<Episode> episodeOn(LocalDate date) {
    for (Episode e : episodes) {
      if (e.covers(date)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The direction on {@code date}, empty outside the sample or when nothing was dated. */
  public Optional<EpisodeDirection> directionOn(LocalDate date) {
    return episodeOn(date).map(Episode::direction);
  }
}
