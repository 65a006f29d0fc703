package dev.rotor.report.build;

import dev.rotor.liquidity.ComparisonRow;
import dev.rotor.liquidity.Liquidity;
import dev.rotor.liquidity.LiquidityComparison;
import dev.rotor.liquidity.LiquidityMeasure;
import dev.rotor.liquidity.LiquidityProfile;
import dev.rotor.liquidity.LiquiditySpec;
import dev.rotor.liquidity.Position;
import dev.rotor.report.Source;
import dev.rotor.series.BarSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The liquidity part of the risk section: the Amihud illiquidity and average dollar volume of the
 * small- and large-cap ETFs over the last year ({@link Liquidity}), and the LIQUIDITY rule.
 */
final class LiquidityFacts {
  private LiquidityFacts() {}

  /** Position size for the liquidity profile (only Amihud and volume are reported). */
  static final double POSITION_USD = 100_000_000;

  static void liquidity(Context ctx, SectionWriter w) {
    String sid = ctx.role(Universe.Role.SMALL_ETF_BARS);
    String lid = ctx.role(Universe.Role.LARGE_ETF_BARS);
    Optional<BarSeries> sb = ctx.bars(sid);
    Optional<BarSeries> lb = ctx.bars(lid);
    if (sb.isEmpty() || lb.isEmpty()) {
      w.fact(
          "liquidity_missing",
          "Liquidity is not measured: the data lack daily bars with volume for "
              + (sb.isEmpty() ? "a small-cap ETF" : "a large-cap ETF")
              + ".",
          new Source(ctx.universe().small(), "", null, ctx.asOf()));
      return;
    }
    LocalDate from = ctx.asOf().minusYears(1);
    LiquiditySpec spec = LiquiditySpec.of(from, ctx.asOf(), Position.dollars(POSITION_USD));
    LiquidityProfile ps = Liquidity.profile(RiskSection.name(ctx, sid), sb.get(), spec);
    LiquidityProfile pl = Liquidity.profile(RiskSection.name(ctx, lid), lb.get(), spec);
    LiquidityComparison c = Liquidity.compare(ps, pl);
    ComparisonRow am = c.row(LiquidityMeasure.AMIHUD);
    ComparisonRow adv = c.row(LiquidityMeasure.ADV_DOLLARS);
    List<Source> src =
        List.of(ctx.source(sid, ps.first(), ps.last()), ctx.source(lid, pl.first(), pl.last()));
    if (!am.small().isDefined() || !am.large().isDefined()) {
      String reason = am.small().isDefined() ? am.large().reason() : am.small().reason();
      w.fact(
          "liquidity_missing",
          "The Amihud illiquidity of the ETFs could not be computed: " + reason + ".",
          src);
      return;
    }
    String liqId =
        w.fact(
            "liquidity",
            String.format(
                Locale.ROOT,
                "From %s to %s, %s Amihud illiquidity (the average absolute daily return per"
                    + " US$1 billion traded) was %s against %s for %s, %.1f times as high; %s"
                    + " traded US$%s a day on average against US$%s for %s.",
                ps.first(),
                ps.last(),
                RiskSection.possessive(c.small()),
                perBillion(am.small().value()),
                perBillion(am.large().value()),
                RiskSection.article(c.large()),
                am.ratio(),
                RiskSection.article(c.small()),
                money(adv.small().value()),
                money(adv.large().value()),
                RiskSection.article(c.large())),
            src);
    int side = ReportRule.liquiditySide(am.ratio());
    String text =
        side > 0
            ? String.format(
                "By the liquidity rule this makes %s less liquid than %s.",
                RiskSection.article(c.small()), RiskSection.article(c.large()))
            : side < 0
                ? String.format(
                    "By the liquidity rule this makes %s less liquid than %s.",
                    RiskSection.article(c.large()), RiskSection.article(c.small()))
                : String.format(
                    "By the liquidity rule neither ETF is less liquid than the other (ratio"
                        + " within 0.5 to 2).");
    w.interpret("liquidity_rule", text, ReportRule.LIQUIDITY, liqId);
  }

  /** An Amihud figure (per US$1 million) as a percentage per US$1 billion: "0.0170%". */
  static String perBillion(double amihudPerMillion) {
    return String.format(Locale.ROOT, "%.3g%%", 100 * 1e3 * amihudPerMillion);
  }

  /** US dollars in trillions, billions or millions: "5.2 billion", "830 million". */
  static String money(double usd) {
    if (!Double.isFinite(usd)) {
      return "n/a";
    }
    return usd >= 1e12
        ? String.format(Locale.ROOT, "%.1f trillion", usd / 1e12)
        : usd >= 1e9
            ? String.format(Locale.ROOT, "%.1f billion", usd / 1e9)
            : String.format(Locale.ROOT, "%.0f million", usd / 1e6);
  }
}
