package dev.rotor.cli;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.service.RotorService;
import dev.rotor.store.StoredSnapshot;
import dev.rotor.valuation.AggregateValuation;
import dev.rotor.valuation.UniverseComparison;
import dev.rotor.valuation.Valuation;
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

/** {@code rotor drivers valuation}. */
@Command(
    name = "valuation",
    mixinStandardHelpOptions = true,
    description = {
      "Aggregate earnings yield and P/E of a universe from a fundamentals snapshot: index-level"
          + " yield = sum of earnings / sum of market caps (losses included and counted), P/E ="
          + " 1 / yield; with --vs, a second universe and whether the two snapshots share a date.",
      "Where a snapshot has no earnings (yfinance fundamentals), earnings are approximated as"
          + " market cap / trailing P/E; loss makers without a P/E then drop out (the output says so)."
    })
final class DriversValuationCommand implements Callable<Integer> {
  @ParentCommand DriversCommand parent;
  @Spec CommandSpec spec;

  @Option(
      names = "--snapshot",
      required = true,
      paramLabel = "ID",
      description = "Snapshot (e.g. finviz_2023-08).")
  String snapshot;

  @Option(
      names = "--membership",
      description = "Only rows with this membership (e.g. RUT); default all.")
  String membership = Valuation.ALL;

  @Option(names = "--vs", paramLabel = "ID", description = "Second snapshot to compare with.")
  String vs;

  @Option(names = "--vs-membership", description = "Membership filter for --vs (default all).")
  String vsMembership = Valuation.ALL;

  @Mixin JsonOption output;

  record Result(
      AggregateValuation small, AggregateValuation large, Boolean sameDate, List<String> notes) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> notes = new ArrayList<>();
    try (RotorService service = parent.root.openService()) {
      AggregateValuation a;
      AggregateValuation b = null;
      UniverseComparison c = null;
      try {
        a = Valuation.aggregate(withEarnings(service, snapshot, notes), membership);
        if (vs != null) {
          b = Valuation.aggregate(withEarnings(service, vs, notes), vsMembership);
          c = Valuation.compare(a, b);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (output.json) {
        Json.write(out, new Result(a, b, c == null ? null : c.sameDate(), notes));
        return 0;
      }
      TextTable t =
          new TextTable(
              "UNIVERSE",
              "AS OF",
              "ROWS WITH DATA",
              "EARNINGS YIELD",
              "P/E",
              "NEGATIVE",
              "HARMONIC P/E");
      for (AggregateValuation v : b == null ? List.of(a) : List.of(a, b)) {
        t.add(
            v.snapshot() + " [" + v.universe() + "]",
            String.valueOf(v.asOf()),
            v.rowsWithData() + " / " + v.rows(),
            String.format(Locale.ROOT, "%.2f%%", 100 * v.earningsYield()),
            String.format(Locale.ROOT, "%.2f", v.pe()),
            v.negativeCount()
                + String.format(Locale.ROOT, " (%.1f%% of cap)", 100 * v.negativeCapShare()),
            String.format(Locale.ROOT, "%.2f", v.harmonicPe()));
      }
      t.print(out);
      if (c != null && !c.sameDate()) {
        out.println(
            "NOTE: the two snapshots are of different dates ("
                + a.asOf()
                + " vs "
                + b.asOf()
                + ").");
      }
      notes.forEach(n -> out.println("NOTE: " + n));
      return 0;
    }
  }

  private static CrossSection withEarnings(RotorService service, String id, List<String> notes) {
    StoredSnapshot s = service.snapshot(id);
    CrossSection cs = service.snapshotRows(s);
    if (!Valuation.reportsEarnings(cs)) {
      notes.add(
          s.id()
              + ": no earnings column; earnings approximated as market cap / trailing P/E, so loss makers (no P/E) are left out and the yield is biased up.");
    } else if (s.id().contains("finviz")) {
      notes.add(
          s.id()
              + ": this export has lost its minus signs, so losses count as profits; the P/E is biased low.");
    }
    return Valuation.withEarnings(cs);
  }
}
