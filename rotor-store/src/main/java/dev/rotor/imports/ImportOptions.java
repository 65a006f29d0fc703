package dev.rotor.imports;

import dev.rotor.series.SeriesKind;

/**
 * What the user asked for on the command line.
 *
 * @param format forced format, or null to detect
 * @param kind forced series kind, or null to keep the parser's inference
 */
public record ImportOptions(FileFormat format, SeriesKind kind) {

  /** Detect everything. */
  public static ImportOptions defaults() {
    return new ImportOptions(null, null);
  }
}
