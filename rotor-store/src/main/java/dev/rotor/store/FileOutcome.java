package dev.rotor.store;

import java.nio.file.Path;

/** What happened to one file of an import run: it was stored, skipped, or it failed. */
public sealed interface FileOutcome {

  /** The file concerned. */
  Path file();

  /** The file was parsed and stored (or found unchanged). */
  record Imported(Path file, ImportResult result) implements FileOutcome {}

  /** The file was not a data file Rotor reads (e.g. a README) and was left alone. */
  record Skipped(Path file, String reason) implements FileOutcome {}

  /** The file could not be imported; the store is unchanged for it. */
  record Failed(Path file, String message) implements FileOutcome {}
}
