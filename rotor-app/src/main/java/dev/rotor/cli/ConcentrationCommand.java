package dev.rotor.cli;

import dev.rotor.concentration.BasketContribution;
import dev.rotor.concentration.Breadth;
import dev.rotor.concentration.BreadthDay;
import dev.rotor.concentration.BreadthResult;
import dev.rotor.concentration.Concentration;
import dev.rotor.concentration.ContributionResult;
import dev.rotor.concentration.Contributions;
import dev.rotor.concentration.WeightingSpread;
import dev.rotor.returns.PriceBasis;
import dev.rotor.series.DateSeries;
import dev.rotor.service.RotorService;
import dev.rotor.store.StoredSnapshot;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

/** {@code rotor concentration}: how much a few names drove a cap-weighted index. */
@Command(
    name = "concentration",
    mixinStandardHelpOptions = true,
    description = {
      "Contribution of a basket (default: the Magnificent Seven) or of the top N names to a"
          + " cap-weighted index return over a window, from a holdings snapshot's weights rolled"
          + " back by each name's relative price (constant shares: an approximation, printed), and"
          + " a price panel; HHI and effective number of names of the weights; optionally the"
          + " equal- vs cap-weight spread (--equal/--cap) and breadth of the panel (--breadth)."
    })
final class ConcentrationCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--holdings",
      required = true,
      paramLabel = "ID",
      description = "Holdings snapshot (e.g. IVV_holdings).")
  String holdings;

  @Option(
      names = "--prices",
      required = true,
      paramLabel = "FILE",
      description = "Imported price panel (e.g. adj_close_wide_2019-2026).")
  String prices;

  @Mixin WindowOptions window;

  @Option(
      names = "--basket",
      split = ",",
      description = "Tickers of the basket (default: AAPL,MSFT,GOOG,GOOGL,AMZN,NVDA,META,TSLA).")
  List<String> basket;

  @Option(
      names = "--top",
      description = "Also the top N names by start weight (default ${DEFAULT-VALUE}).")
  int top = 10;

  @Option(names = "--equal", paramLabel = "ID", description = "Equal-weight series (e.g. etf/RSP).")
  String equal;

  @Option(names = "--cap", paramLabel = "ID", description = "Cap-weight series (e.g. etf/SPY).")
  String cap;

  @Option(names = "--breadth", description = "Also breadth of the price panel over the window.")
  boolean breadth;

  @Mixin JsonOption output;

  record Result(
      String holdings,
      String asOf,
      String from,
      String to,
      double indexReturn,
      double coveredWeight,
      int excluded,
      double hhi,
      double effectiveNames,
      BasketContribution basket,
      BasketContribution top,
      WeightingSpread weighting,
      BreadthDay breadthLast,
      String approximation,
      String survivorship) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      Result r;
      try {
        StoredSnapshot s = service.snapshot(holdings);
        if (s.asOf() == null) {
          throw new IllegalArgumentException("--holdings: " + s.id() + " states no as-of date");
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        Concentration.equityWeights(service.snapshotRows(s))
            .forEach((k, v) -> weights.merge(k.replace('.', '-'), v, Double::sum));
        Map<String, DateSeries> panel = service.seriesOfFile(prices);
        ContributionResult c = Contributions.over(weights, s.asOf(), panel, window.from, window.to);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (basket == null) {
          names.addAll(Contributions.MAGNIFICENT_SEVEN);
        } else {
          basket.forEach(b -> names.add(b.trim().toUpperCase(Locale.ROOT).replace('.', '-')));
        }
        double[] w = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
        WeightingSpread ws = null;
        if (equal != null && cap != null) {
          ws =
              WeightingSpread.of(
                  service.levels(equal, PriceBasis.PRICE).values(),
                  service.levels(cap, PriceBasis.PRICE).values(),
                  window.from,
                  window.to);
        }
        BreadthDay last = null;
        String note = null;
        if (breadth) {
          BreadthResult b = Breadth.of(panel, window.from, window.to);
          last = b.days().isEmpty() ? null : b.days().get(b.days().size() - 1);
          note = b.survivorshipNote();
        }
        r =
            new Result(
                s.id(),
                s.asOf().toString(),
                window.from.toString(),
                window.to.toString(),
                c.indexReturn(),
                c.coveredAsOfWeight(),
                c.excluded().size(),
                Concentration.hhi(w),
                Concentration.effectiveNumber(w),
                c.basket(basket == null ? "Magnificent Seven" : "basket", names),
                c.topN(top),
                ws,
                last,
                c.approximation(),
                note);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (output.json) {
        Json.write(out, r);
        return 0;
      }
      out.printf("%s weights as of %s, window %s..%s%n", r.holdings(), r.asOf(), r.from(), r.to());
      out.printf(
          "approximate index return %s (names covering %.1f%% of the weight; %d excluded)%n",
          pct(r.indexReturn()), 100 * r.coveredWeight(), r.excluded());
      for (BasketContribution b : List.of(r.basket(), r.top())) {
        out.printf(
            "%-18s start weight %6.2f%%, contribution %+.2f pp, %.1f%% of the index return%s%n",
            b.label(),
            100 * b.startWeight(),
            100 * b.contribution(),
            100 * b.shareOfTotal(),
            b.missing().isEmpty() ? "" : " (missing: " + String.join(", ", b.missing()) + ")");
      }
      out.printf(
          "HHI %.4f, effective number of names %.1f (as-of weights)%n",
          r.hhi(), r.effectiveNames());
      if (r.weighting() != null) {
        out.printf(
            "equal weight %s vs cap weight %s: spread %s%n",
            pct(r.weighting().equalReturn()),
            pct(r.weighting().capReturn()),
            pct(r.weighting().spread()));
      }
      if (r.breadthLast() != null) {
        BreadthDay b = r.breadthLast();
        out.printf(
            "breadth on %s: %.1f%% above 50-day average, %.1f%% above 200-day, A/D line %d%n",
            b.date(), 100 * b.share50(), 100 * b.share200(), b.adLine());
        out.println("NOTE: " + r.survivorship());
      }
      out.println("NOTE: " + r.approximation());
      return 0;
    }
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%+.2f%%", 100 * v);
  }
}
