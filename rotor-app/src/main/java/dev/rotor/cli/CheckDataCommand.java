package dev.rotor.cli;

import dev.rotor.quality.CheckKind;
import dev.rotor.quality.CheckThresholds;
import dev.rotor.quality.Finding;
import dev.rotor.quality.SeriesCheckReport;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor check-data [ID...]}: data-quality checks; exits 1 only when there are errors. */
@Command(
    name = "check-data",
    mixinStandardHelpOptions = true,
    description = {
      "Check stored price series: gaps against the NYSE calendar, rows on non-trading days,"
          + " non-positive or missing prices, OHLC inconsistencies, jumps beyond a threshold,"
          + " stale runs, split-like jumps and zero volume.",
      "Errors: non-positive prices, OHLC inconsistencies, negative volume, gaps longer than"
          + " --long-gap trading days. Everything else is a warning. Exit code 1 only on errors.",
      "Macro, factor, returns and fundamental series are listed as not checked."
    })
final class CheckDataCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "ID",
      description = "Series ids or tails (default: all).")
  List<String> ids = new ArrayList<>();

  @Option(names = "--json", description = "JSON array of reports.")
  boolean json;

  @Option(names = "--quiet", description = "Only the summary and series with errors.")
  boolean quiet;

  @Option(
      names = "--long-gap",
      description = "Trading days a gap must exceed to be an error (default ${DEFAULT-VALUE}).")
  int longGap = CheckThresholds.defaults().longGapRun();

  record FindingDto(
      String check, String severity, String from, String to, int count, String message) {}

  record ReportDto(
      String id,
      int observations,
      List<String> checked,
      int errors,
      int warnings,
      List<FindingDto> findings) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CheckThresholds t;
    try {
      t = CheckThresholds.defaults().withLongGapRun(longGap);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--long-gap: " + e.getMessage());
    }
    try (RotorService service = root.openService()) {
      List<SeriesCheckReport> reports = service.checkData(ids, t);
      int errors = 0;
      int warnings = 0;
      int clean = 0;
      int unchecked = 0;
      List<ReportDto> dtos = new ArrayList<>();
      for (SeriesCheckReport r : reports) {
        errors += r.errorCount();
        warnings += r.warningCount();
        if (r.checked().isEmpty()) {
          unchecked++;
        } else if (r.isClean()) {
          clean++;
        }
        dtos.add(dto(r));
        if (!json && !r.findings().isEmpty() && (!quiet || r.errorCount() > 0)) {
          out.printf("%s: %d error(s), %d warning(s)%n", r.id(), r.errorCount(), r.warningCount());
          for (Finding f : r.findings()) {
            if (quiet && !f.isError()) {
              continue;
            }
            out.printf(
                "  %-7s %-16s %s%s: %s%n",
                f.severity().label().toUpperCase(java.util.Locale.ROOT),
                f.check().label(),
                f.from(),
                f.to().equals(f.from()) ? "" : ".." + f.to(),
                f.message());
          }
        }
      }
      if (json) {
        Json.write(out, dtos);
      } else {
        out.printf(
            "%d series: %d clean, %d with findings, %d not checked (not prices); %d error(s),"
                + " %d warning(s)%n",
            reports.size(), clean, reports.size() - clean - unchecked, unchecked, errors, warnings);
      }
      return errors == 0 ? 0 : 1;
    }
  }

  private static ReportDto dto(SeriesCheckReport r) {
    List<FindingDto> f = new ArrayList<>();
    for (Finding x : r.findings()) {
      f.add(
          new FindingDto(
              x.check().label(),
              x.severity().label(),
              x.from().toString(),
              x.to().toString(),
              x.count(),
              x.message()));
    }
    List<String> checked = new ArrayList<>();
    for (CheckKind k : r.checked()) {
      checked.add(k.label());
    }
    return new ReportDto(
        r.id().value(), r.observations(), checked, r.errorCount(), r.warningCount(), f);
  }
}
