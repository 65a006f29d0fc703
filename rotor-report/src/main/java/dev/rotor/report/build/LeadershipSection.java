package dev.rotor.report.build;

import dev.rotor.episodes.Episode;
import dev.rotor.episodes.EpisodeDirection;
import dev.rotor.leadership.Leadership;
import dev.rotor.leadership.LeadershipTable;
import dev.rotor.leadership.PairComparison;
import dev.rotor.leadership.StandardWindow;
import dev.rotor.leadership.Window;
import dev.rotor.leadership.WindowReturn;
import dev.rotor.leadership.WindowRow;
import dev.rotor.report.Headline;
import dev.rotor.report.LineChart;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.report.Source;
import dev.rotor.returns.PriceBasis;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The headline and the leadership section: who leads over which windows, by how much, since when
 * (the current episode) and how unusual that is.
 */
final class LeadershipSection {
  private LeadershipSection() {}

  /** The headline and its section. */
  record Result(Headline headline, Section section) {}

  /** Windows in the leadership table, in display order. */
  static final List<Window> WINDOWS =
      List.of(
          StandardWindow.ONE_MONTH,
          StandardWindow.THREE_MONTHS,
          StandardWindow.YTD,
          StandardWindow.SIX_MONTHS,
          StandardWindow.ONE_YEAR,
          StandardWindow.THREE_YEARS);

  /** Trading days the year-to-date window needs before it becomes the headline window. */
  static final int YTD_MIN_PERIODS = 20;

  static Result build(Context ctx) {
    Universe u = ctx.universe();
    LeadershipTable table = table(ctx);
    SectionWriter w = new SectionWriter("leadership", "Who leads");
    Window hw = headlineWindow(table);
    WindowRow.Available row = (WindowRow.Available) table.row(hw);
    SeriesId s = SeriesId.of(u.small());
    SeriesId l = SeriesId.of(u.large());
    PairComparison pc = row.pair(s, l);
    double rs = row.returnOf(s).total();
    double rl = row.returnOf(l).total();
    boolean smallLeads = pc.spread() >= 0;
    String leader = smallLeads ? u.smallName() : u.largeName();
    String laggard = smallLeads ? u.largeName() : u.smallName();
    LocalDate from = row.resolved().start();
    LocalDate to = row.resolved().end();
    List<Source> src = List.of(ctx.source(u.small(), from, to), ctx.source(u.large(), from, to));
    String headText =
        String.format(
            "Over %s (%s to %s), %s returned %s and %s %s: %s ahead by %s.",
            describe(hw),
            from,
            to,
            u.smallName(),
            Format.pct(rs),
            u.largeName(),
            Format.pct(rl),
            leader,
            Format.pp(pc.spread()));
    String headId = w.fact("spread", headText, src);
    Sentence headSentence = Sentence.fact("leadership.spread", headText, src);
    if (u.tech() != null) {
      SeriesId t = SeriesId.of(u.tech());
      double rt = row.returnOf(t).total();
      w.fact(
          "tech",
          String.format("%s returned %s over the same window.", u.techName(), Format.pct(rt)),
          ctx.source(u.tech(), from, to));
    }
    w.interpret(
        "size",
        String.format(
            "By the size rule this is a %s lead for %s.",
            ReportRule.spreadWord(pc.spread()), leader),
        ReportRule.SPREAD_SIZE,
        headId);
    double pctile = pc.history().percentile();
    if (!Double.isNaN(pctile)) {
      String histId =
          w.fact(
              "percentile",
              String.format(
                  "Among %,d windows of the same length ending %s to %s, the %s-minus-%s spread"
                      + " ranks at the %s percentile (mean %s, standard deviation %s).",
                  pc.history().windows(),
                  pc.history().firstEnd(),
                  pc.history().lastEnd(),
                  u.smallName(),
                  u.largeName(),
                  ordinal(pctile),
                  Format.pct(pc.history().mean()),
                  Format.pctAbs(pc.history().sd()).replace("%", " points")),
              ctx.source(u.small(), pc.history().firstEnd(), to),
              ctx.source(u.large(), pc.history().firstEnd(), to));
      w.interpret(
          "unusual",
          "By the percentile rule the spread is " + ReportRule.unusualWord(pctile) + ".",
          ReportRule.UNUSUAL,
          histId);
    }
    episode(ctx, w);
    windowTable(ctx, table, w);
    cumulativeChart(ctx, w);
    Headline h = new Headline(leader, laggard, hw.label(), pc.spread(), headSentence);
    return new Result(h, w.build());
  }

