package dev.rotor.cli;

import dev.rotor.returns.PriceBasis;
import dev.rotor.returns.RelativeLines;
import dev.rotor.scenario.ConditionalReturns;
import dev.rotor.scenario.ConditionalSplit;
import dev.rotor.scenario.MonthlyStates;
import dev.rotor.scenario.RateBeta;
import dev.rotor.scenario.RateBetaSpec;
import dev.rotor.scenario.RateBetas;
import dev.rotor.scenario.ShockImpact;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.scenario.StressOutcome;
import dev.rotor.scenario.StressReplay;
import dev.rotor.scenario.StressWindow;
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

/**
 * {@code rotor scenario}: rate shocks, historical stress windows, recession and slowdown returns.
 */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = {
      "Scenarios for one series: 2-year yield shocks of -100, -50, +50 and +100 bp through a"
          + " fitted weekly rate beta (Newey-West 95%% interval; --yield2y), replay of the GFC"
          + " (2008-09-01..2009-03-09), COVID (2020-02-19..2020-03-23), 2022 and 2025 tariff"
          + " (2025-02-19..2025-04-08) windows, and average returns in recession months"
          + " (--recession, 0/1) and CFNAI slowdown months (--cfnai: 3-month average below -0.70).",
      "A full-sample beta can hide a change of sign (it did after 2022): use --from to refit."
    })
