package dev.rotor.report.build;

import dev.rotor.report.LineChart;
import dev.rotor.report.Section;
import dev.rotor.report.Source;
import dev.rotor.risk.DrawdownEpisode;
import dev.rotor.risk.Drawdowns;
import dev.rotor.risk.RiskFree;
import dev.rotor.risk.RiskReport;
import dev.rotor.risk.RiskStatistics;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "Risks" section: volatility, drawdowns and daily tail losses of small, large (and tech) over
 * the last five years and the last year (with a drawdown chart), the rate and recession scenarios
 * ({@link ScenarioFacts}), and the Amihud liquidity of the small- and large-cap ETFs. Every
 * sub-part is guarded: one that cannot be computed becomes a FACT saying so.
 */
final class RiskSection {
  private RiskSection() {}

  /** Years of daily history behind the main risk figures and the drawdown chart. */
  static final int LONG_YEARS = 5;

  /** Risk figures of one series over one window. */
  record Stat(String id, String name, DateSeries levels, RiskStatistics st) {}

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("risks", "Risks");
    guard(ctx, w, "volatility", "Volatility and drawdowns", () -> volatility(ctx, w));
    guard(ctx, w, "rates", "The rate scenario", () -> ScenarioFacts.rates(ctx, w));
    guard(ctx, w, "recession", "The recession scenario", () -> ScenarioFacts.recession(ctx, w));
    guard(ctx, w, "liquidity", "Liquidity", () -> LiquidityFacts.liquidity(ctx, w));
    return w.build();
  }

  /** Runs one sub-part; an unexpected failure becomes a FACT naming what failed and why. */
  static void guard(Context ctx, SectionWriter w, String key, String what, Runnable part) {
    try {
      part.run();
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      w.fact(
          key + "_unavailable",
          what + " could not be computed: " + why + ".",
          new Source(ctx.universe().small(), "", null, ctx.asOf()));
      w.paragraph();
    }
  }

  /** Risk figures of {@code id} over {@code from}..as-of, with beta to large unless it is large. */
  static Stat stat(Context ctx, String id, String name, LocalDate from) {
    DateSeries v = ctx.values(id).between(from, ctx.asOf());
    Optional<DateSeries> bench =
        id.equals(ctx.universe().large())
            ? Optional.empty()
            : Optional.of(ctx.values(ctx.universe().large()).between(from, ctx.asOf()));
    RiskStatistics st =
        RiskReport.computeFromLevels(
            v, Frequency.infer(v.dates()), bench, RiskFree.zero(), Optional.empty());
    return new Stat(id, name, v, st);
  }

  private static List<Stat> stats(Context ctx, LocalDate from) {
    Universe u = ctx.universe();
    List<Stat> out = new ArrayList<>();
    out.add(stat(ctx, u.small(), u.smallName(), from));
    out.add(stat(ctx, u.large(), u.largeName(), from));
    if (u.tech() != null) {
      out.add(stat(ctx, u.tech(), u.techName(), from));
    }
    return out;
  }

  private static Source src(Context ctx, Stat s) {
    return ctx.source(s.id(), s.levels().firstDate(), s.levels().lastDate());
  }

  private static void volatility(Context ctx, SectionWriter w) {
    List<Stat> five = stats(ctx, ctx.asOf().minusYears(LONG_YEARS));
    List<Stat> one = stats(ctx, ctx.asOf().minusYears(1));
    Stat s = five.get(0);
    Stat l = five.get(1);
    List<Source> sl = List.of(src(ctx, s), src(ctx, l));
    double vs = s.st().volatility().closeToClose();
    double vl = l.st().volatility().closeToClose();
    StringBuilder t =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Over %s from %s to %s, the %s had an annualised volatility of %s of"
                    + " daily price returns, against %s for the %s",
                window(ctx, LONG_YEARS, s.levels().firstDate()),
                s.levels().firstDate(),
                s.levels().lastDate(),
                s.name(),
                Format.pctAbs(vs),
                Format.pctAbs(vl),
                l.name()));
    List<Source> volSrc = new ArrayList<>(sl);
    if (five.size() > 2) {
      Stat k = five.get(2);
      t.append(
          String.format(
              " and %s for the %s", Format.pctAbs(k.st().volatility().closeToClose()), k.name()));
      volSrc.add(src(ctx, k));
    }
    String volId = w.fact("volatility", t + ".", volSrc);
    double ratio = vs / vl;
    String word = ReportRule.volWord(ratio);
    w.interpret(
        "volatility_rule",
        word.equals("similar")
            ? String.format(
                Locale.ROOT,
                "By the volatility rule the two were similarly volatile (ratio %.2f).",
                ratio)
            : String.format(
                Locale.ROOT,
                "By the volatility rule this makes the %s %s than the %s (ratio %.2f).",
                s.name(),
                word,
                l.name(),
                ratio),
        ReportRule.VOLATILITY,
        volId);
    Optional<RiskStatistics.BenchmarkFigures> b = s.st().benchmark();
    if (b.isPresent() && Double.isFinite(b.get().beta())) {
      w.fact(
          "beta",
          String.format(
              Locale.ROOT,
              "The beta of the %s to the %s over that window was %.2f (daily returns,"
                  + " correlation %.2f): on average a 1%% move of the %s came with a %.2f%% move of"
                  + " the %s.",
              s.name(),
              l.name(),
              b.get().beta(),
              b.get().correlation(),
              l.name(),
              b.get().beta(),
              s.name()),
          sl);
    }
    w.paragraph();
    drawdowns(ctx, w, s, l, sl);
    w.fact(
        "var",
        String.format(
            Locale.ROOT,
            "On a single day, the 95%% historical value at risk (the 5th percentile of daily"
                + " returns, %s to %s) was %s for the %s and %s for the %s; on the days beyond it the"
                + " average return (CVaR) was %s and %s.",
            s.levels().firstDate(),
            s.levels().lastDate(),
            Format.pct(s.st().tail().var95Historical()),
            s.name(),
            Format.pct(l.st().tail().var95Historical()),
            l.name(),
            Format.pct(s.st().tail().cvar95Historical()),
            Format.pct(l.st().tail().cvar95Historical())),
        sl);
    table(ctx, w, five, one);
    chart(ctx, w, five);
  }

  private static void drawdowns(Context ctx, SectionWriter w, Stat s, Stat l, List<Source> sl) {
    Optional<DrawdownEpisode> ds = deepest(s);
    Optional<DrawdownEpisode> dl = deepest(l);
    if (ds.isEmpty() || dl.isEmpty()) {
      w.fact(
          "drawdown",
          "One of the series never fell below a previous high in the window, so there is no"
              + " drawdown to compare.",
          sl);
      return;
    }
    String ddId =
        w.fact(
            "drawdown",
            String.format(
                "%s deepest fall in that window was %s, from its high on %s to a low on %s"
                    + " (%s); %s was %s, from %s to %s (%s).",
                capitalise(possessive(s.name())),
                Format.pct(ds.get().depth()),
                ds.get().peak(),
                ds.get().trough(),
                recovery(ds.get(), ctx.asOf()),
                possessive(l.name()),
                Format.pct(dl.get().depth()),
                dl.get().peak(),
                dl.get().trough(),
                recovery(dl.get(), ctx.asOf())),
            sl);
    double d = ds.get().depth() - dl.get().depth();
    int side = ReportRule.drawdownSide(d);
    String text =
        side < 0
            ? String.format(
                "By the drawdown rule %s drawdown was deeper (by %s).",
                possessive(s.name()), Format.pp(d))
            : side > 0
                ? String.format(
                    "By the drawdown rule %s drawdown was deeper (by %s).",
                    possessive(l.name()), Format.pp(d))
                : String.format(
                    "By the drawdown rule the two drawdowns were similar (%s apart).",
                    Format.pp(d));
    w.interpret("drawdown_rule", text, ReportRule.DRAWDOWN, ddId);
  }

  static Optional<DrawdownEpisode> deepest(Stat s) {
    List<DrawdownEpisode> e = s.st().drawdowns().episodes();
    return e.isEmpty() ? Optional.empty() : Optional.of(e.get(0));
  }

  private static String recovery(DrawdownEpisode e, LocalDate asOf) {
    return e.recovered() ? "regained on " + e.recovery() : "not regained by " + asOf;
  }

  private static void table(Context ctx, SectionWriter w, List<Stat> five, List<Stat> one) {
    List<List<String>> rows = new ArrayList<>();
    List<Source> src = new ArrayList<>();
    for (List<Stat> window : List.of(five, one)) {
      for (Stat x : window) {
        RiskStatistics st = x.st();
        Optional<DrawdownEpisode> dd = deepest(x);
        rows.add(
            List.of(
                window == five ? LONG_YEARS + " years" : "1 year",
                x.name(),
                x.levels().firstDate().toString(),
                x.levels().lastDate().toString(),
                Format.pctAbs(st.volatility().closeToClose()),
                Format.pct(st.drawdowns().maxDrawdown()),
                dd.map(e -> e.peak() + " to " + e.trough()).orElse("none"),
                Format.pct(st.tail().var95Historical()),
                Format.pct(st.tail().cvar95Historical()),
                st.benchmark().map(b -> Format.num(b.beta(), 2)).orElse("1 (itself)")));
      }
      for (Stat x : window) {
        if (window == five) {
          src.add(src(ctx, x));
        }
      }
    }
    w.table(
        "risk_table",
        "Risk of daily price returns: annualised volatility (x sqrt(252)), maximum drawdown with"
            + " its peak and trough, one-day 95% historical VaR and CVaR, and beta to "
            + ctx.universe().largeName(),
        List.of(
            "Window",
            "Series",
            "From",
            "To",
            "Volatility",
            "Max drawdown",
            "Peak to trough",
            "VaR 95% (1 day)",
            "CVaR 95% (1 day)",
            "Beta to large"),
        rows,
        src);
  }

  /** Weekly drawdown lines (% below the running high) over the long window. */
  private static void chart(Context ctx, SectionWriter w, List<Stat> five) {
    List<LineChart.Line> lines = new ArrayList<>();
    List<Source> src = new ArrayList<>();
    for (Stat x : five.subList(0, 2)) {
      DateSeries path = DateSeries.of(x.levels().dates(), Drawdowns.path(x.levels().values()));
      lines.add(Charts.scaled(x.name(), Charts.weekly(path), 100));
      src.add(src(ctx, x));
    }
    w.chart(
        new LineChart(
            "drawdowns",
            "Drawdowns over the last " + LONG_YEARS + " years (weekly points)",
            "% below the running high",
            lines,
            List.of(),
            0.0,
            false),
        src);
  }

  private static final String[] YEARS = {"", "one", "two", "three", "four", "five"};

  /**
   * "the five years" when the data reach back to as-of minus {@code years} (within a week), else
   * "the data available" (a series that starts later).
   */
  static String window(Context ctx, int years, LocalDate first) {
    boolean full = !first.isAfter(ctx.asOf().minusYears(years).plusDays(7));
    if (!full) {
      return "the data available";
    }
    return years == 1
        ? "the year"
        : "the " + (years < YEARS.length ? YEARS[years] : String.valueOf(years)) + " years";
  }

  /** The last path element of an id ("etf-seasonality/IWM" -> "IWM"). */
  static String tail(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  /** The display name of a series: the universe's name for small or large, else the id's tail. */
  static String name(Context ctx, String id) {
    Universe u = ctx.universe();
    return id.equals(u.small()) ? u.smallName() : id.equals(u.large()) ? u.largeName() : tail(id);
  }

  /** "the Russell 2000", but a ticker such as "IWM" (one to five capitals) without an article. */
  static String article(String name) {
    return (name.matches("[A-Z]{1,5}") ? "" : "the ") + name;
  }

  /** "the Russell 2000's", "the small caps'", "IWM's". */
  static String possessive(String name) {
    return article(name) + (name.endsWith("s") ? "'" : "'s");
  }

  /** The text with its first letter in upper case. */
  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
