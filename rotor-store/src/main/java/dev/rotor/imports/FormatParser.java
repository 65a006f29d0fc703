package dev.rotor.imports;

import java.nio.file.Path;

/**
 * Reads one file layout. Implementations are stateless; they read the whole file, validate every
 * row, and either return everything it holds or throw an {@link ImportException} naming file, line,
 * field and problem. They never write anywhere.
 */
public interface FormatParser {

  /** The layout this parser reads. */
  FileFormat format();

  /**
   * Parses {@code file}.
   *
   * @param options the user's overrides; parsers that infer a kind keep it unless {@code
   *     options.kind()} is set (the caller also applies it)
   */
  ParsedFile parse(Path file, ImportOptions options) throws ImportException;
}
