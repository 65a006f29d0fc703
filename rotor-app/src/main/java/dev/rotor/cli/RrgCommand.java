package dev.rotor.cli;

import dev.rotor.returns.PriceBasis;
import dev.rotor.rotation.Quadrant;
import dev.rotor.rotation.RrgAsset;
import dev.rotor.rotation.RrgChart;
import dev.rotor.rotation.RrgParameters;
import dev.rotor.rotation.RrgPoint;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor rrg}: relative rotation graph of assets against a benchmark. */
@Command(
    name = "rrg",
    mixinStandardHelpOptions = true,
    description = {
      "Relative rotation: RS-Ratio (trend of relative strength) and RS-Momentum (its rate of"
          + " change) of each asset against a benchmark, on weekly closes, with quadrants"
          + " (leading, weakening, lagging, improving) and tails of the last N weeks.",
      "Rotor's own formula (the vendor's is proprietary), point in time, documented in"
          + " docs/conventions.md: 100 is the benchmark; 101.5 reads 1.5 deviations above it."
    })
final class RrgCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--benchmark",
      required = true,
      paramLabel = "ID",
      description = "Benchmark series (e.g. SPY).")
  String benchmark;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Assets (e.g. IWM IJR XLF ...).")
  List<String> assets;

  @Option(
      names = "--asof",
      converter = DateConverter.class,
      description = "As-of date (default: the benchmark's last date).")
  LocalDate asOf;

  @Option(names = "--tail", description = "Weeks of tail (default ${DEFAULT-VALUE}).")
  int tail = RrgParameters.defaults().tailLength();

  @Option(
      names = "--basis",
      description = "price (close) or total (adjusted close); default ${DEFAULT-VALUE}.")
  PriceBasis basis = PriceBasis.PRICE;

  @Option(names = "--json", description = "JSON output (see docs/cli.md).")
  boolean json;

  record PointDto(String date, Double ratio, Double momentum, String quadrant) {
    static PointDto of(RrgPoint p) {
      return new PointDto(
          p.date().toString(),
          Json.number(p.ratio()),
          Json.number(p.momentum()),
          p.quadrant().name().toLowerCase(Locale.ROOT));
    }
  }

  record AssetDto(
      String id,
      String date,
      Double ratio,
      Double momentum,
      String quadrant,
      List<PointDto> tail,
      Double rsLine,
      Double rsSma50,
      Double rsSma200,
      Double rsSlope) {}

  record ChartDto(
      String benchmark, String asof, String basis, boolean synthetic, List<AssetDto> assets) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RrgParameters p;
    try {
      p = RrgParameters.defaults().withTailLength(tail);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--tail: " + e.getMessage());
    }
    try (RotorService service = root.openService()) {
      boolean synthetic = service.series(benchmark).info().synthetic();
      for (String a : assets) {
        synthetic |= service.series(a).info().synthetic();
      }
      RrgChart chart;
      try {
        chart = service.rrg(benchmark, assets, asOf, p, basis);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      java.util.Map<String, RotorService.RsTrend> trends = new java.util.HashMap<>();
      for (RrgAsset a : chart.assets()) {
        trends.put(
            a.id().value(),
            service.rsTrend(a.id().value(), chart.benchmark().value(), chart.asOf(), basis));
      }
      if (json) {
        List<AssetDto> rows = new ArrayList<>();
        for (RrgAsset a : chart.assets()) {
          rows.add(
              new AssetDto(
                  a.id().value(),
                  a.date().toString(),
                  Json.number(a.ratio()),
                  Json.number(a.momentum()),
                  a.quadrant().name().toLowerCase(Locale.ROOT),
                  a.tail().stream().map(PointDto::of).toList(),
                  Json.number(trends.get(a.id().value()).rs()),
                  Json.number(trends.get(a.id().value()).sma50()),
                  Json.number(trends.get(a.id().value()).sma200()),
                  Json.number(trends.get(a.id().value()).slope63Annualised())));
        }
        Json.write(
            out,
            new ChartDto(
                chart.benchmark().value(),
                chart.asOf().toString(),
                basis.name().toLowerCase(Locale.ROOT),
                synthetic,
                rows));
        return 0;
      }
      SyntheticBanner.print(out, synthetic);
      out.printf(
          "Relative rotation vs %s as of %s (weekly, %s basis; 100 = benchmark)%n",
          chart.benchmark(), chart.asOf(), basis.name().toLowerCase(Locale.ROOT));
      TextTable t =
          new TextTable(
              "ASSET",
              "WEEK",
              "RS-RATIO",
              "RS-MOMENTUM",
              "QUADRANT",
              "RS vs 200D",
              "RS SLOPE 63D",
              "TAIL (oldest first)");
      for (RrgAsset a : chart.assets()) {
        StringBuilder tailText = new StringBuilder();
        for (RrgPoint q : a.tail()) {
          tailText.append(tailText.length() == 0 ? "" : " ").append(quadrantLetter(q.quadrant()));
        }
        t.add(
            a.id().value(),
            String.valueOf(a.date()),
            fmt(a.ratio()),
            fmt(a.momentum()),
            a.quadrant().name().toLowerCase(Locale.ROOT),
            Double.isNaN(trends.get(a.id().value()).sma200())
                ? "n/a"
                : String.format(
                    Locale.ROOT,
                    "%+.1f%%",
                    100
                        * (trends.get(a.id().value()).rs() / trends.get(a.id().value()).sma200()
                            - 1)),
            Double.isNaN(trends.get(a.id().value()).slope63Annualised())
                ? "n/a"
                : String.format(
                    Locale.ROOT, "%+.3f/yr", trends.get(a.id().value()).slope63Annualised()),
            tailText.toString());
      }
      t.print(out);
      out.println(
          "Tail letters: L leading, W weakening, G lagging, I improving, - not enough history."
              + " RS vs 200D: daily relative strength against its 200-day average; RS SLOPE 63D:"
              + " OLS slope of ln RS over 63 days, annualised (log points a year).");
      return 0;
    }
  }

  private static String quadrantLetter(Quadrant q) {
    return switch (q) {
      case LEADING -> "L";
      case WEAKENING -> "W";
      case LAGGING -> "G";
      case IMPROVING -> "I";
      case NONE -> "-";
    };
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }
}
