package dev.rotor.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The required {@code --from}/{@code --to} of a command measured over one window (a mixin). */
final class WindowOptions {

  @Option(
      names = "--from",
      required = true,
      converter = DateConverter.class,
      description = "Window start.")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      converter = DateConverter.class,
      description = "Window end.")
  LocalDate to;
}
