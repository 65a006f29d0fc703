package dev.rotor.cli;

import dev.rotor.imports.FileFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/** Converts {@code --format} labels; an unknown label is a usage error listing the valid ones. */
final class FormatConverter implements CommandLine.ITypeConverter<FileFormat> {

  @Override
  public FileFormat convert(String value) {
    try {
      return FileFormat.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }

  /** The labels, for help text. */
  static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> l = new ArrayList<>();
      for (FileFormat f : FileFormat.readable()) {
        l.add(f.label());
      }
      return l.iterator();
    }
  }
}
