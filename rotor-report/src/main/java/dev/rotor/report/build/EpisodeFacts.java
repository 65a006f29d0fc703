package dev.rotor.report.build;

import dev.rotor.episodes.ContextSeries;
import dev.rotor.episodes.Episode;
import dev.rotor.episodes.EpisodeDirection;
import dev.rotor.episodes.EpisodeTable;
import dev.rotor.episodes.Episodes;
import dev.rotor.episodes.TurningPointRules;
import dev.rotor.report.LineChart;
import dev.rotor.returns.RelativeLines;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The small/large relative line and its leadership episodes, computed once per report. */
final class EpisodeFacts {
  private EpisodeFacts() {}

  /** The daily relative line small / large up to the as-of date. */
  static DateSeries line(Context ctx) {
    return ctx.memo(
        "episodes.line",
        () ->
            RelativeLines.ratio(
                ctx.values(ctx.universe().small()), ctx.values(ctx.universe().large())));
  }

  /** The episode table of the daily relative line, with 2-year yield and recession context. */
  static EpisodeTable table(Context ctx) {
    return ctx.memo(
        "episodes.table",
        () -> {
          DateSeries y2 =
              ctx.series(ctx.role(Universe.Role.YIELD_2Y))
                  .map(ReportData.Loaded::values)
                  .orElse(DateSeries.empty());
          DateSeries rec =
              ctx.series(ctx.role(Universe.Role.RECESSION))
                  .map(ReportData.Loaded::values)
                  .orElse(DateSeries.empty());
          return Episodes.table(
              line(ctx),
              TurningPointRules.forFrequency(Frequency.DAILY),
              ContextSeries.of(y2, rec));
        });
  }

  /** The ongoing episode, if the line has any. */
  static Optional<Episode> current(Context ctx) {
    return table(ctx).ongoing();
  }

  /** The episode before the current one, if any. */
  static Optional<Episode> previous(Context ctx) {
    List<Episode> es = table(ctx).episodes();
    return es.size() < 2 ? Optional.empty() : Optional.of(es.get(es.size() - 2));
  }

  /** Median length in periods of completed, uncensored episodes; NaN when there are none. */
  static double medianCompletedLength(Context ctx) {
    double[] lengths =
        table(ctx).episodes().stream()
            .filter(e -> !e.ongoing() && !e.startCensored())
            .mapToDouble(Episode::periods)
            .sorted()
            .toArray();
    if (lengths.length == 0) {
      return Double.NaN;
    }
    int n = lengths.length;
    return n % 2 == 1 ? lengths[n / 2] : (lengths[n / 2 - 1] + lengths[n / 2]) / 2;
  }

  /** Shaded bands for the small-leads episodes overlapping {@code from}..as-of. */
  static List<LineChart.Band> bands(Context ctx, LocalDate from) {
    List<LineChart.Band> out = new ArrayList<>();
    for (Episode e : table(ctx).episodes()) {
      if (e.direction() != EpisodeDirection.SMALL_LEADS || e.end().isBefore(from)) {
        continue;
      }
      LocalDate a = e.start().isBefore(from) ? from : e.start();
      out.add(new LineChart.Band(a, e.end(), "small caps lead (episode)"));
    }
    return out;
  }

  static double[] copy(double[] x) {
    return Arrays.copyOf(x, x.length);
  }
}