final class ScenarioCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--series",
      required = true,
      paramLabel = "ID",
      description = "Series (levels, or returns compounded to a level).")
  String series;

  @Option(
      names = "--portfolio",
      split = ",",
      paramLabel = "ID=WEIGHT",
      description =
          "Also replay the stress windows for a buy-and-hold portfolio, e.g. IWM=0.6,SPY=0.4.")
  java.util.Map<String, Double> portfolio;

  @Option(
      names = "--yield2y",
      paramLabel = "ID",
      description = "2-year yield in percent (e.g. fred_macro-monitor/DGS2).")
  String yield2y;

  @Option(
      names = "--recession",
      paramLabel = "ID",
      description = "Monthly 0/1 recession flag (e.g. USREC).")
  String recession;

  @Option(
      names = "--cfnai",
      paramLabel = "ID",
      description = "Chicago Fed National Activity Index (e.g. CFNAI).")
  String cfnai;

  @Option(
      names = "--from",
      converter = dev.rotor.cli.DateConverter.class,
      description = "Fit the rate beta from this date.")
  java.time.LocalDate from;

  @Option(names = "--basis", description = "price or total (default ${DEFAULT-VALUE}).")
  PriceBasis basis = PriceBasis.PRICE;

  @Mixin JsonOption output;

  record ShockDto(double basisPoints, double expectedReturn, double lower, double upper) {}

  record BetaDto(
      int observations,
      String first,
      String last,
      double beta,
      double neweyWestStandardError,
      double rSquared,
      List<ShockDto> shocks) {}

  record StressDto(
      String window,
      String from,
      String to,
      boolean covered,
      Double totalReturn,
      Double maxDrawdown) {}

  record ConditionalDto(
      String state,
      int monthsIn,
      Double annualisedIn,
      int monthsOut,
      Double annualisedOut,
      Double welchT) {}

  record ResultDto(
      String series,
      boolean synthetic,
      BetaDto rateBeta,
      List<StressDto> stress,
      List<StressDto> portfolioStress,
      List<ConditionalDto> conditional) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      StoredSeries s = service.series(series);
      ResultDto dto;
      try {
        boolean returns =
            s.info().kind() == SeriesKind.RETURNS || s.info().kind() == SeriesKind.FACTOR;
        DateSeries level =
            returns
                ? RelativeLines.growthOfOne(service.levels(series, PriceBasis.PRICE).values())
                : service.levels(series, basis).values();
        BetaDto beta = null;
        if (yield2y != null) {
          RateBeta b =
              RateBetas.fit(
                  level.between(from, null),
                  service.levels(yield2y, PriceBasis.PRICE).values(),
                  RateBetaSpec.defaults());
          List<ShockDto> shocks = new ArrayList<>();
          for (ShockImpact i : b.standardShocks(StandardErrors.NEWEY_WEST, 0.95)) {
            shocks.add(new ShockDto(i.basisPoints(), i.expectedReturn(), i.lower(), i.upper()));
          }
          beta =
              new BetaDto(
                  b.observations(),
                  String.valueOf(b.firstDate()),
                  String.valueOf(b.lastDate()),
                  b.beta(),
                  b.neweyWestStandardError(),
                  b.rSquared(),
                  shocks);
        }
        List<StressDto> stress = new ArrayList<>();
        for (StressOutcome o : StressReplay.replay(level, StressWindow.standard())) {
          stress.add(
              new StressDto(
                  o.window().name(),
                  o.window().start().toString(),
                  o.window().end().toString(),
                  o.covered(),
                  Json.number(o.totalReturn()),
                  Json.number(o.maxDrawdown())));
        }
        List<ConditionalDto> cond = new ArrayList<>();
        DateSeries monthly = ConditionalReturns.monthlyReturns(level);
        if (recession != null) {
          cond.add(
              conditional(
                  ConditionalReturns.split(
                      monthly,
                      MonthlyStates.fromIndicator(
                          "recession", service.levels(recession, PriceBasis.PRICE).values()))));
        }
        if (cfnai != null) {
          cond.add(
              conditional(
                  ConditionalReturns.split(
                      monthly,
                      MonthlyStates.cfnaiSlowdown(
                          service.levels(cfnai, PriceBasis.PRICE).values()))));
        }
        List<StressDto> pstress = new ArrayList<>();
        if (portfolio != null && !portfolio.isEmpty()) {
          List<DateSeries> legs = new ArrayList<>();
          List<Double> weights = new ArrayList<>();
          for (java.util.Map.Entry<String, Double> e : portfolio.entrySet()) {
            legs.add(service.levels(e.getKey(), basis).values());
            weights.add(e.getValue());
          }
          for (StressWindow w : StressWindow.standard()) {
            StressOutcome o = StressReplay.replayPortfolio(legs, weights, w);
            pstress.add(
                new StressDto(
                    w.name(),
                    w.start().toString(),
                    w.end().toString(),
                    o.covered(),
                    Json.number(o.totalReturn()),
                    Json.number(o.maxDrawdown())));
          }
        }
        dto =
            new ResultDto(s.info().id().value(), s.info().synthetic(), beta, stress, pstress, cond);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (output.json) {
        Json.write(out, dto);
        return 0;
      }
      SyntheticBanner.print(out, dto.synthetic());
      out.println("Scenarios for " + dto.series());
      if (dto.rateBeta() != null) {
        BetaDto b = dto.rateBeta();
        out.printf(
            "Rate beta to the 2-year yield: %+.4f per percentage point (Newey-West se %.4f, R2 %.3f; %d weeks %s..%s)%n",
            b.beta(),
            b.neweyWestStandardError(),
            b.rSquared(),
            b.observations(),
            b.first(),
            b.last());
        TextTable t = new TextTable("SHOCK", "EXPECTED RETURN", "95% INTERVAL");
        for (ShockDto x : b.shocks()) {
          t.add(
              String.format(Locale.ROOT, "%+.0f bp", x.basisPoints()),
              pct(x.expectedReturn()),
              "[" + pct(x.lower()) + ", " + pct(x.upper()) + "]");
        }
        t.print(out);
      }
      TextTable st = new TextTable("STRESS WINDOW", "FROM", "TO", "TOTAL RETURN", "MAX DRAWDOWN");
      for (StressDto x : dto.stress()) {
        st.add(
            x.window(),
            x.from(),
            x.to(),
            x.covered() ? pct(x.totalReturn()) : "not covered",
            x.covered() ? pct(x.maxDrawdown()) : "");
      }
      st.print(out);
      if (!dto.portfolioStress().isEmpty()) {
        out.println("Buy-and-hold portfolio " + portfolio + ":");
        TextTable pt = new TextTable("STRESS WINDOW", "FROM", "TO", "TOTAL RETURN", "MAX DRAWDOWN");
        for (StressDto x : dto.portfolioStress()) {
          pt.add(
              x.window(),
              x.from(),
              x.to(),
              x.covered() ? pct(x.totalReturn()) : "not covered",
              x.covered() ? pct(x.maxDrawdown()) : "");
        }
        pt.print(out);
      }
      if (!dto.conditional().isEmpty()) {
        TextTable ct =
            new TextTable(
                "STATE", "MONTHS IN", "ANNUALISED IN", "MONTHS OUT", "ANNUALISED OUT", "WELCH T");
        for (ConditionalDto c : dto.conditional()) {
          ct.add(
              c.state(),
              String.valueOf(c.monthsIn()),
              pct(c.annualisedIn()),
              String.valueOf(c.monthsOut()),
              pct(c.annualisedOut()),
              c.welchT() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", c.welchT()));
        }
        ct.print(out);
      }
      return 0;
    }
  }

  private static ConditionalDto conditional(ConditionalSplit s) {
    return new ConditionalDto(
        s.state(),
        s.inState().months(),
        Json.number(s.inState().annualised()),
        s.outOfState().months(),
        Json.number(s.outOfState().annualised()),
        Json.number(s.welchT()));
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", 100 * v);
  }
}
