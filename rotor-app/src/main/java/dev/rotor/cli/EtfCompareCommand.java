package dev.rotor.cli;

import dev.rotor.etf.EtfComparison;
import dev.rotor.etf.EtfComparisonResult;
import dev.rotor.etf.YearlyTracking;
import dev.rotor.liquidity.Liquidity;
import dev.rotor.liquidity.LiquidityMeasure;
import dev.rotor.liquidity.LiquidityProfile;
import dev.rotor.liquidity.LiquiditySpec;
import dev.rotor.liquidity.Position;
import dev.rotor.returns.PriceBasis;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.service.RotorService;
import dev.rotor.store.StoredSeries;
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

/** {@code rotor etf-compare}: how well an ETF tracks its index, and what it costs. */
@Command(
    name = "etf-compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare an ETF with its index on common dates: annualised returns, tracking difference,"
          + " tracking error, yearly tracking, volatility, correlation, beta; liquidity (average"
          + " dollar volume, Amihud, spread estimate, impact of --position); and cost given the"
          + " expense ratio (annual fee on the position, and the cost gap -TD - ER).",
      "Compare like with like: unadjusted ETF closes (etf-seasonality/) against price indices"
          + " (market-base/indices/); QQQ tracks the Nasdaq-100, so IXIC is only a proxy. See"
          + " docs/conventions.md."
    })
final class EtfCompareCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--etf",
      required = true,
      paramLabel = "ID",
      description = "ETF series (e.g. etf-seasonality/IWM).")
  String etf;

  @Option(
      names = "--index",
      required = true,
      paramLabel = "ID",
      description = "Index series (e.g. indices/RUT).")
  String index;

  @Option(
      names = "--expense-ratio",
      required = true,
      description = "Annual expense ratio, decimal (IWM 0.0019).")
  double expenseRatio;

  @Mixin DateRangeOptions range;

  @Option(
      names = "--position",
      description = "Position in USD for cost and liquidity (default ${DEFAULT-VALUE}).")
  double position = 10_000_000;

  @Mixin JsonOption output;

  record YearDto(int year, double etfReturn, double indexReturn, double difference) {}

  record ResultDto(
      String etf,
      String index,
      String first,
      String last,
      int periods,
      Double etfAnnualReturn,
      Double indexAnnualReturn,
      Double trackingDifference,
      Double trackingError,
      Double etfVolatility,
      Double indexVolatility,
      Double correlation,
      Double beta,
      double expenseRatio,
      Double costGap,
      double annualFeeUsd,
      Double advDollars,
      Double amihud,
      Double spreadEstimate,
      Double impact,
      List<YearDto> years) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      StoredSeries es = service.series(etf);
      ResultDto dto;
      try {
        DateSeries e = service.levels(etf, PriceBasis.PRICE).values().between(range.from, range.to);
        DateSeries i =
            service.levels(index, PriceBasis.PRICE).values().between(range.from, range.to);
        EtfComparisonResult r = EtfComparison.compare(e, i, expenseRatio, es.info().frequency());
        BarSeries bars = service.barsOf(etf);
        LocalDate lf = r.firstDate() == null ? bars.dateAt(0) : r.firstDate();
        LocalDate lt = r.lastDate() == null ? bars.dateAt(bars.size() - 1) : r.lastDate();
        LiquidityProfile lp =
            Liquidity.profile(
                es.info().id().value(), bars, LiquiditySpec.of(lf, lt, Position.dollars(position)));
        List<YearDto> years = new ArrayList<>();
        for (YearlyTracking y : r.years()) {
          years.add(new YearDto(y.year(), y.etfReturn(), y.indexReturn(), y.difference()));
        }
        dto =
            new ResultDto(
                es.info().id().value(),
                service.series(index).info().id().value(),
                String.valueOf(r.firstDate()),
                String.valueOf(r.lastDate()),
                r.periods(),
                Json.number(r.etfAnnualReturn()),
                Json.number(r.indexAnnualReturn()),
                Json.number(r.trackingDifference()),
                Json.number(r.trackingError()),
                Json.number(r.etfVolatility()),
                Json.number(r.indexVolatility()),
                Json.number(r.correlation()),
                Json.number(r.beta()),
                expenseRatio,
                Json.number(r.costGap()),
                expenseRatio * position,
                Json.number(lp.value(LiquidityMeasure.ADV_DOLLARS)),
                Json.number(lp.value(LiquidityMeasure.AMIHUD)),
                Json.number(lp.value(LiquidityMeasure.CORWIN_SCHULTZ)),
                Json.number(lp.value(LiquidityMeasure.IMPACT)),
                years);
      } catch (IllegalArgumentException ex) {
        throw new UsageException(ex.getMessage());
      }
      if (output.json) {
        Json.write(out, dto);
        return 0;
      }
      out.printf(
          "%s vs %s, %s..%s (%d periods)%n",
          dto.etf(), dto.index(), dto.first(), dto.last(), dto.periods());
      TextTable t = new TextTable("FIGURE", "VALUE");
      t.add(
          "annualised return ETF / index",
          pct(dto.etfAnnualReturn()) + " / " + pct(dto.indexAnnualReturn()));
      t.add("tracking difference (annualised)", pct(dto.trackingDifference()));
      t.add("tracking error (annualised)", pct(dto.trackingError()));
      t.add(
          "volatility ETF / index", pct(dto.etfVolatility()) + " / " + pct(dto.indexVolatility()));
      t.add("correlation / beta", num(dto.correlation()) + " / " + num(dto.beta()));
      t.add(
          "expense ratio / annual fee",
          pct(expenseRatio) + String.format(Locale.ROOT, " / USD %,.0f", dto.annualFeeUsd()));
      t.add("cost gap (-TD - ER)", pct(dto.costGap()));
      t.add(
          "average daily dollar volume",
          dto.advDollars() == null
              ? "n/a"
              : String.format(Locale.ROOT, "USD %,.0f", dto.advDollars()));
      t.add(
          "Amihud (per $1M)",
          dto.amihud() == null ? "n/a" : String.format(Locale.ROOT, "%.3g", dto.amihud()));
      t.add("spread estimate (Corwin-Schultz)", pct(dto.spreadEstimate()));
      t.add(String.format(Locale.ROOT, "impact of USD %,.0f", position), pct(dto.impact()));
      t.print(out);
      TextTable y = new TextTable("YEAR", "ETF", "INDEX", "DIFFERENCE");
      for (YearDto x : dto.years()) {
        y.add(
            String.valueOf(x.year()),
            pct(x.etfReturn()),
            pct(x.indexReturn()),
            pct(x.difference()));
      }
      y.print(out);
      return 0;
    }
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.3f%%", 100 * v);
  }

  private static String num(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }
}
