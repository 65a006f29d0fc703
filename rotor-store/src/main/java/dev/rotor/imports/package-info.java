/**
 * File importers. {@link dev.rotor.imports.FormatParser} implementations turn one file into a
 * {@link dev.rotor.imports.ParsedFile} (series, cross-sections) or fail with an {@link
 * dev.rotor.imports.ImportException} naming file, line and field. {@link
 * dev.rotor.imports.CsvReader} and {@link dev.rotor.imports.Cells} are the shared reading
 * primitives. Parsers never write: the store persists a parsed file in one transaction.
 */
package dev.rotor.imports;
