package dev.rotor.cli;

import dev.rotor.liquidity.BucketLiquidity;
import dev.rotor.liquidity.BucketRule;
import dev.rotor.liquidity.Liquidity;
import dev.rotor.liquidity.LiquidityMeasure;
import dev.rotor.liquidity.LiquiditySpec;
import dev.rotor.liquidity.Measurement;
import dev.rotor.liquidity.Position;
import dev.rotor.liquidity.SizeBucketTable;
import dev.rotor.series.DateSeries;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor liquidity-buckets}: liquidity across a stock panel by size bucket. */
@Command(
    name = "liquidity-buckets",
    mixinStandardHelpOptions = true,
    description = {
      "Liquidity across the stocks of a panel (e.g. the stock panel's closes) grouped by market"
          + " cap from a snapshot (e.g. the Nasdaq screener): per bucket the median cap and the"
          + " median of each measure, with the number of tickers that have a value.",
      "A closes-only panel supports volatility and the Roll spread; volume-based measures are"
          + " n/a with the reason. The panel holds only tickers still listed (survivorship)."
    })
final class LiquidityBucketsCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--panel",
      required = true,
      paramLabel = "FILE",
      description = "Imported multi-series file (e.g. adj_close_wide_2019-2026).")
  String panel;

  @Option(
      names = "--caps",
      required = true,
      paramLabel = "SNAPSHOT",
      description = "Snapshot with market caps (e.g. nasdaq_screener_2025-02).")
  String caps;

  @Option(
      names = "--from",
      converter = DateConverter.class,
      required = true,
      description = "First date.")
  LocalDate from;

  @Option(
      names = "--to",
      converter = DateConverter.class,
      required = true,
      description = "Last date.")
  LocalDate to;

  @Option(
      names = "--quantiles",
      description = "Equal-count buckets by cap (default ${DEFAULT-VALUE}).")
  int quantiles = 5;

  @Option(
      names = "--thresholds",
      split = ",",
      description = "Instead: cap thresholds in USD (e.g. 2e9,10e9).")
  double[] thresholds;

  @Mixin JsonOption output;

  record BucketDto(
      int rank,
      String label,
      int members,
      double minCap,
      double maxCap,
      double medianCap,
      Map<String, Double> medians,
      Map<String, Integer> counts) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      SizeBucketTable t;
      try {
        Map<String, DateSeries> closes = service.seriesOfFile(panel);
        Map<String, Double> capMap =
            Liquidity.marketCaps(service.snapshotRows(service.snapshot(caps)));
        BucketRule rule =
            thresholds == null
                ? BucketRule.quantiles(quantiles)
                : BucketRule.thresholds(thresholds);
        t =
            Liquidity.bySize(
                closes, capMap, rule, LiquiditySpec.of(from, to, Position.dollars(1e6)));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      List<BucketDto> rows = new ArrayList<>();
      for (BucketLiquidity b : t.buckets()) {
        Map<String, Double> med = new LinkedHashMap<>();
        Map<String, Integer> cnt = new LinkedHashMap<>();
        for (LiquidityMeasure m : LiquidityMeasure.values()) {
          Measurement x = b.measurement(m);
          med.put(m.name().toLowerCase(Locale.ROOT), Json.number(x.value()));
          cnt.put(m.name().toLowerCase(Locale.ROOT), x.observations());
        }
        rows.add(
            new BucketDto(
                b.rank(), b.label(), b.members(), b.minCap(), b.maxCap(), b.medianCap(), med, cnt));
      }
      if (output.json) {
        Json.write(out, rows);
        return 0;
      }
      out.printf(
          "Liquidity by size %s..%s: %d buckets; %d tickers without a cap, %d caps without closes%n",
          from, to, rows.size(), t.withoutCap().size(), t.withoutCloses().size());
      TextTable tt =
          new TextTable(
              "BUCKET",
              "TICKERS",
              "MEDIAN CAP",
              "MEDIAN VOL (DAILY)",
              "MEDIAN ROLL SPREAD",
              "AMIHUD");
      for (BucketDto b : rows) {
        tt.add(
            b.label(),
            String.valueOf(b.members()),
            String.format(Locale.ROOT, "$%,.0fM", b.medianCap() / 1e6),
            pct(b.medians().get("volatility")) + " (" + b.counts().get("volatility") + ")",
            pct(b.medians().get("roll")) + " (" + b.counts().get("roll") + ")",
            b.medians().get("amihud") == null
                ? "n/a (no volume)"
                : String.format(Locale.ROOT, "%.3g", b.medians().get("amihud")));
      }
      tt.print(out);
      return 0;
    }
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }
}
