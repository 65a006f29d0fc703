package dev.rotor.episodes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One leadership episode: a phase of the relative-strength line between two turning points, or
 * between a turning point and an end of the sample.
 *
 * @param start date of the turning point that opens the episode, or the first date of the sample
 *     when {@code startCensored}
 * @param end date of the turning point that closes it, or the last date of the sample when {@code
 *     ongoing}
 * @param direction {@link EpisodeDirection#SMALL_LEADS} when the line rises into a peak, {@link
 *     EpisodeDirection#LARGE_LEADS} when it falls into a trough
 * @param periods observations from start to end (the index difference), at least 1
 * @param relativeMove {@code line(end) / line(start) - 1}, greater than -1
 * @param previousMove the {@code relativeMove} of the episode before, NaN for the first
 * @param startCensored true when the episode starts at the first observation rather than at a dated
 *     turning point (its true start is before the sample)
 * @param ongoing true when the episode ends at the last observation rather than at a dated turning
 *     point (it has not ended yet)
 * @param context conditions at {@code start}
 */
public record Episode(
    LocalDate start,
    LocalDate end,
    EpisodeDirection direction,
    int periods,
    double relativeMove,
    double previousMove,
    boolean startCensored,
    boolean ongoing,
    EpisodeContext context) {

  /** Validates the fields. */
  public Episode {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(context, "context");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end: " + end + " is not after start " + start);
    }
    if (periods < 1) {
      throw new IllegalArgumentException("periods: must be >= 1, was " + periods);
    }
    if (!(relativeMove > -1) || Double.isInfinite(relativeMove)) {
      throw new IllegalArgumentException(
          "relativeMove: must be finite and > -1, was " + relativeMove);
    }
    if (!(Double.isNaN(previousMove) || (previousMove > -1 && Double.isFinite(previousMove)))) {
      throw new IllegalArgumentException(
          "previousMove: must be NaN or finite and > -1, was " + previousMove);
    }
  }

  /** Calendar days from start to end. */
  public long calendarDays() {
    return ChronoUnit.DAYS.between(start, end);
  }

  /**
   * True when {@code date} falls in this episode: from {@code start} inclusive to {@code end}
   * exclusive, or inclusive for an ongoing episode (a turning-point date belongs to the episode it
   * opens).
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && (date.isBefore(end) || (ongoing && date.equals(end)));
  }
}
