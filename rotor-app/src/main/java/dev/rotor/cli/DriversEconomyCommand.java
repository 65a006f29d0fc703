package dev.rotor.cli;

import dev.rotor.series.DateSeries;
import dev.rotor.service.RotorService;
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

/** {@code rotor drivers economy}. */
@Command(
    name = "economy",
    mixinStandardHelpOptions = true,
    description = {
      "Monthly small-minus-large return differences against retail sales growth, consumer"
          + " sentiment changes, unemployment changes and the CFNAI: correlations at lags"
          + " -L..+L (k > 0: the indicator leads returns by k months) with 95%% Fisher-z"
          + " intervals; returns after positive vs other retail-sales growth surprises (m/m"
          + " growth minus the previous 12 months' average); returns in recession months.",
      "Data are revised values aligned by reference month, not by release date (the shared"
          + " release-date file holds only FRED's latest update time)."
    })
final class DriversEconomyCommand implements Callable<Integer> {
  @ParentCommand DriversCommand parent;
  @Spec CommandSpec spec;

  @Mixin LevelPairOptions pair;

  @Option(names = "--retail", description = "Retail sales (default ${DEFAULT-VALUE}).")
  String retail = "fred_macro-monitor/RSXFS";

  @Option(names = "--sentiment", description = "Consumer sentiment (default ${DEFAULT-VALUE}).")
  String sentiment = "fred_macro-monitor/UMCSENT";

  @Option(names = "--unemployment", description = "Unemployment rate (default ${DEFAULT-VALUE}).")
  String unemployment = "fred_macro-monitor/UNRATE";

  @Option(
      names = "--cfnai",
      description = "Chicago Fed National Activity Index (default ${DEFAULT-VALUE}).")
  String cfnai = "fred_macro-monitor/CFNAI";

  @Option(names = "--recession", description = "0/1 recession flag (default ${DEFAULT-VALUE}).")
  String recession = "fred_macro-monitor/USREC";

  @Option(names = "--max-lag", description = "Largest lag in months (default ${DEFAULT-VALUE}).")
  int maxLag = 3;

  @Mixin JsonOption output;

  record IndicatorDto(
      String indicator, String transform, List<dev.rotor.economy.LagCorrelation> lags) {}

  record Result(
      List<IndicatorDto> indicators,
      dev.rotor.scenario.ConditionalSplit surprise,
      dev.rotor.scenario.ConditionalSplit recession,
      String note) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = parent.root.openService()) {
      Result res;
      try {
        var pb = dev.rotor.returns.PriceBasis.PRICE;
        // Small minus large monthly simple returns, as in the economy oracle.
        DateSeries rel =
            dev.rotor.scenario.ConditionalReturns.difference(
                dev.rotor.scenario.ConditionalReturns.monthlyReturns(
                    service.levels(pair.small, pb).values()),
                dev.rotor.scenario.ConditionalReturns.monthlyReturns(
                    service.levels(pair.large, pb).values()));
        List<IndicatorDto> ind = new ArrayList<>();
        String note = null;
        Object[][] specs = {
          {retail, dev.rotor.economy.IndicatorTransform.PERCENT_GROWTH},
          {sentiment, dev.rotor.economy.IndicatorTransform.LEVEL_CHANGE},
          {unemployment, dev.rotor.economy.IndicatorTransform.LEVEL_CHANGE},
          {cfnai, dev.rotor.economy.IndicatorTransform.LEVEL}
        };
        for (Object[] sp : specs) {
          String id = (String) sp[0];
          var tr = (dev.rotor.economy.IndicatorTransform) sp[1];
          var lc =
              dev.rotor.economy.EconomicSensitivity.correlations(
                  rel, tr.apply(service.levels(id, pb).values()), maxLag);
          note = lc.note();
          ind.add(
              new IndicatorDto(
                  service.series(id).info().id().value(),
                  tr.name().toLowerCase(Locale.ROOT),
                  lc.correlations()));
        }
        var surprise =
            dev.rotor.economy.EconomicSensitivity.conditionalOnSurprise(
                rel, service.levels(retail, pb).values());
        var rec =
            dev.rotor.economy.EconomicSensitivity.conditionalOnRecession(
                rel, service.levels(recession, pb).values());
        res = new Result(ind, surprise, rec, note);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (output.json) {
        Json.write(out, res);
        return 0;
      }
      out.println(
          "Monthly "
              + pair.small
              + " / "
              + pair.large
              + " relative returns against the economy (95% intervals)");
      List<String> head = new ArrayList<>(List.of("INDICATOR"));
      for (int k = -maxLag; k <= maxLag; k++) {
        head.add("LAG " + (k > 0 ? "+" : "") + k);
      }
      TextTable t = new TextTable(head.toArray(String[]::new));
      for (IndicatorDto d : res.indicators()) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    dev.rotor.series.SeriesId.of(d.indicator()).tail()
                        + " ("
                        + d.transform()
                        + ")"));
        for (var c : d.lags()) {
          boolean sig = c.lower() > 0 || c.upper() < 0;
          row.add(
              Double.isNaN(c.r())
                  ? "n/a"
                  : String.format(Locale.ROOT, "%+.2f%s", c.r(), sig ? "*" : ""));
        }
        t.add(row.toArray(String[]::new));
      }
      t.print(out);
      out.println(
          "* the 95% interval excludes 0. Lag k > 0: the indicator leads returns by k months.");
      var s = res.surprise();
      out.printf(
          "retail-sales growth surprise > 0: %d months, mean %+.2f%% vs %d other months %+.2f%% (Welch t %.2f)%n",
          s.inState().months(),
          100 * s.inState().meanMonthly(),
          s.outOfState().months(),
          100 * s.outOfState().meanMonthly(),
          s.welchT());
      var rc = res.recession();
      out.printf(
          "recession months: %d, mean %+.2f%% vs %d other months %+.2f%% (Welch t %.2f)%n",
          rc.inState().months(),
          100 * rc.inState().meanMonthly(),
          rc.outOfState().months(),
          100 * rc.outOfState().meanMonthly(),
          rc.welchT());
      out.println("NOTE: " + res.note());
      return 0;
    }
  }
}
