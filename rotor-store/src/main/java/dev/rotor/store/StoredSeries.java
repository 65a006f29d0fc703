package dev.rotor.store;

import dev.rotor.series.SeriesInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A series as the store knows it: what it is plus where it came from.
 *
 * @param info id, name, kind, frequency, units, synthetic flag
 * @param fileId the id of the imported file the series came from (equal to the series id for
 *     single-series files)
 * @param sourceFile the file's path as given at import time ({@code "(generated)"} for synthetic)
 * @param sha256 hex SHA-256 of the source file's bytes
 * @param importedAt when it was imported
 * @param first first date, null when empty
 * @param last last date, null when empty
 * @param count number of observations or bars
 * @param bars true when the series holds OHLCV bars rather than single values
 */
public record StoredSeries(
    SeriesInfo info,
    String fileId,
    String sourceFile,
    String sha256,
    Instant importedAt,
    LocalDate first,
    LocalDate last,
    int count,
    boolean bars) {

  /** Validates required fields. */
  public StoredSeries {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(fileId, "fileId");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(importedAt, "importedAt");
  }
}
