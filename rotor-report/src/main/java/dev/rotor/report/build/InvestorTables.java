package dev.rotor.report.build;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.etf.EtfComparison;
import dev.rotor.etf.EtfComparisonResult;
import dev.rotor.report.Source;
import dev.rotor.screen.ScreenHit;
import dev.rotor.screen.ScreenQuery;
import dev.rotor.screen.ScreenResult;
import dev.rotor.screen.Screener;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two tables of the investor section: the top names of a documented fundamentals screen of the
 * small-cap members of a snapshot ({@link Screener}), and the small-cap ETFs against the small-cap
 * index over the last three years ({@link EtfComparison}).
 */
final class InvestorTables {
  private InvestorTables() {}

  /**
   * The default screen: positive trailing earnings shown by a reported P/E, a P/E of at most 30,
   * and debt below equity. A P/E is reported only when trailing earnings are positive, so it also
   * stands for "profitable" where a snapshot lost its minus signs.
   */
  static final String SCREEN_WHERE = "pe > 0 and pe <= 30 and debt_to_equity < 1";

  /** The ranking of the screen: largest market capitalisation first. */
  static final String SCREEN_RANK = "market_cap desc";

  /** Rows shown. */
  static final int TOP = 10;

  /** Rows below which a snapshot without any negative figure is not suspected of lost signs. */
  static final int SIGN_CHECK_MIN_ROWS = 100;

  /** Years of daily closes behind the ETF comparison. */
  static final int ETF_YEARS = 3;

  /** The membership tag of small caps in a snapshot: "SMALL" in the synthetic one, else "RUT". */
  static String smallTag(Context ctx) {
    return ctx.synthetic() ? "SMALL" : "RUT";
  }

  static void screen(Context ctx, SectionWriter w) {
    String id = ctx.role(Universe.Role.SMALL_FUNDAMENTALS);
    Source none = new Source(ctx.universe().small(), "", null, ctx.asOf());
    if (ctx.snapshot(id).isEmpty()) {
      w.fact(
          "screen_missing",
          "No fundamentals screen is shown: the data lack a fundamentals snapshot covering small"
              + " caps.",
          none);
      w.paragraph();
      return;
    }
    ReportData.Snapshot snap = ctx.snapshot(id).get();
    CrossSection cs = snap.rows();
    LocalDate date = cs.asOf();
    Source src = new Source(snap.id(), snap.origin(), null, date == null ? ctx.asOf() : date);
    if (date != null && date.isAfter(ctx.asOf())) {
      w.fact(
          "screen_missing",
          "No fundamentals screen is shown: the only small-cap fundamentals snapshot is dated "
              + date
              + ", after the as-of date.",
          src);
      w.paragraph();
      return;
    }
    String member = "memberships contains \"" + smallTag(ctx) + "\"";
    ScreenResult members = Screener.run(cs, ScreenQuery.parse(member, null, ScreenQuery.ALL));
    ScreenResult r =
        Screener.run(cs, ScreenQuery.parse(member + " and " + SCREEN_WHERE, SCREEN_RANK, TOP));
    boolean signsLost = signsLost(members);
    w.fact(
        "screen",
        String.format(
            Locale.ROOT,
            "The screen below takes the %,d small-cap members (membership %s) of the"
                + " fundamentals snapshot %s dated %s and keeps those with a reported P/E"
                + " between 0 and 30 (positive trailing earnings) and debt below equity"
                + " (debt/equity under 1): %,d pass; the table shows the %d largest by market"
                + " capitalisation.",
            members.matched(),
            smallTag(ctx),
            snap.id(),
            date == null ? "(not dated)" : date,
            r.matched(),
            Math.min(TOP, r.matched())),
        src);
    String caveat =
        String.format(
            "Caveats: the snapshot lists the members on its own date, %s, so companies that"
                + " had left the index or failed before then are absent (survivorship), and its"
                + " figures may be stale; the screen is a filter, not a recommendation.",
            date == null
                ? "not stated"
                : date.equals(ctx.asOf())
                    ? date + " (the as-of date)"
                    : date + ", " + days(date, ctx.asOf()) + " days before the as-of date");
    w.fact("screen_caveat", caveat, src);
    if (signsLost) {
      w.fact(
          "screen_signs",
          String.format(
              Locale.ROOT,
              "None of the %,d members shows a negative sales growth, earnings growth, margin or"
                  + " income, which real markets always have: the snapshot has lost its minus"
                  + " signs, so its growth figures are left out of the table.",
              members.matched()),
          src);
    }
    List<String> cols =
        new ArrayList<>(
            List.of("#", "Ticker", "Name", "Sector", "Market cap (US$ bn)", "P/E", "Debt/equity"));
    if (!signsLost) {
      cols.add("Sales growth");
    }
    List<List<String>> rows = new ArrayList<>();
    for (ScreenHit h : r.hits()) {
      Constituent c = h.row();
      List<String> row =
          new ArrayList<>(
              List.of(
                  String.valueOf(h.rank()),
                  c.ticker(),
                  c.name(),
                  c.sector(),
                  Format.num(c.get(ConstituentField.MARKET_CAP) / 1e9, 2),
                  Format.num(c.get(ConstituentField.PE), 1),
                  Format.num(c.get(ConstituentField.DEBT_TO_EQUITY), 2)));
      if (!signsLost) {
        row.add(Format.pct(c.get(ConstituentField.SALES_GROWTH)));
      }
      rows.add(row);
    }
    w.table(
        "screen_table",
        "Fundamentals screen of small caps ("
            + SCREEN_WHERE
            + ", ranked by "
            + SCREEN_RANK
            + "), snapshot "
            + (date == null ? "not dated" : date)
            + ": a filter, not a recommendation",
        cols,
        rows,
        List.of(src));
  }

