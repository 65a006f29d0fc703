package dev.rotor.cli;

import dev.rotor.holding.AnnualisedDistribution;
import dev.rotor.holding.HoldingComparison;
import dev.rotor.holding.HoldingPeriod;
import dev.rotor.holding.HoldingPeriods;
import dev.rotor.holding.WindowSpan;
import dev.rotor.returns.PriceBasis;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesKind;
import dev.rotor.service.RotorService;
import dev.rotor.store.StoredSeries;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor holding}: rolling N-year outcomes of small vs large. */
@Command(
    name = "holding",
    mixinStandardHelpOptions = true,
    description = {
      "Rolling N-year holding periods (overlapping windows of N years of periods): probability"
          + " of loss, probability that small beats large, worst, median and best annualised"
          + " returns, for small vs large (levels or returns, e.g. French Lo_10 vs Hi_10) or one"
          + " spread series (--spread, e.g. SMB).",
      "Windows overlap, so the number of independent windows (years of data / N) is printed"
          + " too."
    })
final class HoldingCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--small", paramLabel = "ID", description = "Small-cap series.")
  String small;

  @Option(names = "--large", paramLabel = "ID", description = "Large-cap series of the same kind.")
  String large;

  @Option(
      names = "--spread",
      paramLabel = "ID",
      description = "Instead: one return series on its own (e.g. SMB).")
  String spread;

  @Option(names = "--years", split = ",", description = "Horizons in years (default 1,3,5,10,20).")
  List<Integer> years = HoldingPeriods.STANDARD_YEARS;

  @Option(
      names = "--basis",
      description = "price or total for level series (default ${DEFAULT-VALUE}).")
  PriceBasis basis = PriceBasis.PRICE;

  @Mixin JsonOption output;

  record DistributionDto(
      double lossProbability, Double worst, Double median, Double best, Double mean) {
    static DistributionDto of(AnnualisedDistribution d) {
      return new DistributionDto(
          d.lossProbability(),
          Json.number(d.worst()),
          Json.number(d.median()),
          Json.number(d.best()),
          Json.number(d.mean()));
    }
  }

  record RowDto(
      int years,
      int windows,
      int independentWindows,
      String firstEnd,
      String lastEnd,
      DistributionDto small,
      DistributionDto large,
      DistributionDto relative,
      Double smallBeatsLarge) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      List<RowDto> rows = new ArrayList<>();
      String label;
      boolean synthetic;
      try {
        if (spread != null) {
          if (small != null || large != null) {
            throw new IllegalArgumentException("give either --spread or --small and --large");
          }
          StoredSeries s = service.series(spread);
          synthetic = s.info().synthetic();
          label = s.info().id().value();
          DateSeries v = service.levels(spread, PriceBasis.PRICE).values();
          List<HoldingPeriod> h =
              isReturns(s) ? HoldingPeriods.ofReturns(v, years) : HoldingPeriods.ofLevels(v, years);
          for (HoldingPeriod p : h) {
            WindowSpan w = p.span();
            rows.add(
                new RowDto(
                    w.years(),
                    w.windows(),
                    w.independentWindows(),
                    str(w.firstEnd()),
                    str(w.lastEnd()),
                    DistributionDto.of(p.returns()),
                    null,
                    null,
                    null));
          }
        } else {
          if (small == null || large == null) {
            throw new IllegalArgumentException("give --small and --large, or --spread");
          }
          StoredSeries a = service.series(small);
          StoredSeries b = service.series(large);
          if (isReturns(a) != isReturns(b)) {
            throw new IllegalArgumentException(
                a.info().id() + " and " + b.info().id() + " mix returns and levels");
          }
          synthetic = a.info().synthetic() || b.info().synthetic();
          label = a.info().id() + " vs " + b.info().id();
          PriceBasis pb = isReturns(a) ? PriceBasis.PRICE : basis;
          DateSeries va = service.levels(small, pb).values();
          DateSeries vb = service.levels(large, pb).values();
          List<HoldingComparison> h =
              isReturns(a)
                  ? HoldingPeriods.compareReturns(va, vb, years)
                  : HoldingPeriods.compareLevels(va, vb, years);
          for (HoldingComparison c : h) {
            WindowSpan w = c.span();
            rows.add(
                new RowDto(
                    w.years(),
                    w.windows(),
                    w.independentWindows(),
                    str(w.firstEnd()),
                    str(w.lastEnd()),
                    DistributionDto.of(c.small()),
                    DistributionDto.of(c.large()),
                    DistributionDto.of(c.relative()),
                    Json.number(c.smallBeatsLarge())));
          }
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (output.json) {
        Json.write(out, rows);
        return 0;
      }
      SyntheticBanner.print(out, synthetic);
      out.println("Holding periods of " + label + " (annualised returns over rolling windows)");
      TextTable t =
          spread != null
              ? new TextTable("YEARS", "WINDOWS", "INDEP.", "P(LOSS)", "WORST", "MEDIAN", "BEST")
              : new TextTable(
                  "YEARS",
                  "WINDOWS",
                  "INDEP.",
                  "P(SMALL BEATS)",
                  "P(LOSS) S/L",
                  "WORST S/L",
                  "MEDIAN S/L",
                  "BEST S/L");
      for (RowDto r : rows) {
        if (spread != null) {
          t.add(
              String.valueOf(r.years()),
              String.valueOf(r.windows()),
              String.valueOf(r.independentWindows()),
              prob(r.small().lossProbability()),
              pct(r.small().worst()),
              pct(r.small().median()),
              pct(r.small().best()));
        } else {
          t.add(
              String.valueOf(r.years()),
              String.valueOf(r.windows()),
              String.valueOf(r.independentWindows()),
              r.smallBeatsLarge() == null ? "n/a" : prob(r.smallBeatsLarge()),
              prob(r.small().lossProbability()) + " / " + prob(r.large().lossProbability()),
              pct(r.small().worst()) + " / " + pct(r.large().worst()),
              pct(r.small().median()) + " / " + pct(r.large().median()),
              pct(r.small().best()) + " / " + pct(r.large().best()));
        }
      }
      t.print(out);
      return 0;
    }
  }

  private static boolean isReturns(StoredSeries s) {
    return s.info().kind() == SeriesKind.RETURNS || s.info().kind() == SeriesKind.FACTOR;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static String prob(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", 100 * v);
  }
}
