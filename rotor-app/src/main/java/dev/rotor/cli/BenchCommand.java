package dev.rotor.cli;

import dev.rotor.bench.ImportBenchmark;
import dev.rotor.bench.PanelCells;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rotor bench import}: import throughput against DuckDB's read_csv (see BENCHMARKS.md). */
@Command(
    name = "bench",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Developer benchmarks (see BENCHMARKS.md).",
    subcommands = {BenchCommand.ImportBench.class})
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Rows/s of 'rotor import' vs DuckDB's read_csv into a table, same files, same run.")
  static final class ImportBench implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--rows",
        description = "Rows of the generated OHLCV file (default ${DEFAULT-VALUE}).")
    long rows = 10_000_000;

    @Option(
        names = "--tickers",
        description = "Tickers in the generated file (default ${DEFAULT-VALUE}).")
    int tickers = 4000;

    @Option(names = "--repeat", description = "Runs per loader (default ${DEFAULT-VALUE}).")
    int repeat = 3;

    @Option(names = "--work", description = "Scratch folder (default ${DEFAULT-VALUE}).")
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "rotor-bench");

    @Option(names = "--panel", description = "The wide stock panel to time as well (optional).")
    Path panel;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<ImportBenchmark.Result> results = new ArrayList<>();
      Path ohlcv = ImportBenchmark.ohlcvFile(work, rows, tickers);
      out.printf("OHLCV file: %s (%,d rows, %,d bytes)%n", ohlcv, rows, Files.size(ohlcv));
      results.add(ImportBenchmark.run("ohlcv", ohlcv, rows, work, repeat, out));
      if (panel != null) {
        long cells = PanelCells.count(panel);
        out.printf("Panel: %s (%,d non-empty cells)%n", panel, cells);
        results.add(ImportBenchmark.run("panel", panel, cells, work, repeat, out));
      }
      out.println();
      out.println(
          "| file | rows | rotor median s | rotor rows/s | duckdb median s | duckdb rows/s | rotor/duckdb rate |");
      out.println("|---|---|---|---|---|---|---|");
      for (ImportBenchmark.Result r : results) {
        out.printf(
            "| %s | %,d | %.2f | %,.0f | %.2f | %,.0f | %.2f |%n",
            r.label(),
            r.rows(),
            r.rotorMedianSeconds(),
            r.rows() / r.rotorMedianSeconds(),
            r.duckdbMedianSeconds(),
            r.rows() / r.duckdbMedianSeconds(),
            r.ratio());
      }
      return 0;
    }
  }
}
