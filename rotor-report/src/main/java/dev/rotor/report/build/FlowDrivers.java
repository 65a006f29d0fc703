package dev.rotor.report.build;

import dev.rotor.flows.FlowSeries;
import dev.rotor.flows.Flows;
import dev.rotor.report.Source;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The trading-volume part of the drivers section: the small-cap ETF's share of small plus large ETF
 * dollar volume ({@link Flows}, as {@code rotor drivers flows}), a proxy for interest, not a flow.
 */
final class FlowDrivers {
  private FlowDrivers() {}

  /** Trailing window of the volume-share z-score, as the CLI's default. */
  static final int FLOW_WINDOW = 63;

  static void flows(Context ctx, SectionWriter w, DriversSection.Summary sum) {
    String si = ctx.role(Universe.Role.SMALL_ETF_BARS);
    String li = ctx.role(Universe.Role.LARGE_ETF_BARS);
    BarSeries sb = ctx.bars(si).orElse(null);
    BarSeries lb = ctx.bars(li).orElse(null);
    if (sb == null || lb == null) {
      w.fact(
          "flows_missing",
          "The trading-volume share is not computed: the data hold no small-cap and large-cap ETF"
              + " bars with volume.",
          ctx.source(ctx.universe().small(), null, ctx.asOf()));
      return;
    }
    LocalDate from = ctx.asOf().minusYears(2);
    FlowSeries f =
        Flows.of(sb.between(from, ctx.asOf()), lb.between(from, ctx.asOf()), FLOW_WINDOW);
    DateSeries share = f.smallShare();
    if (share.isEmpty()) {
      return;
    }
    LocalDate d = share.lastDate();
    OptionalDouble z = f.smallShareZ().get(d);
    String sn = name(ctx, si, true);
    String ln = name(ctx, li, false);
    List<Source> src =
        List.of(
            ctx.source(si, d.minusDays(2 * FLOW_WINDOW), d),
            ctx.source(li, d.minusDays(2 * FLOW_WINDOW), d));
    String fid =
        w.fact(
            "flows",
            String.format(
                Locale.ROOT,
                "On %s, %s made up %s of the combined dollar volume (close x volume) of %s and %s;"
                    + " that is %s standard deviations from its average over the previous %d"
                    + " trading days. Dollar volume counts trading, not money flowing in or out,"
                    + " so this is a proxy for interest, not a flow.",
                d,
                sn,
                Format.pctAbs(share.lastValue()),
                sn,
                ln,
                z.isPresent() ? String.format(Locale.ROOT, "%+.2f", z.getAsDouble()) : "n/a",
                FLOW_WINDOW),
            src);
    if (z.isPresent()) {
      w.interpret(
          "flows_word",
          "By the trading-interest rule the small-cap share of volume is "
              + ReportRule.volumeShareWord(z.getAsDouble())
              + ".",
          ReportRule.VOLUME_SHARE,
          fid);
    }
    sum.add(
        "Volume (proxy)",
        sn + " share of small + large ETF dollar volume (z vs previous " + FLOW_WINDOW + " days)",
        Format.pctAbs(share.lastValue())
            + (z.isPresent() ? String.format(Locale.ROOT, " (z %+.2f)", z.getAsDouble()) : ""),
        "-",
        "- (not a return)",
        src.toArray(Source[]::new));
  }

  private static String name(Context ctx, String id, boolean small) {
    if (id.startsWith(Universe.SYN)) {
      return small ? "the synthetic small-cap index" : "the synthetic large-cap index";
    }
    return SeriesId.of(id).tail();
  }
}
