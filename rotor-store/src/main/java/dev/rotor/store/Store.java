package dev.rotor.store;

import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.imports.ParsedFile;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.series.SeriesInfo;
import dev.rotor.series.SeriesKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * Rotor's local store: one embedded DuckDB file (default {@code ~/.rotor/rotor.duckdb}).
 *
 * <p>Writes go through {@link #save}: each imported file in one transaction, so any failure leaves
 * the store exactly as it was. Bulk rows go in with one {@code INSERT ... SELECT} per table from a
 * table function over the parsed series ({@code RowFeed}), small tables through DuckDB's appender;
 * never row-by-row inserts. Rows are stored in no particular order ({@code preserve_insertion_order
 * = false}, a setting of the whole database), so every read orders explicitly. A store is used from
 * one thread at a time.
 */
public final class Store implements AutoCloseable {

  private final DuckDBConnection conn;
  private final String location;

  private Store(DuckDBConnection conn, String location) {
    this.conn = conn;
    this.location = location;
  }

  /** Opens (creating if needed) the store file at {@code file}, and its parent folders. */
  public static Store open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create folder for store " + file + ": " + e.getMessage(), e);
    }
    return connect("jdbc:duckdb:" + file.toAbsolutePath(), file.toString());
  }

  /** A store that lives in memory only (tests, one-off runs). */
  public static Store inMemory() {
    return connect("jdbc:duckdb:", ":memory:");
  }

  private static Store connect(String url, String location) {
    try {
      DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection(url);
      try (Statement s = c.createStatement()) {
        s.execute("SET autoinstall_known_extensions = false");
        s.execute("SET autoload_known_extensions = false");
        // every read orders explicitly; unordered inserts let DuckDB write rows in parallel
        s.execute("SET preserve_insertion_order = false");
      }
      Schema.create(c);
      RowFeed.register(c);
      return new Store(c, location);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + location + ": " + firstLine(e), e);
    }
  }

  /** Where the store lives ({@code :memory:} for an in-memory store). */
  public String location() {
    return location;
  }

  /** Limits DuckDB's memory, e.g. {@code "1GB"} (tests). */
  public void setMemoryLimit(String limit) {
    exec("SET memory_limit = '" + limit.replace("'", "") + "'");
  }

  /**
   * Stores everything {@code parsed} holds under {@code fileId}, in one transaction. Identical
   * bytes already stored under the id change nothing; other bytes replace the previous vintage
   * whole.
   *
   * @throws StoreException when an id belongs to another file, or the database fails (the store is
   *     then unchanged)
   */
  public ImportResult save(String fileId, SourceInfo source, ParsedFile parsed, boolean synthetic) {
    return new StoreWriter(conn).save(fileId, source, parsed, synthetic);
  }

  /**
   * Stores several files' content in a single transaction (all or nothing); used for generated data
   * whose series each get their own id. Identical entries are left unchanged.
   */
  public List<ImportResult> saveAll(List<Entry> entries) {
    return new StoreWriter(conn).saveAll(entries);
  }

  /** One file's worth of content for {@link #saveAll}. */
  public record Entry(String fileId, SourceInfo source, ParsedFile parsed, boolean synthetic) {}

  /** Every series, ordered by id. */
  public List<StoredSeries> listSeries() {
    return querySeries("", null);
  }

  /** The series with exactly this id. */
  public Optional<StoredSeries> find(SeriesId id) {
    List<StoredSeries> l = querySeries(" WHERE s.id = ?", id.value());
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /**
   * The series named by {@code query}: its whole id, or a tail that follows a {@code /} and is
   * unique ({@code RUT} for {@code market-base/indices/RUT}).
   *
   * @throws StoreException when nothing matches, or several ids do (the message lists them)
   */
  public StoredSeries resolve(String query) {
    List<StoredSeries> exact = querySeries(" WHERE s.id = ?", query);
    if (!exact.isEmpty()) {
      return exact.get(0);
    }
    List<StoredSeries> tail =
        querySeries(" WHERE s.id LIKE ? ESCAPE '!'", "%/" + escapeLike(query));
    if (tail.size() == 1) {
      return tail.get(0);
    }
    if (tail.isEmpty()) {
      List<StoredSeries> similar =
          querySeries(" WHERE s.id LIKE ? ESCAPE '!'", "%" + escapeLike(query) + "%");
      StringBuilder hint = new StringBuilder();
      for (int i = 0; i < similar.size() && i < 8; i++) {
        hint.append(i == 0 ? "; similar ids: " : ", ").append(similar.get(i).info().id());
      }
      if (similar.size() > 8) {
        hint.append(", ... (").append(similar.size()).append(" in all)");
      }
      throw new StoreException(
          "no series '"
              + query
              + "' in store "
              + location
              + (hint.length() == 0 ? " (see: rotor series list)" : hint.toString()));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tail.size() && i < 20; i++) {
      sb.append(i == 0 ? "" : ", ").append(tail.get(i).info().id());
    }
    if (tail.size() > 20) {
      sb.append(", ... (").append(tail.size()).append(" in all)");
    }
    throw new StoreException("'" + query + "' is ambiguous; candidates: " + sb);
  }

  private static String escapeLike(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private List<StoredSeries> querySeries(String where, String arg) {
    String sql =
        "SELECT s.id, s.name, s.kind, s.frequency, s.units, s.synthetic, s.file_id, f.source_file,"
            + " f.sha256, f.imported_at, s.first_date, s.last_date, s.count, s.has_bars"
            + " FROM series s JOIN files f ON f.file_id = s.file_id"
            + where
            + " ORDER BY s.id";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      if (arg != null) {
        ps.setString(1, arg);
      }
      List<StoredSeries> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          SeriesInfo info =
              new SeriesInfo(
                  SeriesId.of(rs.getString(1)),
                  rs.getString(2),
                  SeriesKind.parse(rs.getString(3)),
                  Frequency.parse(rs.getString(4)),
                  rs.getString(5),
                  rs.getBoolean(6));
          out.add(
              new StoredSeries(
                  info,
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getTimestamp(10).toInstant(),
                  toLocal(rs.getDate(11)),
                  toLocal(rs.getDate(12)),
                  rs.getInt(13),
                  rs.getBoolean(14)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read series: " + firstLine(e), e);
    }
  }

  /**
   * The values of a single-value series, or the closes of a bar series, dated in {@code [from, to]}
   * (null bounds are open).
   */
  public DateSeries loadValues(StoredSeries s, LocalDate from, LocalDate to) {
    return ObservationReader.values(conn, s, from, to);
  }

  /**
   * The values of many single-value series whose ids start with {@code prefix}, dated in {@code
   * [from, to]}, in one query: by id tail (the id without the prefix), only the tails in {@code
   * tails}. Bar series under the prefix are left out.
   */
  public Map<String, DateSeries> loadValuesWithPrefix(
      String prefix, java.util.Collection<String> tails, LocalDate from, LocalDate to) {
    return ObservationReader.valuesWithPrefix(conn, prefix, tails, from, to);
  }

  /**
   * The bars of a bar series dated in {@code [from, to]}; fields never reported are absent.
   *
   * @throws StoreException when the series holds single values
   */
  public BarSeries loadBars(StoredSeries s, LocalDate from, LocalDate to) {
    return ObservationReader.bars(conn, s, from, to);
  }

  /** Every snapshot, ordered by id. */
  public List<StoredSnapshot> listSnapshots() {
    return SnapshotReader.list(conn, null);
  }

  /** The snapshot named by its id or a unique tail after {@code /}. */
  public StoredSnapshot resolveSnapshot(String query) {
    return SnapshotReader.resolve(conn, query, location);
  }

  /** The rows of a snapshot. */
  public CrossSection loadSnapshot(StoredSnapshot s) {
    return SnapshotReader.load(conn, s);
  }

  /** True when the store holds no series and no snapshots. */
  public boolean isEmpty() {
    return count("SELECT (SELECT count(*) FROM series) + (SELECT count(*) FROM snapshots)") == 0;
  }

  /**
   * An order-independent fingerprint of everything stored (every table's rows), to prove that a
   * failed import changed nothing.
   */
  public String contentHash() {
    String[] tables = {
      "files",
      "import_log",
      "series",
      "observations",
      "bars",
      "snapshots",
      "snapshot_rows",
      "release_dates"
    };
    StringBuilder sb = new StringBuilder();
    for (String t : tables) {
      sb.append(t)
          .append(':')
          .append(
              scalar("SELECT count(*) || '/' || coalesce(bit_xor(hash(t)), 0) FROM " + t + " t"))
          .append(';');
    }
    return SourceInfo.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private long count(String sql) {
    return Long.parseLong(scalar(sql));
  }

  private String scalar(String sql) {
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new StoreException("store query failed: " + firstLine(e), e);
    }
  }

  private void exec(String sql) {
    try (Statement s = conn.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new StoreException("store command failed: " + firstLine(e), e);
    }
  }

  static LocalDate toLocal(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  static String firstLine(SQLException e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The numeric snapshot columns in {@link ConstituentField} order. */
  static String numericColumns() {
    StringBuilder sb = new StringBuilder();
    for (ConstituentField f : ConstituentField.values()) {
      sb.append(", ").append(f.label());
    }
    return sb.toString();
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + location + ": " + firstLine(e), e);
    }
  }

  /** The underlying connection, for the store's own package (writers, readers, benchmarks). */
  Connection connection() {
    return conn;
  }
}
