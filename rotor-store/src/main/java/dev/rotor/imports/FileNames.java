package dev.rotor.imports;

import java.nio.file.Path;
import java.util.Locale;

/** File-name helpers shared by the parsers. */
final class FileNames {

  private FileNames() {}

  /** The file name without its extension (and without a trailing {@code .gz}). */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
