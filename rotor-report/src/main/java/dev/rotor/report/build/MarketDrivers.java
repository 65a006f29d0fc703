package dev.rotor.report.build;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.report.BarChart;
import dev.rotor.report.Source;
import dev.rotor.sectors.Contributions;
import dev.rotor.sectors.SectorContribution;
import dev.rotor.sectors.SectorEtf;
import dev.rotor.sectors.SectorReturn;
import dev.rotor.sectors.SectorReturns;
import dev.rotor.sectors.SectorWeights;
import dev.rotor.sectors.SignificanceRule;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sector part of the drivers section: sector ETF returns over the headline window with the
 * volatility-scaled significance flag and their contributions to small and large caps through
 * holdings sector weights ({@code dev.rotor.sectors}, as {@code rotor sectors}).
 */
final class MarketDrivers {
  private MarketDrivers() {}

  /** |z| threshold of the SECTOR_MOVE rule. */
  static final double SECTOR_Z = 1.96;

  /** The sectors the article names ("financials, industrials and materials"). */
  static final List<String> NAMED = List.of("Financials", "Industrials", "Materials");

  static void sectors(
      Context ctx, SectionWriter w, DriversSection.Move m, DriversSection.Summary sum) {
    Map<String, DateSeries> levels = new LinkedHashMap<>();
    Map<String, String> idOf = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : ctx.universe().sectors(ctx.synthetic()).entrySet()) {
      String gics = gics(e.getKey());
      if (gics != null && ctx.series(e.getKey()).isPresent()) {
        // two years before the window cover the one-year volatility lookback of the z-score
        levels.put(gics, ctx.values(e.getKey()).between(m.start().minusYears(2), m.end()));
        idOf.put(gics, e.getKey());
      }
    }
    if (levels.isEmpty()) {
      w.fact(
          "sectors_missing",
          "The sector returns are not computed: the data hold no sector ETF series.",
          ctx.source(ctx.universe().small(), null, ctx.asOf()));
      return;
    }
    List<SectorReturn> rows =
        SectorReturns.over(
            levels,
            m.start().plusDays(1),
            m.end(),
            new SignificanceRule(SECTOR_Z, SignificanceRule.defaults().lookback()));
    Map<String, SectorReturn> by = new LinkedHashMap<>();
    rows.forEach(r -> by.put(r.sector(), r));
    List<Source> src = new ArrayList<>();
    for (SectorReturn r : rows) {
      src.add(ctx.source(idOf.get(r.sector()), r.window().start(), r.window().end()));
    }
    SectorReturn first = rows.get(0);
    SectorReturn last = rows.get(rows.size() - 1);
    List<String> named = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    boolean allGains = true;
    for (String n : NAMED) {
      SectorReturn r = by.get(n);
      if (r == null) {
        allGains = false;
        verdicts.add(lower(n) + " has no data");
        continue;
      }
      named.add(
          String.format(
              Locale.ROOT,
              "%s %s (z = %s)",
              lower(n),
              Format.pct(r.simpleReturn()),
              Format.num(r.zScore(), 2)));
      allGains &= r.significantGain();
      verdicts.add(
          r.significantGain()
              ? lower(n) + " had a significant gain"
              : r.significantLoss()
                  ? lower(n) + " had a significant loss"
                  : "the move in " + lower(n) + " was not significant");
    }
    String namedId =
        w.fact(
            "sectors_named",
            String.format(
                "Over the headline window (sector ETF price returns from the close of %s to %s),"
                    + " the sector ETFs returned: %s; z is the return over the sector's own"
                    + " volatility scaled to the window.",
                first.window().start(), first.window().end(), String.join(", ", named)),
            src);
    int up = (int) rows.stream().filter(r -> r.simpleReturn() > 0).count();
    long sig = rows.stream().filter(SectorReturn::significant).count();
    String rangeId =
        w.fact(
            "sectors_range",
            String.format(
                Locale.ROOT,
                "Of %d sectors, %d rose; the best was %s at %s and the worst %s at %s; %d of the"
                    + " %d moves had |z| above %.2f.",
                rows.size(),
                up,
                lower(first.sector()),
                Format.pct(first.simpleReturn()),
                lower(last.sector()),
                Format.pct(last.simpleReturn()),
                sig,
                rows.size(),
                SECTOR_Z),
            src);
    w.interpret(
        "sectors_significant",
        "By the sector-move rule, "
            + String.join(", ", verdicts)
            + "; so the claim that financials, industrials and materials all saw significant gains "
            + (allGains ? "holds" : "does not hold")
            + " over this window.",
        ReportRule.SECTOR_MOVE,
        namedId,
        rangeId);
    contributions(ctx, w, m, sum, rows, src);
  }

  private static void contributions(
      Context ctx,
      SectionWriter w,
      DriversSection.Move m,
      DriversSection.Summary sum,
      List<SectorReturn> rows,
      List<Source> src) {
    Map<String, Double> returns = new LinkedHashMap<>();
    rows.forEach(x -> returns.put(x.sector(), x.simpleReturn()));
    ReportData.Snapshot sh = ctx.snapshot(ctx.role(Universe.Role.SMALL_HOLDINGS)).orElse(null);
    ReportData.Snapshot lh = ctx.snapshot(ctx.role(Universe.Role.LARGE_HOLDINGS)).orElse(null);
    if (sh == null || lh == null) {
      sectorTable(w, rows, null, null, src);
      w.fact(
          "sectors_no_weights",
          "Sector contributions to small and large caps are not computed: the data hold no"
              + " holdings snapshot for "
              + (sh == null ? "small" : "large")
              + " caps.",
          src);
      return;
    }
    List<SectorContribution> cs =
        Contributions.of(only(weights(ctx, sh, "SMALL"), returns), returns);
    List<SectorContribution> cl =
        Contributions.of(only(weights(ctx, lh, "LARGE"), returns), returns);
    double ts = Contributions.total(cs);
    double tl = Contributions.total(cl);
    List<Source> all = new ArrayList<>(src);
    Source ss = new Source(sh.id(), sh.origin(), null, sh.rows().asOf());
    Source ls = new Source(lh.id(), lh.origin(), null, lh.rows().asOf());
    all.add(ss);
    if (!ls.equals(ss)) {
      all.add(ls);
    }
    String cId =
        w.fact(
            "sectors_contrib",
            String.format(
                "Weighting each sector's return by its weight in the holdings snapshots (%s"
                    + " dated %s for small caps, %s dated %s for large caps), sectors add up to"
                    + " %s for small caps and %s for large caps; the difference, %s, is what the"
                    + " sector mix alone accounts for, against a relative move of %s.",
                sh.id(),
                sh.rows().asOf(),
                lh.id(),
                lh.rows().asOf(),
                Format.pct(ts),
                Format.pct(tl),
                Format.pct(ts - tl),
                Format.pct(m.spread())),
            all);
    LocalDate hd = sh.rows().asOf();
    if (hd != null && !hd.equals(ctx.asOf())) {
      w.fact(
          "sectors_weights_date",
          "The weights are those of the snapshot dates, applied to the whole window; they are not"
              + " the weights the indices had on "
              + ctx.asOf()
              + ".",
          all);
    }
    double move = m.spread();
    String shareText =
        Math.abs(move) >= ReportRule.MIN_MOVE_FOR_SHARES
            ? ((ts - tl) / move < 0
                ? "By the share rule the sector mix worked against the relative move ("
                    + DriversSection.share(ts - tl, move)
                    + ", '"
                    + ReportRule.shareWord((ts - tl) / move)
                    + "' in size)."
                : "By the share rule the sector mix explains "
                    + ReportRule.shareWord((ts - tl) / move)
                    + " of the relative move ("
                    + DriversSection.share(ts - tl, move)
                    + ").")
            : "By the share rule the relative move of "
                + Format.pp(move)
                + " is too small (under 0.5 percentage points) for shares of it to mean anything.";
    w.interpret("sectors_share", shareText, ReportRule.EXPLAINED_SHARE, cId);
    Map<String, SectorContribution> ms = new LinkedHashMap<>();
    cs.forEach(c -> ms.put(c.sector(), c));
    Map<String, SectorContribution> ml = new LinkedHashMap<>();
    cl.forEach(c -> ml.put(c.sector(), c));
    sectorTable(w, rows, ms, ml, all);
    List<String> cats = new ArrayList<>();
    double[] vs = new double[rows.size()];
    double[] vl = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String s = rows.get(i).sector();
      cats.add(s);
      vs[i] = ms.containsKey(s) ? 100 * ms.get(s).contribution() : Double.NaN;
      vl[i] = ml.containsKey(s) ? 100 * ml.get(s).contribution() : Double.NaN;
    }
    w.chart(
        new BarChart(
            "sector_contributions",
            "Sector contributions over the headline window (weight x sector ETF return)",
            "percentage points",
            cats,
            List.of(
                new BarChart.Group(ctx.universe().smallName(), vs),
                new BarChart.Group(ctx.universe().largeName(), vl))),
        all);
    sum.add(
        "Sectors",
        "Sector mix: small minus large sum of weight x sector return",
        Format.pct(ts - tl),
        "- (no sampling interval)",
        DriversSection.share(ts - tl, move),
        all.toArray(Source[]::new));
    for (String n : NAMED) {
      SectorReturn r = rows.stream().filter(x -> x.sector().equals(n)).findFirst().orElse(null);
      if (r != null) {
        sum.add(
            "Sectors",
            n + " ETF return (z); share = (small weight - large weight) x return",
            Format.pct(r.simpleReturn()) + " (z " + Format.num(r.zScore(), 2) + ")",
            "-",
            DriversSection.share(
                (ms.containsKey(n) ? ms.get(n).contribution() : 0)
                    - (ml.containsKey(n) ? ml.get(n).contribution() : 0),
                move));
      }
    }
  }

  private static void sectorTable(
      SectionWriter w,
      List<SectorReturn> rows,
      Map<String, SectorContribution> ms,
      Map<String, SectorContribution> ml,
      List<Source> src) {
    List<List<String>> out = new ArrayList<>();
    for (SectorReturn r : rows) {
      String s = r.sector();
      out.add(
          List.of(
              String.valueOf(r.rank()),
              s,
              Format.pct(r.simpleReturn()),
              Format.num(r.zScore(), 2),
              r.significantGain() ? "gain" : r.significantLoss() ? "loss" : "no",
              weight(ms, s),
              weight(ml, s),
              contrib(ms, s),
              contrib(ml, s)));
    }
    w.table(
        "sectors",
        "Sector ETF price returns over the headline window, best first; z = return over its own"
            + " volatility scaled to the window, significant at |z| >= 1.96; weights from the"
            + " holdings snapshots, contributions = weight x return in percentage points",
        List.of(
            "Rank",
            "Sector",
            "Return",
            "z",
            "Significant",
            "Small weight",
            "Large weight",
            "Small contribution (pp)",
            "Large contribution (pp)"),
        out,
        src);
  }

  private static String weight(Map<String, SectorContribution> m, String s) {
    return m == null || !m.containsKey(s) ? "n/a" : Format.pctAbs(m.get(s).weight());
  }

  private static String contrib(Map<String, SectorContribution> m, String s) {
    return m == null || !m.containsKey(s)
        ? "n/a"
        : String.format(Locale.ROOT, "%+.2f", 100 * m.get(s).contribution());
  }

  /**
   * Sector weights of a holdings snapshot. The synthetic stock snapshot has no weights: its rows of
   * the membership ({@code SMALL}/{@code LARGE}) are weighted by market cap.
   */
  private static Map<String, Double> weights(
      Context ctx, ReportData.Snapshot snap, String membership) {
    CrossSection cs = snap.rows();
    if (ctx.synthetic()) {
      List<Constituent> rows = new ArrayList<>();
      for (Constituent c : cs.rows()) {
        if (List.of(c.memberships().split(",")).stream().anyMatch(x -> x.trim().equals(membership))
            && c.marketCap() > 0) {
          rows.add(c.with(ConstituentField.WEIGHT, c.marketCap()));
        }
      }
      cs = new CrossSection(cs.name(), cs.asOf(), rows);
    }
    return SectorWeights.of(cs);
  }

  /** Keeps the sectors that have a return and rescales to 1 (cash and other lines drop out). */
  private static Map<String, Double> only(Map<String, Double> weights, Map<String, Double> ret) {
    Map<String, Double> out = new LinkedHashMap<>();
    double total = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (ret.containsKey(e.getKey())) {
        out.put(e.getKey(), e.getValue());
        total += e.getValue();
      }
    }
    final double t = total;
    out.replaceAll((k, v) -> v / t);
    return out;
  }

  /** The GICS sector of a sector series id (real SPDR ticker or synthetic sector name). */
  private static String gics(String id) {
    String tail = SeriesId.of(id).tail();
    if (id.startsWith(Universe.SYN)) {
      try {
        return SectorEtf.valueOf(tail).sector();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return SectorEtf.forTicker(tail).map(SectorEtf::sector).orElse(null);
  }

  private static String lower(String sector) {
    return sector.toLowerCase(Locale.ROOT);
  }
}
