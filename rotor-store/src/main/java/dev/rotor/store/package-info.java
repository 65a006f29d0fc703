/**
 * Persistence in one embedded DuckDB file. {@link dev.rotor.store.Store} opens it, saves a parsed
 * file in one transaction ({@link dev.rotor.store.Store#save}, bulk rows through {@code RowFeed}
 * and the appender, never row-by-row inserts), resolves ids and unique tails, and reads series,
 * bars and snapshots back. {@link dev.rotor.store.Importer} walks files and directories, gives ids,
 * and reports a {@link dev.rotor.store.FileOutcome} per file. The tables are described in {@code
 * Schema}.
 */
package dev.rotor.store;
