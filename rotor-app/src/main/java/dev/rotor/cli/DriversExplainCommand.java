package dev.rotor.cli;

import dev.rotor.series.DateSeries;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor drivers explain}. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Rally decomposition: regress weekly small-minus-large returns on the drivers' changes"
          + " over an estimation period (default: everything before the window), then split the"
          + " window's small-minus-large return into each driver's contribution (beta times the"
          + " driver's move, 95%% Newey-West interval), the intercept part and the unexplained"
          + " rest; with R-squared. The parts add up exactly to the sum of weekly returns."
    })
final class DriversExplainCommand implements Callable<Integer> {
  @ParentCommand DriversCommand parent;
  @Spec CommandSpec spec;

  @Mixin LevelPairOptions pair;

  @Mixin WindowOptions window;

  @Option(
      names = "--estimation-from",
      converter = DateConverter.class,
      description = "Estimation start (default: first date).")
  java.time.LocalDate estimationFrom;

  @Option(
      names = "--estimation-to",
      converter = DateConverter.class,
      description = "Estimation end (default: the day before --from).")
  java.time.LocalDate estimationTo;

  @Option(
      names = "--drivers",
      split = ",",
      description = "Driver series (default: DGS2, DGS10, BAMLH0A0HYM2 from fred_macro-monitor).")
  List<String> drivers =
      List.of(
          "fred_macro-monitor/DGS2", "fred_macro-monitor/DGS10", "fred_macro-monitor/BAMLH0A0HYM2");

  @Mixin JsonOption output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = parent.root.openService()) {
      dev.rotor.drivers.RallyExplanation e;
      try {
        var pb = dev.rotor.returns.PriceBasis.PRICE;
        java.util.Map<String, DateSeries> d = new java.util.LinkedHashMap<>();
        for (String id : drivers) {
          d.put(service.series(id).info().id().tail(), service.levels(id, pb).values());
        }
        e =
            dev.rotor.drivers.RallyDecomposition.explain(
                service.levels(pair.small, pb).values(),
                service.levels(pair.large, pb).values(),
                d,
                estimationFrom == null ? java.time.LocalDate.of(1900, 1, 1) : estimationFrom,
                estimationTo == null ? window.from.minusDays(1) : estimationTo,
                window.from,
                window.to,
                dev.rotor.series.Frequency.WEEKLY);
      } catch (IllegalArgumentException ex) {
        throw new UsageException(ex.getMessage());
      }
      if (output.json) {
        Json.write(out, e);
        return 0;
      }
      out.printf(
          "Small minus large %s..%s (%d weeks): %+.2f%% (sum of weekly returns)%n",
          e.windowFirst(), e.windowLast(), e.windowPeriods(), 100 * e.actual());
      out.printf(
          "fitted on %d weeks %s..%s, R2 %.3f, Newey-West lags %d%n",
          e.observations(),
          e.estimationFirst(),
          e.estimationLast(),
          e.rSquared(),
          e.neweyWestLags());
      TextTable t = new TextTable("PART", "MOVE", "CONTRIBUTION", "95% INTERVAL");
      for (dev.rotor.drivers.DriverContribution c : e.drivers()) {
        t.add(
            c.name(),
            String.format(Locale.ROOT, "%+.3f", c.move()),
            String.format(Locale.ROOT, "%+.2f%%", 100 * c.contribution().estimate()),
            String.format(
                Locale.ROOT,
                "[%+.2f%%, %+.2f%%]",
                100 * c.contribution().lower(),
                100 * c.contribution().upper()));
      }
      t.add("intercept", "", String.format(Locale.ROOT, "%+.2f%%", 100 * e.interceptPart()), "");
      t.add("unexplained", "", String.format(Locale.ROOT, "%+.2f%%", 100 * e.residual()), "");
      t.print(out);
      out.println(
          "Moves are changes in the driver's own units (percentage points for yields and spreads).");
      return 0;
    }
  }
}
