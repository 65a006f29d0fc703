package dev.rotor.cli;

import picocli.CommandLine.Option;

/** The required small-cap and large-cap level series of a drivers command (a mixin). */
final class LevelPairOptions {

  @Option(names = "--small", required = true, paramLabel = "ID", description = "Small-cap levels.")
  String small;

  @Option(names = "--large", required = true, paramLabel = "ID", description = "Large-cap levels.")
  String large;
}
