package dev.rotor.cli;

import dev.rotor.flows.FlowSeries;
import dev.rotor.flows.Flows;
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

/** {@code rotor drivers flows}. */
@Command(
    name = "flows",
    mixinStandardHelpOptions = true,
    description = {
      "Dollar-volume share of a small-cap ETF against a large-cap ETF and relative-volume"
          + " z-scores against the previous --window days: a PROXY for institutional interest"
          + " (it counts trading, not money flowing in or out)."
    })
final class DriversFlowsCommand implements Callable<Integer> {
  @ParentCommand DriversCommand parent;
  @Spec CommandSpec spec;

  @Option(
      names = "--small",
      required = true,
      paramLabel = "ID",
      description = "Small-cap ETF with volume (etf-seasonality/IWM).")
  String small;

  @Option(
      names = "--large",
      required = true,
      paramLabel = "ID",
      description = "Large-cap ETF with volume (etf-seasonality/SPY).")
  String large;

  @Option(
      names = "--window",
      description = "Trailing window for z-scores (default ${DEFAULT-VALUE}).")
  int window = 63;

  @Option(names = "--last", description = "Days to print (default ${DEFAULT-VALUE}).")
  int last = 10;

  @Mixin JsonOption output;

  record Row(
      String date,
      double smallShare,
      Double smallShareZ,
      Double smallVolumeZ,
      Double largeVolumeZ) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = parent.root.openService()) {
      FlowSeries f;
      try {
        f = Flows.of(service.barsOf(small), service.barsOf(large), window);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      DateSeries share = f.smallShare();
      List<Row> rows = new ArrayList<>();
      for (int i = Math.max(0, share.size() - last); i < share.size(); i++) {
        var d = share.dateAt(i);
        rows.add(
            new Row(
                d.toString(),
                share.valueAt(i),
                val(f.smallShareZ(), d),
                val(f.smallVolumeZ(), d),
                val(f.largeVolumeZ(), d)));
      }
      if (output.json) {
        Json.write(out, rows);
        return 0;
      }
      out.println(
          "Dollar-volume share of "
              + small
              + " in "
              + small
              + " + "
              + large
              + " (a proxy for institutional interest, not flows)");
      TextTable t = new TextTable("DATE", "SMALL SHARE", "SHARE Z", "SMALL VOL Z", "LARGE VOL Z");
      for (Row r : rows) {
        t.add(
            r.date(),
            String.format(Locale.ROOT, "%.1f%%", 100 * r.smallShare()),
            z(r.smallShareZ()),
            z(r.smallVolumeZ()),
            z(r.largeVolumeZ()));
      }
      t.print(out);
      return 0;
    }
  }

  private static Double val(DateSeries s, java.time.LocalDate d) {
    var v = s.get(d);
    return v.isPresent() ? v.getAsDouble() : null;
  }

  private static String z(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f", v);
  }
}
