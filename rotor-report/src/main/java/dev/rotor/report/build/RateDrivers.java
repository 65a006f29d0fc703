package dev.rotor.report.build;

import dev.rotor.drivers.DriverContribution;
import dev.rotor.drivers.Interval;
import dev.rotor.drivers.RallyDecomposition;
import dev.rotor.drivers.RallyExplanation;
import dev.rotor.drivers.RateCutProxy;
import dev.rotor.drivers.RateSensitivity;
import dev.rotor.drivers.RateSensitivityFit;
import dev.rotor.drivers.Regressor;
import dev.rotor.report.LineChart;
import dev.rotor.report.Source;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The rates part of the drivers section: small-minus-large betas on the 2-year and 10-year yields
 * (weekly, last {@link #FIT_YEARS} years), the rate-cut proxy, the rolling beta chart, and the
 * headline window's move split into yield contributions ({@link RallyDecomposition}, betas fitted
 * on the {@link #FIT_YEARS} years before the window).
 */
final class RateDrivers {
  private RateDrivers() {}

  /** Years of weekly returns in the sensitivity fit and in the decomposition's estimation. */
  static final int FIT_YEARS = 5;

  static final String TWO = "2-year yield";
  static final String TEN = "10-year yield";

  static void write(
      Context ctx, SectionWriter w, DriversSection.Move m, DriversSection.Summary sum) {
    Universe u = ctx.universe();
    String y2 = ctx.role(Universe.Role.YIELD_2Y);
    String y10 = ctx.role(Universe.Role.YIELD_10Y);
    if (y2 == null || y10 == null) {
      w.fact(
          "rates_missing",
          "The rate sensitivity is not computed: the data hold no "
              + (y2 == null ? "2-year" : "10-year")
              + " Treasury yield series.",
          ctx.source(u.small(), null, ctx.asOf()));
      return;
    }
    RateSensitivityFit fit = fit(ctx, y2, y10);
    var nw = StandardErrors.NEWEY_WEST;
    Interval b2 = fit.difference(Regressor.TWO_YEAR, nw, 0.95);
    Interval b10 = fit.difference(Regressor.TEN_YEAR, nw, 0.95);
    int n = fit.fit(dev.rotor.drivers.Target.SMALL_MINUS_LARGE).observations();
    List<Source> src =
        List.of(
            ctx.source(u.small(), fit.firstDate(), fit.lastDate()),
            ctx.source(u.large(), fit.firstDate(), fit.lastDate()),
            ctx.source(y2, fit.firstDate(), fit.lastDate()),
            ctx.source(y10, fit.firstDate(), fit.lastDate()));
    String betaId =
        w.fact(
            "rate_beta",
            String.format(
                "On %d weekly price returns from %s to %s, small minus large moved %s per +100 bp"
                    + " rise in the 2-year Treasury yield (95%% Newey-West interval %s) and %s per"
                    + " +100 bp in the 10-year yield (%s), each holding the other yield fixed.",
                n,
                fit.firstDate(),
                fit.lastDate(),
                Format.pct(100 * b2.estimate()),
                Format.interval(100 * b2.lower(), 100 * b2.upper()),
                Format.pct(100 * b10.estimate()),
                Format.interval(100 * b10.lower(), 100 * b10.upper())),
            src);
    w.interpret(
        "rate_beta_significant",
        "By the significance rule, the 2-year sensitivity "
            + significance(b2, "2-year")
            + "; the 10-year sensitivity "
            + significance(b10, "10-year")
            + ".",
        ReportRule.SIGNIFICANT,
        betaId);
    sum.add(
        "Rates",
        "Beta on the 2-year yield, per +100 bp (weekly since " + fit.firstDate() + ")",
        Format.pct(100 * b2.estimate()),
        Format.interval(100 * b2.lower(), 100 * b2.upper()),
        "-",
        src.toArray(Source[]::new));
    sum.add(
        "Rates",
        "Beta on the 10-year yield, per +100 bp (weekly since " + fit.firstDate() + ")",
        Format.pct(100 * b10.estimate()),
        Format.interval(100 * b10.lower(), 100 * b10.upper()),
        "-");
    proxy(ctx, w, y2);
    chart(ctx, w, fit, y2);
    decomposition(ctx, w, m, sum, y2, y10);
  }

  /** The weekly two-yield fit over the last {@link #FIT_YEARS} years to as-of. */
  static RateSensitivityFit fit(Context ctx, String y2, String y10) {
    return ctx.memo(
        "drivers.rateFit",
        () -> {
          LocalDate from = ctx.asOf().minusYears(FIT_YEARS);
          Universe u = ctx.universe();
          return RateSensitivity.fit(
              ctx.values(u.small()).between(from, ctx.asOf()),
              ctx.values(u.large()).between(from, ctx.asOf()),
              ctx.values(y2).between(from, ctx.asOf()),
              ctx.values(y10).between(from, ctx.asOf()),
              Frequency.WEEKLY);
        });
  }

  private static String significance(Interval iv, String which) {
    if (iv.excludesZeroBelow()) {
      return "is significant and negative: small caps have lagged large caps when the "
          + which
          + " yield rose, and led when it fell";
    }
    if (iv.excludesZeroAbove()) {
      return "is significant and positive: small caps have led large caps when the "
          + which
          + " yield rose";
    }
    return "cannot be distinguished from zero";
  }

  private static void proxy(Context ctx, SectionWriter w, String y2) {
    String ff = ctx.role(Universe.Role.FED_FUNDS);
    if (ff == null) {
      return;
    }
    DateSeries sp = RateCutProxy.of(ctx.values(y2), ctx.values(ff)).spread();
    if (sp.isEmpty()) {
      return;
    }
    LocalDate d = sp.lastDate();
    double now = sp.lastValue();
    OptionalDouble before = sp.asOf(d.minusMonths(3));
    String change =
        before.isPresent()
            ? String.format(
                Locale.ROOT,
                ", %s %.2f points from three months earlier",
                now - before.getAsDouble() >= 0 ? "up" : "down",
                Math.abs(now - before.getAsDouble()))
            : "";
    w.fact(
        "rate_cut_proxy",
        String.format(
            Locale.ROOT,
            "The 2-year yield minus the fed funds rate, a rough gauge of rate cuts priced by"
                + " markets (negative when the 2-year sits below the policy rate), was %+.2f"
                + " percentage points on %s%s.",
            now,
            d,
            change),
        ctx.source(y2, d.minusMonths(3), d),
        ctx.source(ff, d.minusMonths(4), d));
  }

  private static void chart(Context ctx, SectionWriter w, RateSensitivityFit fit, String y2) {
    DateSeries rb = fit.rollingBeta();
    if (rb.isEmpty()) {
      return;
    }
    Universe u = ctx.universe();
    // per basis point -> per 100 bp (x100) -> percent (x100)
    LineChart.Line line = Charts.scaled("Small minus large, per +100 bp in the 2-year", rb, 1e4);
    w.chart(
        new LineChart(
            "rolling_rate_beta",
            "Rolling one-year beta of weekly small-minus-large returns on the 2-year yield change",
            "% per +100 bp",
            List.of(line),
            List.of(),
            0.0,
            false),
        List.of(
            ctx.source(u.small(), fit.firstDate(), fit.lastDate()),
            ctx.source(u.large(), fit.firstDate(), fit.lastDate()),
            ctx.source(y2, fit.firstDate(), fit.lastDate())));
  }

  private static void decomposition(
      Context ctx,
      SectionWriter w,
      DriversSection.Move m,
      DriversSection.Summary sum,
      String y2,
      String y10) {
    Universe u = ctx.universe();
    LocalDate estFrom = m.start().minusYears(FIT_YEARS);
    Map<String, DateSeries> d = new LinkedHashMap<>();
    d.put(TWO, ctx.values(y2).between(estFrom, m.end()));
    d.put(TEN, ctx.values(y10).between(estFrom, m.end()));
    RallyExplanation e =
        RallyDecomposition.explain(
            ctx.values(u.small()).between(estFrom, m.end()),
            ctx.values(u.large()).between(estFrom, m.end()),
            d,
            estFrom,
            m.start(),
            m.start().plusDays(1),
            m.end(),
            Frequency.WEEKLY);
    if (e.windowPeriods() == 0 || !Double.isFinite(e.rSquared())) {
      w.fact(
          "explain_unavailable",
          "The headline window's move is not split by driver: the window holds no complete week"
              + " or the estimation sample is too short.",
          ctx.source(u.small(), m.start(), m.end()));
      return;
    }
    List<Source> src =
        List.of(
            ctx.source(u.small(), e.estimationFirst(), e.windowLast()),
            ctx.source(u.large(), e.estimationFirst(), e.windowLast()),
            ctx.source(y2, e.estimationFirst(), e.windowLast()),
            ctx.source(y10, e.estimationFirst(), e.windowLast()));
    String actualId =
        w.fact(
            "explain_move",
            String.format(
                Locale.ROOT,
                "Split by driver, the window's %d weekly small-minus-large returns (weeks ending"
                    + " %s to %s) add up to %s (a sum of weekly differences, so not the"
                    + " compounded %s above). Betas fitted on the %d weeks from %s to %s"
                    + " (R-squared %.2f) attribute it as follows.",
                e.windowPeriods(),
                e.windowFirst(),
                e.windowLast(),
                Format.pct(e.actual()),
                Format.pct(m.spread()),
                e.observations(),
                e.estimationFirst(),
                e.estimationLast(),
                e.rSquared()),
            src);
    DriverContribution c2 = e.driver(TWO);
    DriverContribution c10 = e.driver(TEN);
    String partsId =
        w.fact(
            "explain_parts",
            String.format(
                Locale.ROOT,
                "The 2-year yield moved %+.2f percentage points and contributed %s (95%% interval"
                    + " %s); the 10-year yield moved %+.2f points and contributed %s (%s); the"
                    + " fitted average weekly drift accounts for %s and the unexplained rest for"
                    + " %s.",
                c2.move(),
                Format.pct(c2.contribution().estimate()),
                Format.interval(c2.contribution().lower(), c2.contribution().upper()),
                c10.move(),
                Format.pct(c10.contribution().estimate()),
                Format.interval(c10.contribution().lower(), c10.contribution().upper()),
                Format.pct(e.interceptPart()),
                Format.pct(e.residual())),
            src);
    double move = e.actual();
    String text;
    if (!(Math.abs(move) >= ReportRule.MIN_MOVE_FOR_SHARES)) {
      text =
          "By the share rule, a relative move of "
              + Format.pp(move)
              + " is too small (under 0.5 percentage points) for shares of it to mean anything.";
    } else {
      text =
          "By the share rule, "
              + shareText(c2, move)
              + "; "
              + shareText(c10, move)
              + "; the unexplained rest is "
              + DriversSection.share(e.residual(), move)
              + " of the move.";
    }
    w.interpret("explain_share", text, ReportRule.EXPLAINED_SHARE, actualId, partsId);
    for (DriverContribution c : List.of(c2, c10)) {
      sum.add(
          "Rates",
          "Contribution of the " + c.name() + " move to the window",
          Format.pct(c.contribution().estimate()),
          Format.interval(c.contribution().lower(), c.contribution().upper()),
          DriversSection.share(c.contribution().estimate(), move),
          src.toArray(Source[]::new));
    }
    sum.add(
        "Rates model",
        "Average weekly drift (intercept) over the window",
        Format.pct(e.interceptPart()),
        "-",
        DriversSection.share(e.interceptPart(), move));
    sum.add(
        "Rates model",
        "Unexplained rest",
        Format.pct(e.residual()),
        "-",
        DriversSection.share(e.residual(), move));
  }

  private static String shareText(DriverContribution c, double move) {
    Interval iv = c.contribution();
    String share = DriversSection.share(iv.estimate(), move);
    if (!(iv.lower() > 0 || iv.upper() < 0)) {
      return "the "
          + c.name()
          + "'s contribution ("
          + share
          + " of the move) cannot be distinguished from zero";
    }
    if (iv.estimate() / move < 0) {
      return "the "
          + c.name()
          + " worked against the move ("
          + share
          + ", '"
          + ReportRule.shareWord(iv.estimate() / move)
          + "' in size)";
    }
    return "the "
        + c.name()
        + " explains "
        + ReportRule.shareWord(iv.estimate() / move)
        + " of the move ("
        + share
        + ")";
  }
}
