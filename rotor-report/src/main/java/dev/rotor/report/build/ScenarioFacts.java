package dev.rotor.report.build;

import dev.rotor.report.Source;
import dev.rotor.scenario.ConditionalReturns;
import dev.rotor.scenario.ConditionalSplit;
import dev.rotor.scenario.MonthlyStates;
import dev.rotor.scenario.RateBeta;
import dev.rotor.scenario.RateBetaSpec;
import dev.rotor.scenario.RateBetas;
import dev.rotor.scenario.ShockImpact;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.scenario.StateStats;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The scenarios of the risk section: a +/-100 bp shock to the 2-year yield through weekly rate
 * betas fitted over the last five years ({@link RateBetas}, Newey-West 95% intervals), and the
 * average small-minus-large monthly return in recession months ({@link ConditionalReturns}) with a
 * Student-t 95% interval.
 */
final class ScenarioFacts {
  private ScenarioFacts() {}

  /** Years of weekly history behind the rate betas. */
  static final int RATE_YEARS = 5;

  /** Confidence of every interval. */
  static final double CONFIDENCE = 0.95;

  /** The rate betas of small, large and the relative line small/large. */
  record Rates(LocalDate from, RateBeta small, RateBeta large, RateBeta relative) {}

  /** The fitted rate betas, or null when the 2-year yield is absent. */
  static Rates rateBetas(Context ctx) {
    String y2 = ctx.role(Universe.Role.YIELD_2Y);
    if (ctx.series(y2).isEmpty()) {
      return null;
    }
    Universe u = ctx.universe();
    LocalDate from = ctx.asOf().minusYears(RATE_YEARS);
    DateSeries y = ctx.values(y2).between(from, ctx.asOf());
    RateBetaSpec spec = RateBetaSpec.defaults();
    return new Rates(
        from,
        RateBetas.fit(ctx.values(u.small()).between(from, ctx.asOf()), y, spec),
        RateBetas.fit(ctx.values(u.large()).between(from, ctx.asOf()), y, spec),
        RateBetas.fit(EpisodeFacts.line(ctx).between(from, ctx.asOf()), y, spec));
  }

