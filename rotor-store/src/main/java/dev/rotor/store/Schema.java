package dev.rotor.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables. Version 1.
 *
 * <ul>
 *   <li>{@code files}: one row per imported file id: source path, SHA-256, format, time, and the
 *       SHA-256 of the vintage it replaced, if any.
 *   <li>{@code import_log}: every import attempt that changed or confirmed the store (added,
 *       unchanged, replaced), never deleted.
 *   <li>{@code series}: metadata, keyed by an integer {@code key} used by the data tables.
 *   <li>{@code observations}: (key, date, value) for single-value series.
 *   <li>{@code bars}: (key, date, open, high, low, close, adj_close, volume), NULL where absent.
 *   <li>{@code snapshots} and {@code snapshot_rows}: dated cross-sections.
 *   <li>{@code release_dates}: FRED series codes and their last update text.
 * </ul>
 */
final class Schema {

  static final int VERSION = 1;

  private Schema() {}

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS meta (name VARCHAR PRIMARY KEY, value VARCHAR)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS files (file_id VARCHAR PRIMARY KEY, source_file VARCHAR NOT NULL,"
              + " sha256 VARCHAR NOT NULL, format VARCHAR NOT NULL, imported_at TIMESTAMP NOT NULL,"
              + " synthetic BOOLEAN NOT NULL, replaced_sha256 VARCHAR)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS import_log (logged_at TIMESTAMP NOT NULL, file_id VARCHAR NOT NULL,"
              + " source_file VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, action VARCHAR NOT NULL,"
              + " previous_sha256 VARCHAR)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS series (key INTEGER PRIMARY KEY, id VARCHAR NOT NULL UNIQUE,"
              + " file_id VARCHAR NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,"
              + " frequency VARCHAR NOT NULL, units VARCHAR NOT NULL, synthetic BOOLEAN NOT NULL,"
              + " has_bars BOOLEAN NOT NULL, first_date DATE, last_date DATE, count INTEGER NOT NULL,"
              + " fields VARCHAR NOT NULL)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS observations (key INTEGER NOT NULL, date DATE NOT NULL,"
              + " value DOUBLE NOT NULL)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS bars (key INTEGER NOT NULL, date DATE NOT NULL, open DOUBLE,"
              + " high DOUBLE, low DOUBLE, close DOUBLE NOT NULL, adj_close DOUBLE, volume DOUBLE)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS snapshots (key INTEGER PRIMARY KEY, id VARCHAR NOT NULL UNIQUE,"
              + " file_id VARCHAR NOT NULL, name VARCHAR NOT NULL, as_of DATE, row_count INTEGER NOT NULL,"
              + " synthetic BOOLEAN NOT NULL)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS snapshot_rows (key INTEGER NOT NULL, ord INTEGER NOT NULL,"
              + " ticker VARCHAR NOT NULL, name VARCHAR, sector VARCHAR, industry VARCHAR,"
              + " asset_class VARCHAR, memberships VARCHAR, weight DOUBLE, market_value DOUBLE,"
              + " market_cap DOUBLE, price DOUBLE, shares DOUBLE, pe DOUBLE, forward_pe DOUBLE,"
              + " sales DOUBLE, income DOUBLE, sales_growth DOUBLE, earnings_growth DOUBLE,"
              + " profit_margin DOUBLE, debt_to_equity DOUBLE)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS release_dates (file_id VARCHAR NOT NULL,"
              + " series_code VARCHAR NOT NULL, last_updated VARCHAR NOT NULL)");
      s.execute(
          "INSERT INTO meta VALUES ('schema_version', '" + VERSION + "') ON CONFLICT DO NOTHING");
    }
  }
}
