package dev.rotor.episodes;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the {@link EpisodeTable} of a relative-strength line {@code small / large}: turning points
 * from {@link TurningPoints}, then one {@link Episode} per phase between them, plus the
 * start-censored phase before the first turning point and the ongoing phase after the last. Episode
 * directions: rising into a peak is {@link EpisodeDirection#SMALL_LEADS}, falling into a trough
 * {@link EpisodeDirection#LARGE_LEADS}.
 */
public final class Episodes {

  private Episodes() {}

  /** The episode table of {@code line} with no context (every context field NaN). */
  public static EpisodeTable table(DateSeries line, TurningPointRules rules) {
    return table(line, rules, ContextSeries.none());
  }

  /**
   * The episode table of {@code line} under {@code rules}, with the conditions at each episode's
   * start looked up in {@code context}.
   *
   * @throws IllegalArgumentException when a value of the line is not greater than 0
   */
  public static EpisodeTable table(
      DateSeries line, TurningPointRules rules, ContextSeries context) {
    Objects.requireNonNull(context, "context");
    List<TurningPoint> turns = TurningPoints.date(line, rules);
    if (turns.isEmpty()) {
      return new EpisodeTable(rules, turns, List.of());
    }
    int m = turns.size();
    int[] bounds = new int[m + 2];
    bounds[0] = 0;
    for (int k = 0; k < m; k++) {
      bounds[k + 1] = turns.get(k).index();
    }
    bounds[m + 1] = line.size() - 1;
    List<Episode> episodes = new ArrayList<>(m + 1);
    double previous = Double.NaN;
    for (int k = 0; k <= m; k++) {
      int a = bounds[k];
      int b = bounds[k + 1];
      EpisodeDirection direction =
          k < m
              ? EpisodeDirection.endingAt(turns.get(k).kind())
              : EpisodeDirection.startingAt(turns.get(m - 1).kind());
      double move = line.valueAt(b) / line.valueAt(a) - 1;
      LocalDate start = line.dateAt(a);
      episodes.add(
          new Episode(
              start,
              line.dateAt(b),
              direction,
              b - a,
              move,
              previous,
              k == 0,
              k == m,
              context.at(start)));
      previous = move;
    }
    return new EpisodeTable(rules, turns, episodes);
  }
}
