package dev.rotor.cli;

import dev.rotor.returns.PriceBasis;
import dev.rotor.sectors.Attribution;
import dev.rotor.sectors.AttributionRow;
import dev.rotor.sectors.BrinsonFachler;
import dev.rotor.sectors.SectorEtf;
import dev.rotor.sectors.SectorReturn;
import dev.rotor.sectors.SectorReturns;
import dev.rotor.sectors.SectorWeights;
import dev.rotor.sectors.SignificanceRule;
import dev.rotor.series.DateSeries;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
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

/** {@code rotor sectors}: sector returns over a window and small-vs-large sector attribution. */
@Command(
    name = "sectors",
    mixinStandardHelpOptions = true,
    description = {
      "Returns of the 11 SPDR sector ETFs over a window, ranked, each flagged significant when"
          + " its log return exceeds --threshold times its pre-window daily volatility scaled to"
          + " the window (z-score).",
      "With --small-holdings and --large-holdings (iShares snapshots), each universe's return"
          + " from its sector weights and the sector ETF returns, and a Brinson-Fachler split of"
          + " small minus large; with the same sector returns on both sides it is all allocation"
          + " (the shared data has no small-cap sector returns; see docs/conventions.md)."
    })
final class SectorsCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Mixin WindowOptions window;

  @Option(
      names = "--etfs",
      description = "Id prefix of the sector ETF series (default ${DEFAULT-VALUE}).")
  String etfs = "factor_attribution/etf";

  @Option(
      names = "--threshold",
      description = "z-score above which a move is significant (default ${DEFAULT-VALUE}).")
  double threshold = SignificanceRule.defaults().threshold();

  @Option(
      names = "--small-holdings",
      paramLabel = "ID",
      description = "Small-cap holdings snapshot (e.g. IWM_holdings).")
  String smallHoldings;

  @Option(
      names = "--large-holdings",
      paramLabel = "ID",
      description = "Large-cap holdings snapshot (e.g. IVV_holdings).")
  String largeHoldings;

  @Option(
      names = "--panel",
      paramLabel = "FILE",
      description =
          "Price panel (e.g. adj_close_wide_2019-2026): each universe's own sector returns from"
              + " its holdings' returns, so selection and interaction are measured.")
  String panel;

  @Mixin JsonOption output;

  record Result(String from, String to, List<SectorReturn> sectors, Attribution attribution) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      Result r;
      try {
        Map<String, DateSeries> levels = new LinkedHashMap<>();
        for (SectorEtf e : SectorEtf.values()) {
          levels.put(
              e.sector(), service.levels(etfs + "/" + e.ticker(), PriceBasis.PRICE).values());
        }
        List<SectorReturn> rows =
            SectorReturns.over(
                levels,
                window.from,
                window.to,
                new SignificanceRule(threshold, SignificanceRule.defaults().lookback()));
        Attribution a = null;
        if (smallHoldings != null && largeHoldings != null) {
          Map<String, Double> returns = new LinkedHashMap<>();
          rows.forEach(x -> returns.put(x.sector(), x.simpleReturn()));
          var smallRows = service.snapshotRows(service.snapshot(smallHoldings));
          var largeRows = service.snapshotRows(service.snapshot(largeHoldings));
          Map<String, Double> ws = only(SectorWeights.of(smallRows), returns);
          Map<String, Double> wl = only(SectorWeights.of(largeRows), returns);
          Map<String, Double> rs = returns;
          Map<String, Double> rl = returns;
          if (panel != null) {
            Map<String, Double> stock = new LinkedHashMap<>();
            service
                .seriesOfFile(panel)
                .forEach(
                    (ticker, px) -> {
                      int b = px.indexOnOrBefore(window.from.minusDays(1));
                      int e = px.indexOnOrBefore(window.to);
                      if (b >= 0 && e > b) {
                        stock.put(ticker, px.valueAt(e) / px.valueAt(b) - 1);
                      }
                    });
            rs = ownReturns(dev.rotor.sectors.UniverseReturns.bySector(smallRows, stock), returns);
            rl = ownReturns(dev.rotor.sectors.UniverseReturns.bySector(largeRows, stock), returns);
          }
          a = BrinsonFachler.attribute(ws, rs, wl, rl);
        }
        r = new Result(window.from.toString(), window.to.toString(), rows, a);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (output.json) {
        Json.write(out, r);
        return 0;
      }
      out.printf(
          "Sector ETF returns %s..%s (significant: |z| > %.2f)%n",
          window.from, window.to, threshold);
      TextTable t = new TextTable("#", "SECTOR", "FROM", "TO", "RETURN", "Z", "");
      for (SectorReturn x : r.sectors()) {
        t.add(
            String.valueOf(x.rank()),
            x.sector(),
            x.window().start().toString(),
            x.window().end().toString(),
            pct(x.simpleReturn()),
            Double.isNaN(x.zScore()) ? "n/a" : String.format(Locale.ROOT, "%+.2f", x.zScore()),
            x.significantGain()
                ? "significant gain"
                : x.significantLoss() ? "significant loss" : "");
      }
      t.print(out);
      if (r.attribution() != null) {
        Attribution a = r.attribution();
        out.printf(
            "Brinson-Fachler, %s vs %s: %s vs %s; allocation %s, selection %s, interaction %s%n",
            smallHoldings,
            largeHoldings,
            pct(a.portfolioReturn()),
            pct(a.benchmarkReturn()),
            pct(a.allocation()),
            pct(a.selection()),
            pct(a.interaction()));
        TextTable at =
            new TextTable(
                "SECTOR",
                "SMALL WEIGHT",
                "LARGE WEIGHT",
                "SMALL CONTRIB",
                "LARGE CONTRIB",
                "ALLOCATION");
        for (AttributionRow x : a.rows()) {
          at.add(
              x.sector(),
              pct(x.portfolioWeight()),
              pct(x.benchmarkWeight()),
              pct(x.portfolioWeight() * x.portfolioReturn()),
              pct(x.benchmarkWeight() * x.benchmarkReturn()),
              pct(x.allocation()));
        }
        at.print(out);
        out.println(
            panel == null
                ? "NOTE: holdings weights are today's snapshot applied to the window; both sides use"
                    + " the SPDR sector returns, so selection is zero by construction (use --panel)."
                : "NOTE: holdings weights and members are today's snapshot applied to the window;"
                    + " sector returns are holdings-weighted returns of members in the panel"
                    + " (survivors only), falling back to the SPDR return where none is covered.");
      }
      return 0;
    }
  }

  /** A universe's own sector returns where covered, else the sector ETF's return. */
  private static Map<String, Double> ownReturns(
      Map<String, dev.rotor.sectors.UniverseReturns.Covered> own, Map<String, Double> etf) {
    Map<String, Double> out = new LinkedHashMap<>(etf);
    own.forEach(
        (sector, c) -> {
          if (out.containsKey(sector) && !Double.isNaN(c.sectorReturn())) {
            out.put(sector, c.sectorReturn());
          }
        });
    return out;
  }

  /** Keeps the sectors that have a return and rescales to 1 (cash and other lines drop out). */
  private static Map<String, Double> only(
      Map<String, Double> weights, Map<String, Double> returns) {
    Map<String, Double> out = new LinkedHashMap<>();
    double sum = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (returns.containsKey(e.getKey())) {
        out.put(e.getKey(), e.getValue());
        sum += e.getValue();
      }
    }
    final double total = sum;
    out.replaceAll((k, v) -> v / total);
    return out;
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%+.2f%%", 100 * v);
  }
}
