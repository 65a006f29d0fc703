package dev.rotor.report.build;

import dev.rotor.leadership.LeadershipTable;
import dev.rotor.leadership.PairComparison;
import dev.rotor.leadership.Window;
import dev.rotor.leadership.WindowRow;
import dev.rotor.report.Section;
import dev.rotor.report.Source;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Drivers" section: rates, the economy, valuation, sectors and trading volume, each with its
 * number, its interval and, where the method gives one, the share of the headline window's
 * small-minus-large move it explains. Each part is computed on its own: a part whose data are
 * missing says so in a FACT and the others are still written. The parts live in {@link
 * RateDrivers}, {@link EconomyDrivers} and {@link MarketDrivers}; this class holds what they share
 * (the relative move and the summary table).
 */
final class DriversSection {
  private DriversSection() {}

  /**
   * The relative move the drivers are measured against: small minus large over the headline window.
   *
   * @param label the window label (e.g. "YTD")
   * @param words how a sentence names the window (e.g. "the year to date")
   * @param start the base close date (returns run from its close)
   * @param end the last close date
   * @param small small-cap price return over the window
   * @param large large-cap price return over the window
   * @param spread {@code small - large}
   */
  record Move(
      String label,
      String words,
      LocalDate start,
      LocalDate end,
      double small,
      double large,
      double spread) {}

  /** Rows of the closing summary table and their sources, filled by the parts. */
  static final class Summary {
    final List<List<String>> rows = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();

    void add(
        String driver,
        String measure,
        String estimate,
        String interval,
        String share,
        Source... src) {
      rows.add(List.of(driver, measure, estimate, interval, share));
      for (Source s : src) {
        if (!sources.contains(s)) {
          sources.add(s);
        }
      }
    }
  }

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("drivers", "Drivers");
    Move m = move(ctx);
    Summary sum = new Summary();
    Universe u = ctx.universe();
    w.fact(
        "move",
        String.format(
            "The relative move to explain is the headline window, %s (%s to %s): %s returned %s"
                + " and %s %s, so small minus large was %s.",
            m.words(),
            m.start(),
            m.end(),
            u.smallName(),
            Format.pct(m.small()),
            u.largeName(),
            Format.pct(m.large()),
            Format.pct(m.spread())),
        ctx.source(u.small(), m.start(), m.end()),
        ctx.source(u.large(), m.start(), m.end()));
    w.paragraph();
    part(ctx, w, "rates", "The rate sensitivity", () -> RateDrivers.write(ctx, w, m, sum));
    part(ctx, w, "economy", "The economic correlations", () -> EconomyDrivers.write(ctx, w, sum));
    part(
        ctx,
        w,
        "valuation",
        "The valuation comparison",
        () -> EconomyDrivers.valuation(ctx, w, sum));
    part(ctx, w, "sectors", "The sector returns", () -> MarketDrivers.sectors(ctx, w, m, sum));
    part(ctx, w, "flows", "The trading-volume share", () -> FlowDrivers.flows(ctx, w, sum));
    if (!sum.rows.isEmpty()) {
      w.table(
          "drivers",
          "Drivers of small minus large: estimate, 95% interval and share of the headline"
              + " window's relative move (share only where the method splits the move)",
          List.of("Driver", "Measure", "Estimate", "95% interval", "Share of relative move"),
          sum.rows,
          sum.sources);
    }
    return w.build();
  }

  /** The headline window's small-minus-large move. */
  static Move move(Context ctx) {
    LeadershipTable t = LeadershipSection.table(ctx);
    Window hw = LeadershipSection.headlineWindow(t);
    WindowRow.Available row = (WindowRow.Available) t.row(hw);
    SeriesId s = SeriesId.of(ctx.universe().small());
    SeriesId l = SeriesId.of(ctx.universe().large());
    PairComparison pc = row.pair(s, l);
    String words = LeadershipSection.describe(hw);
    return new Move(
        hw.label(),
        words,
        row.resolved().start(),
        row.resolved().end(),
        row.returnOf(s).total(),
        row.returnOf(l).total(),
        pc.spread());
  }

  /** Runs one part; an unexpected failure becomes a FACT saying what could not be computed. */
  private static void part(Context ctx, SectionWriter w, String key, String what, Runnable r) {
    try {
      ctx.timed("  drivers/" + key, r);
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      w.fact(
          key + "_unavailable",
          what + " could not be computed: " + why + ".",
          ctx.source(ctx.universe().small(), null, ctx.asOf()));
    }
    w.paragraph();
  }

  /** A correlation or other plain number interval: "[-0.12, 0.34]". */
  static String numInterval(double lo, double hi, int d) {
    return "[" + Format.num(lo, d) + ", " + Format.num(hi, d) + "]";
  }

  /** A share of the relative move, or a dash when the move is too small for shares. */
  static String share(double part, double move) {
    if (!(Math.abs(move) >= ReportRule.MIN_MOVE_FOR_SHARES)) {
      return "n/a (move under 0.5 pp)";
    }
    return String.format(Locale.ROOT, "%.0f%%", 100 * part / move);
  }

  /** "1 month" / "3 months". */
  static String months(int k) {
    return k + (k == 1 ? " month" : " months");
  }
}
