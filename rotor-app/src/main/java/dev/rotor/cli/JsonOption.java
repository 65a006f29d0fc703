package dev.rotor.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch of the commands whose help says just "JSON output." (a mixin). */
final class JsonOption {

  @Option(names = "--json", description = "JSON output.")
  boolean json;
}