  /** The leadership table, shared with other sections. */
  static LeadershipTable table(Context ctx) {
    return ctx.memo(
        "leadership.table",
        () -> {
          Universe u = ctx.universe();
          Map<SeriesId, DateSeries> m = new LinkedHashMap<>();
          m.put(SeriesId.of(u.small()), ctx.values(u.small()));
          m.put(SeriesId.of(u.large()), ctx.values(u.large()));
          if (u.tech() != null) {
            m.put(SeriesId.of(u.tech()), ctx.values(u.tech()));
          }
          return Leadership.table(
              m,
              PriceBasis.PRICE,
              SeriesId.of(u.small()),
              SeriesId.of(u.large()),
              u.tech() == null ? Optional.empty() : Optional.of(SeriesId.of(u.tech())),
              ctx.asOf(),
              WINDOWS);
        });
  }

  /**
   * Year to date once it spans {@link #YTD_MIN_PERIODS} periods, else three months, else one month
   * (rule HEADLINE_WINDOW).
   *
   * @throws IllegalArgumentException when not even one month of data precedes the as-of date
   */
  static Window headlineWindow(LeadershipTable t) {
    WindowRow ytd = t.row(StandardWindow.YTD);
    if (ytd instanceof WindowRow.Available a && a.resolved().periods() >= YTD_MIN_PERIODS) {
      return StandardWindow.YTD;
    }
    for (Window w : List.of(StandardWindow.THREE_MONTHS, StandardWindow.ONE_MONTH)) {
      if (t.row(w) instanceof WindowRow.Available) {
        return w;
      }
    }
    throw new IllegalArgumentException(
        "not even one month of data before the as-of date " + t.asOfUsed());
  }

  /** The window in words ("the year to date"). */
  static String describe(Window w) {
    if (w == StandardWindow.YTD) {
      return "the year to date";
    }
    if (w == StandardWindow.THREE_MONTHS) {
      return "the last three months";
    }
    if (w == StandardWindow.ONE_MONTH) {
      return "the last month";
    }
    return "the " + w.label() + " window";
  }

  private static void episode(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    Optional<Episode> cur = EpisodeFacts.current(ctx);
    if (cur.isEmpty()) {
      return;
    }
    Episode e = cur.get();
    String who = e.direction() == EpisodeDirection.SMALL_LEADS ? u.smallName() : u.largeName();
    String epId =
        w.fact(
            "episode",
            String.format(
                "The current leadership episode, dated by turning points of the %s/%s relative"
                    + " line, began on %s with %s in the lead; it has lasted %d trading days and"
                    + " moved the relative line %s.",
                u.smallName(),
                u.largeName(),
                e.start(),
                who,
                e.periods(),
                Format.pct(e.relativeMove())),
            ctx.source(u.small(), e.start(), ctx.asOf()),
            ctx.source(u.large(), e.start(), ctx.asOf()));
    double median = EpisodeFacts.medianCompletedLength(ctx);
    if (Double.isFinite(median)) {
      String medId =
          w.fact(
              "median_length",
              String.format(
                  "Past completed episodes lasted a median of %.0f trading days.", median),
              ctx.source(u.small(), EpisodeFacts.line(ctx).firstDate(), ctx.asOf()));
      String age = ReportRule.episodeAgeWord(e.periods(), median);
      w.interpret(
          "episode_age",
          "By the age rule the current episode is " + age + ".",
          ReportRule.EPISODE_AGE,
          epId,
          medId);
    }
  }

