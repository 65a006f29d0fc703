/**
 * Benchmarks run from the command line ({@code rotor bench import}): {@link
 * dev.rotor.bench.ImportBenchmark} times Rotor's import against DuckDB's own {@code read_csv} on
 * the same files in the same run.
 */
package dev.rotor.bench;