  /** True when a large snapshot has no negative growth, margin or income at all. */
  static boolean signsLost(ScreenResult members) {
    if (members.matched() < SIGN_CHECK_MIN_ROWS) {
      return false;
    }
    ConstituentField[] signed = {
      ConstituentField.SALES_GROWTH,
      ConstituentField.EARNINGS_GROWTH,
      ConstituentField.PROFIT_MARGIN,
      ConstituentField.INCOME
    };
    for (ScreenHit h : members.hits()) {
      for (ConstituentField f : signed) {
        if (h.row().get(f) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static long days(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }

  /** The small-cap ETFs present in the data, other than the small-cap series itself. */
  static List<String> etfIds(Context ctx) {
    List<String> out = new ArrayList<>();
    for (String id : ctx.universe().defaults().getOrDefault(Universe.Role.SMALL_ETFS, List.of())) {
      if (ctx.series(id).isPresent() && !id.equals(ctx.universe().small())) {
        out.add(id);
      }
    }
    return out;
  }

  static void etfs(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    List<String> ids = etfIds(ctx);
    if (ids.isEmpty()) {
      w.fact(
          "etfs_missing",
          "No ETF comparison is shown: the data hold no small-cap ETF series other than the "
              + u.smallName()
              + " itself.",
          new Source(u.small(), "", null, ctx.asOf()));
      w.paragraph();
      return;
    }
    LocalDate from = ctx.asOf().minusYears(ETF_YEARS);
    DateSeries index = ctx.values(u.small()).between(from, ctx.asOf());
    Frequency f = Frequency.infer(index.dates());
    List<List<String>> rows = new ArrayList<>();
    List<Source> src = new ArrayList<>();
    src.add(ctx.source(u.small(), index.firstDate(), index.lastDate()));
    String best = null;
    EtfComparisonResult bestR = null;
    for (String id : ids) {
      DateSeries e = ctx.values(id).between(from, ctx.asOf());
      EtfComparisonResult r = EtfComparison.compare(e, index, 0.0, f);
      if (r.firstDate() == null || !Double.isFinite(r.trackingError())) {
        continue;
      }
      src.add(ctx.source(id, r.firstDate(), r.lastDate()));
      rows.add(
          List.of(
              RiskSection.tail(id),
              r.firstDate().toString(),
              r.lastDate().toString(),
              Format.pct(r.etfAnnualReturn()),
              Format.pct(r.indexAnnualReturn()),
              Format.pct(r.trackingDifference()),
              Format.pctAbs(r.trackingError()),
              Format.num(r.correlation(), 3)));
      if (bestR == null || r.trackingError() < bestR.trackingError()) {
        best = id;
        bestR = r;
      }
    }
    if (bestR == null) {
      w.fact(
          "etfs_missing",
          "No ETF comparison is shown: no small-cap ETF shares dates with the "
              + u.smallName()
              + " in the last "
              + ETF_YEARS
              + " years.",
          src);
      w.paragraph();
      return;
    }
    w.fact(
        "etfs",
        String.format(
            Locale.ROOT,
            "Of %d small-cap ETF%s, %s followed the %s most closely over %s from %s to"
                + " %s: tracking error %s a year, correlation of daily returns %.3f, and an"
                + " annualised return %s against %s for the index (tracking difference %s).",
            rows.size(),
            rows.size() == 1 ? "" : "s",
            RiskSection.tail(best),
            u.smallName(),
            RiskSection.window(ctx, ETF_YEARS, bestR.firstDate()),
            bestR.firstDate(),
            bestR.lastDate(),
            Format.pctAbs(bestR.trackingError()),
            bestR.correlation(),
            Format.pct(bestR.etfAnnualReturn()),
            Format.pct(bestR.indexAnnualReturn()),
            Format.pct(bestR.trackingDifference())),
        src);
    w.table(
        "etf_table",
        "Small-cap ETFs against the "
            + u.smallName()
            + " (daily closes on common dates; tracking difference = ETF minus index annualised"
            + " return; tracking error = annualised standard deviation of the daily return"
            + " difference). Dividend-adjusted ETF closes against a price index add the dividend"
            + " yield to the tracking difference, and an ETF that follows another small-cap index"
            + " also differs by its index",
        List.of(
            "ETF",
            "From",
            "To",
            "ETF (ann.)",
            "Index (ann.)",
            "Tracking difference",
            "Tracking error",
            "Correlation"),
        rows,
        src);
  }
}