  static void rates(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    String y2 = ctx.role(Universe.Role.YIELD_2Y);
    Rates r = rateBetas(ctx);
    if (r == null) {
      w.fact(
          "rates_missing",
          "The rate scenario is not computed: the data lack a 2-year Treasury yield series.",
          new Source(u.small(), "", null, ctx.asOf()));
      w.paragraph();
      return;
    }
    RateBeta rel = r.relative();
    if (!Double.isFinite(rel.beta())) {
      w.fact(
          "rates_missing",
          "The rate scenario is not computed: fewer than 3 weekly yield changes since " + r.from(),
          ctx.source(y2, r.from(), ctx.asOf()));
      w.paragraph();
      return;
    }
    ShockImpact up = rel.shock(100, StandardErrors.NEWEY_WEST, CONFIDENCE);
    ShockImpact down = rel.shock(-100, StandardErrors.NEWEY_WEST, CONFIDENCE);
    List<Source> src =
        List.of(
            ctx.source(u.small(), rel.firstDate(), rel.lastDate()),
            ctx.source(u.large(), rel.firstDate(), rel.lastDate()),
            ctx.source(y2, rel.firstDate(), rel.lastDate()));
    String id =
        w.fact(
            "rate_beta",
            String.format(
                Locale.ROOT,
                "Fitted on %d weeks from %s to %s, the weekly return of the %s/%s relative line"
                    + " changed by %s for each 1 percentage point rise in the 2-year Treasury yield"
                    + " (95%% Newey-West interval %s; R-squared %.2f). So a +100 bp shock to the"
                    + " 2-year yield within a week implies a relative return of %s for small caps,"
                    + " and a -100 bp shock %s %s.",
                rel.observations(),
                rel.firstDate(),
                rel.lastDate(),
                u.smallName(),
                u.largeName(),
                Format.pct(up.expectedReturn()),
                Format.interval(up.lower(), up.upper()),
                rel.rSquared(),
                Format.pct(up.expectedReturn()),
                Format.pct(down.expectedReturn()),
                Format.interval(down.lower(), down.upper())),
            src);
    boolean sig = up.lower() > 0 || up.upper() < 0;
    w.interpret(
        "rate_rule",
        sig
            ? String.format(
                "By the significance rule this sensitivity is significant: over these weeks small"
                    + " caps tended to %s ground against large caps when the 2-year yield rose.",
                up.expectedReturn() > 0 ? "gain" : "lose")
            : "By the significance rule the data cannot distinguish the relative rate sensitivity"
                + " from zero.",
        ReportRule.SIGNIFICANT,
        id);
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(u.smallName(), r.small()));
    rows.add(row(u.largeName(), r.large()));
    rows.add(row(u.smallName() + " / " + u.largeName(), rel));
    w.table(
        "rate_table",
        "Rate scenario: weekly price return implied by a 2-year yield shock through the OLS rate"
            + " beta (weekly changes, "
            + rel.firstDate()
            + " to "
            + rel.lastDate()
            + "), with 95% Newey-West intervals",
        List.of("Series", "+100 bp", "95% interval", "-100 bp", "95% interval", "R-squared"),
        rows,
        src);
  }

  private static List<String> row(String name, RateBeta b) {
    ShockImpact up = b.shock(100, StandardErrors.NEWEY_WEST, CONFIDENCE);
    ShockImpact down = b.shock(-100, StandardErrors.NEWEY_WEST, CONFIDENCE);
    return List.of(
        name,
        Format.pct(up.expectedReturn()),
        Format.interval(up.lower(), up.upper()),
        Format.pct(down.expectedReturn()),
        Format.interval(down.lower(), down.upper()),
        Format.num(b.rSquared(), 2));
  }

  /** The recession split of small-minus-large monthly returns, or null without a recession flag. */
  static ConditionalSplit recessionSplit(Context ctx) {
    String rec = ctx.role(Universe.Role.RECESSION);
    if (ctx.series(rec).isEmpty()) {
      return null;
    }
    Universe u = ctx.universe();
    DateSeries diff =
        ConditionalReturns.difference(
            ConditionalReturns.monthlyReturns(ctx.values(u.small())),
            ConditionalReturns.monthlyReturns(ctx.values(u.large())));
    return ConditionalReturns.split(
        diff, MonthlyStates.fromIndicator("recession", ctx.values(rec)));
  }

  /** The two-sided Student-t interval of a state's mean monthly return; NaNs below 2 months. */
  static double[] meanInterval(StateStats s) {
    if (s.months() < 2 || !Double.isFinite(s.sd())) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double t = new TDistribution(s.months() - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    double h = t * s.sd() / Math.sqrt(s.months());
    return new double[] {s.meanMonthly() - h, s.meanMonthly() + h};
  }

  static void recession(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    String rec = ctx.role(Universe.Role.RECESSION);
    ConditionalSplit sp = recessionSplit(ctx);
    if (sp == null) {
      w.fact(
          "recession_missing",
          "The recession scenario is not computed: the data lack a monthly recession indicator.",
          new Source(u.small(), "", null, ctx.asOf()));
      w.paragraph();
      return;
    }
    recessionFacts(ctx, w, "recession", sp, u.small(), u.large(), u.smallName(), u.largeName());
    String lo = ctx.role(Universe.Role.SIZE_DECILE_SMALL);
    String hi = ctx.role(Universe.Role.SIZE_DECILE_LARGE);
    if (lo != null && hi != null) {
      ConditionalSplit ls =
          ConditionalReturns.split(
              ConditionalReturns.difference(ctx.values(lo), ctx.values(hi)),
              MonthlyStates.fromIndicator("recession", ctx.values(rec)));
      recessionFacts(
          ctx,
          w,
          "recession_long",
          ls,
          lo,
          hi,
          "smallest size decile (Kenneth French, value-weighted)",
          "largest size decile");
    }
    w.paragraph();
  }

  /** The FACT of one recession split and, when it has an interval, its interpretation. */
  private static void recessionFacts(
      Context ctx,
      SectionWriter w,
      String key,
      ConditionalSplit sp,
      String small,
      String large,
      String smallName,
      String largeName) {
    String rec = ctx.role(Universe.Role.RECESSION);
    StateStats in = sp.inState();
    StateStats out = sp.outOfState();
    LocalDate first = sp.firstMonth() == null ? null : sp.firstMonth().atDay(1);
    LocalDate last = sp.lastMonth() == null ? ctx.asOf() : sp.lastMonth().atEndOfMonth();
    last = last.isAfter(ctx.asOf()) ? ctx.asOf() : last;
    List<Source> src =
        List.of(
            ctx.source(small, first, last),
            ctx.source(large, first, last),
            ctx.source(rec, first, last));
    if (in.months() == 0) {
      w.fact(
          key,
          String.format(
              "No month from %s to %s was a recession month by the indicator %s, so there is no"
                  + " recession history for the %s against the %s.",
              sp.firstMonth(), sp.lastMonth(), RiskSection.tail(rec), smallName, largeName),
          src);
      return;
    }
    double[] ci = meanInterval(in);
    String id =
        w.fact(
            key,
            String.format(
                Locale.ROOT,
                "In the %d recession month%s (indicator %s = 1) from %s to %s, the %s returned on"
                    + " average %s a month relative to the %s (small minus large)%s; in the %d"
                    + " other months the average was %s.",
                in.months(),
                in.months() == 1 ? "" : "s",
                RiskSection.tail(rec),
                sp.firstMonth(),
                sp.lastMonth(),
                smallName,
                Format.pct(in.meanMonthly()),
                largeName,
                Double.isFinite(ci[0])
                    ? ", 95% interval " + Format.interval(ci[0], ci[1])
                    : " (too few months for an interval)",
                out.months(),
                Format.pct(out.meanMonthly())),
            src);
    if (Double.isFinite(ci[0])) {
      boolean sig = ci[0] > 0 || ci[1] < 0;
      w.interpret(
          key + "_rule",
          sig
              ? String.format(
                  "By the significance rule the relative return of the %s in recession months is"
                      + " significantly %s zero.",
                  smallName, in.meanMonthly() > 0 ? "above" : "below")
              : String.format(
                  "By the significance rule the data cannot distinguish the relative return of"
                      + " the %s in recession months from zero%s.",
                  smallName, in.months() < 10 ? " (only " + in.months() + " months)" : ""),
          ReportRule.SIGNIFICANT,
          id);
    }
  }
}
