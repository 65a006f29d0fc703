package dev.rotor.report.build;

import dev.rotor.analogs.Analog;
import dev.rotor.analogs.AnalogResult;
import dev.rotor.analogs.AnalogSpec;
import dev.rotor.analogs.Analogs;
import dev.rotor.analogs.ForwardSummary;
import dev.rotor.analogs.NeighbourRule;
import dev.rotor.analogs.RelativeSeries;
import dev.rotor.analogs.Sampling;
import dev.rotor.episodes.Episode;
import dev.rotor.episodes.EpisodeDirection;
import dev.rotor.episodes.EpisodeTable;
import dev.rotor.regime.MarkovSwitching;
import dev.rotor.regime.RegimeEstimate;
import dev.rotor.report.HistogramChart;
import dev.rotor.report.LineChart;
import dev.rotor.report.Section;
import dev.rotor.report.Source;
import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Historical context: the episode table, the relative line with episodes shaded, the current regime
 * probability, and analogs with their forward relative returns.
 */
final class HistorySection {
  private HistorySection() {}

  /** Episodes listed in the table (the most recent). */
  static final int EPISODE_ROWS = 12;

  /** Analogs taken by the nearest-neighbour rule. */
  static final int ANALOGS = 20;

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("history", "Historical context");
    ctx.timed("  history/episodes", () -> episodes(ctx, w));
    try {
      ctx.timed("  history/regime", () -> regime(ctx, w));
    } catch (RuntimeException e) {
      w.fact(
          "regime_unavailable",
          "The regime model could not be fitted: " + e.getMessage() + ".",
          ctx.source(ctx.universe().small(), null, ctx.asOf()));
    }
    w.paragraph();
    try {
      ctx.timed("  history/analogs", () -> analogs(ctx, w));
    } catch (RuntimeException e) {
      w.fact(
          "analogs_unavailable",
          "Analogs could not be computed: " + e.getMessage() + ".",
          ctx.source(ctx.universe().small(), null, ctx.asOf()));
    }
    return w.build();
  }

  private static void episodes(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    EpisodeTable t = EpisodeFacts.table(ctx);
    DateSeries line = EpisodeFacts.line(ctx);
    List<Source> src =
        List.of(
            ctx.source(u.small(), line.firstDate(), ctx.asOf()),
            ctx.source(u.large(), line.firstDate(), ctx.asOf()));
    int small = 0;
    int large = 0;
    for (Episode e : t.episodes()) {
      if (e.direction() == EpisodeDirection.SMALL_LEADS) {
        small++;
      } else {
        large++;
      }
    }
    w.fact(
        "episode_count",
        String.format(
            "From %s to %s the %s/%s relative line went through %d leadership episodes: %d with"
                + " %s in the lead and %d with %s in the lead.",
            line.firstDate(),
            ctx.asOf(),
            u.smallName(),
            u.largeName(),
            t.episodes().size(),
            small,
            u.smallName(),
            large,
            u.largeName()),
        src);
    List<List<String>> rows = new ArrayList<>();
    List<Episode> es = t.episodes();
    for (int i = Math.max(0, es.size() - EPISODE_ROWS); i < es.size(); i++) {
      Episode e = es.get(i);
      rows.add(
          List.of(
              e.start() + (e.startCensored() ? " *" : ""),
              e.ongoing() ? "ongoing" : e.end().toString(),
              e.direction() == EpisodeDirection.SMALL_LEADS ? u.smallName() : u.largeName(),
              String.valueOf(e.periods()),
              Format.pct(e.relativeMove()),
              Double.isNaN(e.context().twoYearYieldChange())
                  ? "n/a"
                  : Format.num(e.context().twoYearYieldChange(), 2),
              Double.isNaN(e.context().recession())
                  ? "n/a"
                  : e.context().recession() > 0.5 ? "yes" : "no"));
    }
    w.table(
        "episodes",
        "Leadership episodes (most recent "
            + EPISODE_ROWS
            + "): relative-line move in %, 2-year yield change in the 6 months before the start"
            + " in points, recession at the start; * = starts with the data",
        List.of(
            "Start", "End", "Leader", "Trading days", "Relative move", "2y change", "Recession"),
        rows,
        src);
    DateSeries weekly = Charts.weekly(line);
    w.chart(
        new LineChart(
            "relative_strength",
            "Relative strength " + u.smallName() + " / " + u.largeName() + " with episodes",
            "Ratio, rebased to 1 at the start (log scale)",
            List.of(Charts.growthOfOne(u.smallName() + " / " + u.largeName(), weekly)),
            EpisodeFacts.bands(ctx, line.firstDate()),
            1.0,
            true),
        src);
  }

  private static void regime(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    DateSeries weekly = Resample.lastPerPeriod(EpisodeFacts.line(ctx), Frequency.WEEKLY);
    DateSeries r = Returns.fromPrices(weekly, ReturnKind.LOG);
    RegimeEstimate est = MarkovSwitching.fit(r);
    int n = est.dates().size();
    double p = est.fit().filtered().get(n - 1, 1);
    double mu0 = est.fit().parameters().get(dev.rotor.regime.RegimeParameter.MEAN0);
    double mu1 = est.fit().parameters().get(dev.rotor.regime.RegimeParameter.MEAN1);
    LocalDate last = est.dates().get(n - 1);
    String id =
        w.fact(
            "regime",
            String.format(
                "A two-state Markov-switching model of weekly log changes in the relative line"
                    + " (%d weeks to %s) has a higher-mean state averaging %s a week and a"
                    + " lower-mean state averaging %s; the filtered probability that the latest"
                    + " week belongs to the higher-mean state (the better one for small caps) is"
                    + " %s.",
                n, last, Format.pct2(mu1), Format.pct2(mu0), Format.prob(p)),
            ctx.source(u.small(), est.dates().get(0), last),
            ctx.source(u.large(), est.dates().get(0), last));
    String words = ReportRule.regimeWord(p);
    w.interpret(
        "regime_rule", "By the regime rule the model " + words + ".", ReportRule.REGIME, id);
  }

  private static void analogs(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    DateSeries line = EpisodeFacts.line(ctx);
    RelativeSeries rs = RelativeSeries.ofLevel(line, Sampling.of(Frequency.DAILY));
    AnalogSpec spec = AnalogSpec.defaults();
    AnalogResult r = Analogs.nearest(rs, ctx.asOf(), NeighbourRule.defaults().withK(ANALOGS), spec);
    List<Source> src =
        List.of(
            ctx.source(u.small(), line.firstDate(), ctx.asOf()),
            ctx.source(u.large(), line.firstDate(), ctx.asOf()));
    List<List<String>> rows = new ArrayList<>();
    String lastFact = null;
    for (ForwardSummary s : r.summaries()) {
      rows.add(
          List.of(
              s.horizonMonths() + " months",
              String.valueOf(s.count()),
              Format.pct(s.mean()),
              Format.pct(s.median()),
              Format.prob(s.hitRate()),
              Format.interval(s.lower(), s.upper())));
    }
    ForwardSummary y = r.summary(spec.horizonMonths().get(spec.horizonMonths().size() - 1));
    lastFact =
        w.fact(
            "analogs",
            String.format(
                "The %d past dates whose relative-line state (recent and prior moves) was nearest"
                    + " to %s's were followed, over %d months, by a median relative return of %s"
                    + " for %s against %s; in %s of the %d with a complete %d-month outcome small"
                    + " caps gained on large caps (95%% interval of the mean %s).",
                r.analogs().size(),
                ctx.asOf(),
                y.horizonMonths(),
                Format.pct(y.median()),
                u.smallName(),
                u.largeName(),
                Format.prob(y.hitRate()),
                y.count(),
                y.horizonMonths(),
                Format.interval(y.lower(), y.upper())),
            src);
    String odds =
        y.thin()
            ? "the evidence is too thin to say"
            : "small caps " + ReportRule.oddsWord(y.hitRate()) + " kept leading";
    w.interpret(
        "analogs_rule",
        "By the analog rule, after similar states " + odds + ".",
        ReportRule.ANALOG_ODDS,
        lastFact);
    w.table(
        "analog_summary",
        "Forward relative return (" + u.smallName() + " vs " + u.largeName() + ") after analogs",
        List.of("Horizon", "Analogs", "Mean", "Median", "Share positive", "95% interval of mean"),
        rows,
        src);
    histogram(r, spec, src, w);
  }

  private static void histogram(
      AnalogResult r, AnalogSpec spec, List<Source> src, SectionWriter w) {
    List<Integer> hs = spec.horizonMonths();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Analog a : r.analogs()) {
      for (int i = 0; i < hs.size(); i++) {
        double f = a.forward(i);
        if (Double.isFinite(f)) {
          lo = Math.min(lo, f);
          hi = Math.max(hi, f);
        }
      }
    }
    if (!(hi > lo)) {
      return;
    }
    double step = 0.02;
    double start = Math.floor(lo / step) * step;
    int bins = Math.max(1, (int) Math.ceil((hi - start) / step + 1e-9));
    double[] edges = new double[bins + 1];
    for (int b = 0; b <= bins; b++) {
      edges[b] = 100 * (start + b * step);
    }
    List<HistogramChart.Counts> series = new ArrayList<>();
    for (int i = 0; i < hs.size(); i++) {
      int[] counts = new int[bins];
      for (Analog a : r.analogs()) {
        double f = a.forward(i);
        if (Double.isFinite(f)) {
          int b = Math.min(bins - 1, (int) Math.floor((f - start) / step));
          counts[b]++;
        }
      }
      series.add(new HistogramChart.Counts(hs.get(i) + " months", counts));
    }
    w.chart(
        new HistogramChart(
            "analog_forward",
            "Forward relative returns after the " + r.analogs().size() + " analogs",
            "Relative return, % (2-point bins)",
            edges,
            series),
        src);
  }
}