  private static void windowTable(Context ctx, LeadershipTable t, SectionWriter w) {
    Universe u = ctx.universe();
    SeriesId s = SeriesId.of(u.small());
    SeriesId l = SeriesId.of(u.large());
    List<String> cols =
        new ArrayList<>(List.of("Window", "From", "To", u.smallName(), u.largeName()));
    if (u.tech() != null) {
      cols.add(u.techName());
    }
    cols.addAll(List.of("Small - large", "Percentile", "Leader"));
    List<List<String>> rows = new ArrayList<>();
    LocalDate first = null;
    for (WindowRow r : t.rows()) {
      if (!(r instanceof WindowRow.Available a)) {
        continue;
      }
      first = first == null || a.resolved().start().isBefore(first) ? a.resolved().start() : first;
      PairComparison pc = a.pair(s, l);
      List<String> row = new ArrayList<>();
      row.add(a.window().label() + (annualised(a.window()) ? " (ann.)" : ""));
      row.add(a.resolved().start().toString());
      row.add(a.resolved().end().toString());
      row.add(ret(a.returnOf(s), a.window()));
      row.add(ret(a.returnOf(l), a.window()));
      if (u.tech() != null) {
        row.add(ret(a.returnOf(SeriesId.of(u.tech())), a.window()));
      }
      row.add(Format.pct(pc.spread()));
      row.add(Double.isNaN(pc.history().percentile()) ? "n/a" : ordinal(pc.history().percentile()));
      row.add(pc.spread() >= 0 ? u.smallName() : u.largeName());
      rows.add(row);
    }
    List<Source> src = new ArrayList<>();
    src.add(ctx.source(u.small(), first, ctx.asOf()));
    src.add(ctx.source(u.large(), first, ctx.asOf()));
    if (u.tech() != null) {
      src.add(ctx.source(u.tech(), first, ctx.asOf()));
    }
    w.table(
        "windows",
        "Price returns by window (annualised for 3y); spread = small minus large, percentile"
            + " among past windows of the same length",
        cols,
        rows,
        src);
  }

  private static String ret(WindowReturn r, Window w) {
    return Format.pct(annualised(w) ? r.annualised() : r.total());
  }

  /** Growth of one over the last two years, weekly points, with the current episode shaded. */
  private static void cumulativeChart(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    LocalDate from = ctx.asOf().minusYears(2);
    List<LineChart.Line> lines = new ArrayList<>();
    List<Source> src = new ArrayList<>();
    for (String[] p :
        new String[][] {
          {u.small(), u.smallName()}, {u.large(), u.largeName()}, {u.tech(), u.techName()}
        }) {
      if (p[0] == null) {
        continue;
      }
      DateSeries v = ctx.values(p[0]).between(from, ctx.asOf());
      lines.add(Charts.growthOfOne(p[1], Charts.weekly(v)));
      src.add(ctx.source(p[0], v.firstDate(), v.lastDate()));
    }
    List<LineChart.Band> bands = EpisodeFacts.bands(ctx, from);
    w.chart(
        new LineChart(
            "cumulative",
            "Cumulative price return over the last two years",
            "Growth of 1 (log scale)",
            lines,
            bands,
            1.0,
            true),
        src);
  }

  private static boolean annualised(Window w) {
    return w == StandardWindow.THREE_YEARS || w == StandardWindow.FIVE_YEARS;
  }

  /** 0.973 -> "97th". */
  static String ordinal(double p) {
    long n = Math.max(1, Math.min(100, Math.round(100 * p)));
    long m100 = n % 100;
    String suf =
        m100 >= 11 && m100 <= 13
            ? "th"
            : switch ((int) (n % 10)) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suf;
  }

  static long days(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }
}
