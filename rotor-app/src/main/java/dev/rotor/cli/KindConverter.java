package dev.rotor.cli;

import dev.rotor.series.SeriesKind;
import picocli.CommandLine;

/** Converts {@code --kind} labels; an unknown label is a usage error listing the valid ones. */
final class KindConverter implements CommandLine.ITypeConverter<SeriesKind> {

  @Override
  public SeriesKind convert(String value) {
    try {
      return SeriesKind.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
