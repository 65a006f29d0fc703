/**
 * File importers. {@link dev.rotor.imports.FormatParser} implementations turn one file into a
 * {@link dev.rotor.imports.ParsedFile} (series, cross-sections) or fail with an {@link
 * dev.rotor.imports.ImportException} naming file, line and field. {@link
 * dev.rotor.imports.CsvReader} and {@link dev.rotor.imports.Cells} are the shared reading
 * primitives; {@code ByteCsvReader} and {@code ByteCells} are their allocation-free byte-level
 * counterparts for large numeric files ({@code ByteFields} finds a line's field ranges, {@code
 * FileChunks} the line-aligned ranges read in parallel). {@code FormatDetector} tells a file's
 * format from its first lines. Parsers never write: the store persists a parsed file in one
 * transaction.
 */
package dev.rotor.imports;
