package dev.rotor.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses {@code YYYY-MM-DD} options; anything else is a usage error. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date (expected YYYY-MM-DD)");
    }
  }
}
