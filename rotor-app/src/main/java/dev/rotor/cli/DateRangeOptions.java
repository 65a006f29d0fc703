package dev.rotor.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * Optional {@code --from}/{@code --to} that slice the data a command uses (a mixin); either bound
 * may be absent (null: from the first, or to the last, date).
 */
final class DateRangeOptions {

  @Option(names = "--from", converter = DateConverter.class, description = "First date.")
  LocalDate from;

  @Option(names = "--to", converter = DateConverter.class, description = "Last date.")
  LocalDate to;
}
