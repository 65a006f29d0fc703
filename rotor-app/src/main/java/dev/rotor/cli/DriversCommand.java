package dev.rotor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor drivers ...}: the measured drivers of leadership. */
@Command(
    name = "drivers",
    mixinStandardHelpOptions = true,
    description =
        "Drivers of small- vs large-cap leadership: valuation and flows (rates,"
            + " the economy and the rally decomposition are not wired yet).",
    subcommands = {
      DriversRatesCommand.class,
      DriversEconomyCommand.class,
      DriversExplainCommand.class,
      DriversValuationCommand.class,
      DriversFlowsCommand.class
    })
final class DriversCommand implements Runnable {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
