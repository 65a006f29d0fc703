package dev.rotor.cli;

import dev.rotor.service.RotorService;
import dev.rotor.service.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code rotor} command: global options and the list of subcommands. */
@Command(
    name = "rotor",
    mixinStandardHelpOptions = true,
    versionProvider = RotorCommand.Version.class,
    description = {
      "Who leads the stock market, why, and at what risk, measured on real data.",
      "Data lives in a local DuckDB store; import real files with 'rotor import',"
          + " or generate the SYNTHETIC sample with 'rotor sample'."
    },
    subcommands = {
      ReportCommand.class,
      ImportCommand.class,
      SeriesCommand.class,
      SnapshotCommand.class,
      CheckDataCommand.class,
      SampleCommand.class,
      LeadershipCommand.class,
      RrgCommand.class,
      EpisodesCommand.class,
      AnalogsCommand.class,
      RegimesCommand.class,
      RiskCommand.class,
      LiquidityCommand.class,
      LiquidityBucketsCommand.class,
      ScreenCommand.class,
      AllocateCommand.class,
      HoldingCommand.class,
      EtfCompareCommand.class,
      DriversCommand.class,
      ConcentrationCommand.class,
      SectorsCommand.class,
      ScenarioCommand.class,
      BenchCommand.class,
      CheckCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:data or runtime error", "2:usage error"})
public final class RotorCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(
      names = "--store",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH",
      description = "Store file (default: $ROTOR_STORE, else ~/.rotor/rotor.duckdb).")
  Path store;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  private final Map<String, String> env;

  RotorCommand(Map<String, String> env) {
    this.env = env;
  }

  /** The store file these options name. */
  Path storeFile() {
    return StoreLocation.resolve(store, env);
  }

  /** Opens the service on the chosen store. */
  RotorService openService() {
    return RotorService.open(storeFile());
  }

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    spec.commandLine().usage(out);
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RotorCommand.class.getPackage().getImplementationVersion();
      return new String[] {"rotor " + (v == null ? "development build" : v)};
    }
  }
}
