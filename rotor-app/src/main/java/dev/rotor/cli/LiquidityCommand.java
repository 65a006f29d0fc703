package dev.rotor.cli;

import dev.rotor.liquidity.ComparisonRow;
import dev.rotor.liquidity.Liquidity;
import dev.rotor.liquidity.LiquidityComparison;
import dev.rotor.liquidity.LiquidityProfile;
import dev.rotor.liquidity.LiquiditySpec;
import dev.rotor.liquidity.Measurement;
import dev.rotor.liquidity.Position;
import dev.rotor.series.BarSeries;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
import java.time.LocalDate;
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

/** {@code rotor liquidity}: small vs large liquidity side by side. */
@Command(
    name = "liquidity",
    mixinStandardHelpOptions = true,
    description = {
      "Liquidity of a small-cap and a large-cap series side by side: Amihud illiquidity, average"
          + " daily dollar and share volume, turnover (when shares outstanding are given), days"
          + " to liquidate a position at a participation rate, square-root-law impact"
          + " (coefficient 1, not calibrated), Corwin-Schultz and Roll spread estimates.",
      "Measures needing a column the data lacks (volume, high/low) are n/a with the reason."
          + " Formulas and references in docs/conventions.md."
    })
final class LiquidityCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--small",
      required = true,
      paramLabel = "ID",
      description = "Small-cap series with volume (e.g. etf-seasonality/IWM).")
  String small;

  @Option(
      names = "--large",
      required = true,
      paramLabel = "ID",
      description = "Large-cap series with volume (e.g. etf-seasonality/SPY).")
  String large;

  @Option(
      names = "--from",
      converter = DateConverter.class,
      description = "First date (default: one year before --to).")
  LocalDate from;

  @Option(
      names = "--to",
      converter = DateConverter.class,
      description = "Last date (default: the earlier of the two last dates).")
  LocalDate to;

  @Option(
      names = "--position",
      description = "Position in USD for days-to-liquidate and impact (default ${DEFAULT-VALUE}).")
  double position = 100_000_000;

  @Option(
      names = "--participation",
      description = "Share of daily volume traded (default ${DEFAULT-VALUE}).")
  double participation = LiquiditySpec.DEFAULT_PARTICIPATION;

  @Option(
      names = "--shares-small",
      description = "Shares outstanding of the small series, for turnover.")
  Double sharesSmall;

  @Option(
      names = "--shares-large",
      description = "Shares outstanding of the large series, for turnover.")
  Double sharesLarge;

  @Mixin JsonOption output;

  record MeasureDto(
      String measure,
      String unit,
      Double small,
      Double large,
      Double ratio,
      String smallReason,
      String largeReason) {}

  record ComparisonDto(
      String small,
      String large,
      String from,
      String to,
      double positionUsd,
      double participation,
      List<MeasureDto> measures) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      BarSeries a = service.barsOf(small);
      BarSeries b = service.barsOf(large);
      if (a.isEmpty() || b.isEmpty()) {
        throw new UsageException("both series need observations");
      }
      LocalDate end = to;
      if (end == null) {
        LocalDate la = a.dateAt(a.size() - 1);
        LocalDate lb = b.dateAt(b.size() - 1);
        end = la.isBefore(lb) ? la : lb;
      }
      LocalDate start = from == null ? end.minusYears(1) : from;
      LiquidityComparison c;
      try {
        LiquiditySpec s =
            LiquiditySpec.of(start, end, Position.dollars(position))
                .withParticipation(participation);
        LiquidityProfile ps =
            Liquidity.profile(
                service.series(small).info().id().value(), a, nanIfNull(sharesSmall), s);
        LiquidityProfile pl =
            Liquidity.profile(
                service.series(large).info().id().value(), b, nanIfNull(sharesLarge), s);
        c = Liquidity.compare(ps, pl);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      List<MeasureDto> rows = new ArrayList<>();
      for (ComparisonRow r : c.rows()) {
        rows.add(
            new MeasureDto(
                r.measure().name().toLowerCase(Locale.ROOT),
                r.measure().unit(),
                Json.number(r.small().value()),
                Json.number(r.large().value()),
                Json.number(r.ratio()),
                r.small().reason(),
                r.large().reason()));
      }
      ComparisonDto dto =
          new ComparisonDto(
              c.small(),
              c.large(),
              start.toString(),
              end.toString(),
              position,
              participation,
              rows);
      if (output.json) {
        Json.write(out, dto);
        return 0;
      }
      out.printf(
          "Liquidity %s..%s: %s vs %s (position USD %,.0f at %.0f%% participation)%n",
          start, end, c.small(), c.large(), position, 100 * participation);
      TextTable t = new TextTable("MEASURE", "SMALL", "LARGE", "SMALL/LARGE", "UNIT");
      List<String> reasons = new ArrayList<>();
      for (ComparisonRow r : c.rows()) {
        t.add(
            r.measure().name().toLowerCase(Locale.ROOT),
            fmt(r.small(), reasons, c.small(), r),
            fmt(r.large(), reasons, c.large(), r),
            Double.isNaN(r.ratio()) ? "n/a" : String.format(Locale.ROOT, "%.2f", r.ratio()),
            r.measure().unit());
      }
      t.print(out);
      for (String x : reasons) {
        out.println("n/a " + x);
      }
      return 0;
    }
  }

  private static double nanIfNull(Double v) {
    return v == null ? Double.NaN : v;
  }

  private static String fmt(Measurement m, List<String> reasons, String who, ComparisonRow r) {
    if (!m.isDefined()) {
      reasons.add(r.measure().name().toLowerCase(Locale.ROOT) + " for " + who + ": " + m.reason());
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.4g", m.value());
  }
}
