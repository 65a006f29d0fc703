package dev.rotor.report.build;

import dev.rotor.allocation.Allocation;
import dev.rotor.allocation.AllocationMethod;
import dev.rotor.allocation.Allocations;
import dev.rotor.allocation.AssetReturns;
import dev.rotor.holding.HoldingComparison;
import dev.rotor.holding.HoldingPeriods;
import dev.rotor.holding.WindowSpan;
import dev.rotor.report.Section;
import dev.rotor.report.Source;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "What it means for an investor" section: how much small and large caps diversify each other
 * (weekly correlation, volatility of a 50/50 mix, the minimum-variance split), how often small caps
 * beat large caps over past holding periods of 1, 3, 5 and 10 years (the index pair and, when
 * present, the long Kenneth French size deciles), the top names of a documented fundamentals screen
 * and the small-cap ETFs against the small-cap index ({@link InvestorTables}).
 */
final class InvestorSection {
  private InvestorSection() {}

  /** Years of weekly returns behind the diversification figures. */
  static final int DIVERSIFICATION_YEARS = 5;

  /** Holding periods of the odds, in years. */
  static final List<Integer> HORIZONS = List.of(1, 3, 5, 10);

  /** Holding periods of the long French sample, in years. */
  static final List<Integer> LONG_HORIZONS = List.of(1, 3, 5, 10, 20);

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("investor", "What it means for an investor");
    RiskSection.guard(ctx, w, "diversification", "Diversification", () -> diversification(ctx, w));
    RiskSection.guard(ctx, w, "holding", "Holding-period odds", () -> holding(ctx, w));
    RiskSection.guard(
        ctx, w, "screen", "The fundamentals screen", () -> InvestorTables.screen(ctx, w));
    RiskSection.guard(ctx, w, "etfs", "The ETF comparison", () -> InvestorTables.etfs(ctx, w));
    return w.build();
  }

  /** Weekly returns of small and large over the diversification window. */
  static AssetReturns weekly(Context ctx) {
    Universe u = ctx.universe();
    LocalDate from = ctx.asOf().minusYears(DIVERSIFICATION_YEARS);
    Map<SeriesId, DateSeries> m = new LinkedHashMap<>();
    m.put(SeriesId.of(u.small()), ctx.values(u.small()).between(from, ctx.asOf()));
    m.put(SeriesId.of(u.large()), ctx.values(u.large()).between(from, ctx.asOf()));
    return AssetReturns.fromLevels(m, Frequency.WEEKLY);
  }

  private static void diversification(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    AssetReturns r = weekly(ctx);
    LocalDate[] d = r.dates();
    double rho = r.correlation().get(0, 1);
    List<Source> src =
        List.of(
            ctx.source(u.small(), d[0], d[d.length - 1]),
            ctx.source(u.large(), d[0], d[d.length - 1]));
    String corrId =
        w.fact(
            "correlation",
            String.format(
                Locale.ROOT,
                "Over the %d weeks from %s to %s, the weekly price returns of the %s and the %s had"
                    + " a correlation of %.2f.",
                r.periodCount(),
                d[0],
                d[d.length - 1],
                u.smallName(),
                u.largeName(),
                rho),
            src);
    w.interpret(
        "correlation_rule",
        "By the diversification rule the two " + ReportRule.correlationWord(rho) + ".",
        ReportRule.DIVERSIFICATION,
        corrId);
    Allocation mix = Allocations.of(r, new double[] {0.5, 0.5}, 0.0);
    Allocation small = Allocations.of(r, new double[] {1, 0}, 0.0);
    Allocation large = Allocations.of(r, new double[] {0, 1}, 0.0);
    Allocation minVar = Allocations.solve(r, AllocationMethod.MINIMUM_VARIANCE, 0.0);
    w.fact(
        "mix",
        String.format(
            Locale.ROOT,
            "Over the same weeks a 50/50 mix, reset to equal weights every week, had an annualised"
                + " volatility of weekly returns of %s, against %s for the %s alone and %s for the %s alone; the"
                + " long-only mix with the lowest volatility held %s in the %s and %s in the %s"
                + " (volatility %s).",
            Format.pctAbs(mix.volatility()),
            Format.pctAbs(small.volatility()),
            u.smallName(),
            Format.pctAbs(large.volatility()),
            u.largeName(),
            Format.prob(minVar.weights()[0]),
            u.smallName(),
            Format.prob(minVar.weights()[1]),
            u.largeName(),
            Format.pctAbs(minVar.volatility())),
        src);
    w.paragraph();
  }

  private static void holding(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    List<HoldingComparison> h =
        HoldingPeriods.compareLevels(ctx.values(u.small()), ctx.values(u.large()), HORIZONS);
    LocalDate first = start(ctx.values(u.small()), ctx.values(u.large()));
    List<Source> src =
        List.of(ctx.source(u.small(), first, ctx.asOf()), ctx.source(u.large(), first, ctx.asOf()));
    odds(w, "holding", h, u.smallName(), u.largeName(), "daily closes", first, src);
    holdingTable(w, "holding_table", h, u.smallName(), u.largeName(), src);
    String lo = ctx.role(Universe.Role.SIZE_DECILE_SMALL);
    String hi = ctx.role(Universe.Role.SIZE_DECILE_LARGE);
    if (lo != null && hi != null) {
      DateSeries a = ctx.values(lo);
      DateSeries b = ctx.values(hi);
      List<HoldingComparison> lh = HoldingPeriods.compareReturns(a, b, LONG_HORIZONS);
      LocalDate f = start(a, b);
      List<Source> ls = List.of(ctx.source(lo, f, a.lastDate()), ctx.source(hi, f, b.lastDate()));
      odds(
          w,
          "holding_long",
          lh,
          "smallest size decile",
          "largest size decile",
          "monthly value-weighted returns of the Kenneth French size deciles",
          f,
          ls);
      holdingTable(w, "holding_long_table", lh, "Smallest decile", "Largest decile", ls);
    }
  }

  /** One FACT with the share of windows small beat large per horizon, and its interpretation. */
  private static void odds(
      SectionWriter w,
      String key,
      List<HoldingComparison> h,
      String small,
      String large,
      String data,
      LocalDate first,
      List<Source> src) {
    List<String> parts = new ArrayList<>();
    List<String> none = new ArrayList<>();
    Map<String, List<String>> byWord = new LinkedHashMap<>();
    LocalDate last = null;
    for (HoldingComparison c : h) {
      WindowSpan s = c.span();
      if (s.windows() == 0) {
        none.add(s.years() + "-year");
        continue;
      }
      last = s.lastEnd();
      parts.add(
          String.format(
              Locale.ROOT,
              "%s of %,d %d-year windows (%d independent)",
              Format.prob(c.smallBeatsLarge()),
              s.windows(),
              s.years(),
              s.independentWindows()));
      byWord
          .computeIfAbsent(ReportRule.oddsWord(c.smallBeatsLarge()), k -> new ArrayList<>())
          .add(String.valueOf(s.years()));
    }
    if (parts.isEmpty()) {
      w.fact(
          key,
          "The " + data + " from " + first + " are too short for a single 1-year window.",
          src);
      w.paragraph();
      return;
    }
    String text =
        String.format(
            "In rolling windows of the %s from %s to %s, the %s beat the %s in %s.%s",
            data,
            first,
            last,
            small,
            large,
            join(parts),
            none.isEmpty() ? "" : " The data are too short for a " + join(none) + " window.");
    String id = w.fact(key, text, src);
    List<String> clauses = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byWord.entrySet()) {
      String horizons =
          join(e.getValue()) + " year" + (e.getValue().equals(List.of("1")) ? "" : "s");
      clauses.add(
          switch (e.getKey()) {
            case "usually" -> "usually beat the " + large + " over " + horizons;
            case "usually not" -> "usually did not beat the " + large + " over " + horizons;
            default -> "beat the " + large + " about as often as not over " + horizons;
          });
    }
    w.interpret(
        key + "_rule",
        "By the holding-odds rule the "
            + small
            + " "
            + String.join("; and ", clauses)
            + ". Overlapping windows share most of their data: the independent counts are the"
            + " honest sample sizes.",
        ReportRule.HOLDING_ODDS,
        id);
    w.paragraph();
  }

  private static void holdingTable(
      SectionWriter w,
      String key,
      List<HoldingComparison> h,
      String small,
      String large,
      List<Source> src) {
    List<List<String>> rows = new ArrayList<>();
    if (h.stream().allMatch(c -> c.span().windows() == 0)) {
      return;
    }
    for (HoldingComparison c : h) {
      WindowSpan s = c.span();
      if (s.windows() == 0) {
        continue;
      }
      rows.add(
          List.of(
              s.years() + (s.years() == 1 ? " year" : " years"),
              String.format(Locale.ROOT, "%,d", s.windows()),
              String.valueOf(s.independentWindows()),
              s.firstEnd() + " to " + s.lastEnd(),
              Format.prob(c.smallBeatsLarge()),
              Format.pct(c.small().median()),
              Format.pct(c.large().median()),
              Format.pct(c.relative().median())));
    }
    w.table(
        key,
        "Rolling holding periods of "
            + small
            + " vs "
            + large
            + ": share of windows in which small returned more, and median annualised returns",
        List.of(
            "Horizon",
            "Windows",
            "Independent",
            "Window ends",
            "Small beat large",
            "Median small (ann.)",
            "Median large (ann.)",
            "Median relative (ann.)"),
        rows,
        src);
  }

  /** "1, 3 and 5". */
  static String join(List<String> xs) {
    if (xs.size() <= 1) {
      return String.join("", xs);
    }
    return String.join(", ", xs.subList(0, xs.size() - 1)) + " and " + xs.get(xs.size() - 1);
  }

  /** The first date both series have. */
  static LocalDate start(DateSeries a, DateSeries b) {
    return a.firstDate().isAfter(b.firstDate()) ? a.firstDate() : b.firstDate();
  }
}
