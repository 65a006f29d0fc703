package dev.rotor.store;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.imports.ParsedFile;
import dev.rotor.imports.ParsedSeries;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes one parsed file in one transaction. See {@link Store#save}. */
final class StoreWriter {

  private static final BarField[] BAR_ORDER = {
    BarField.OPEN, BarField.HIGH, BarField.LOW, BarField.CLOSE, BarField.ADJ_CLOSE, BarField.VOLUME
  };

  private final DuckDBConnection conn;

  StoreWriter(DuckDBConnection conn) {
    this.conn = conn;
  }

  ImportResult save(String fileId, SourceInfo source, ParsedFile parsed, boolean synthetic) {
    return saveAll(List.of(new Store.Entry(fileId, source, parsed, synthetic))).get(0);
  }

  /** Stores every entry in a single transaction: all of them, or none. */
  List<ImportResult> saveAll(List<Store.Entry> entries) {
    List<ImportResult> results = new ArrayList<>();
    List<Store.Entry> toWrite = new ArrayList<>();
    List<String> previous = new ArrayList<>();
    List<List<String>> allIds = new ArrayList<>();
    for (Store.Entry e : entries) {
      String prev = previousSha(e.fileId());
      if (e.source().sha256().equals(prev)) {
        List<String> notes = new ArrayList<>(e.parsed().notes());
        notes.add("identical to the stored copy (sha256 " + abbrev(prev) + "): unchanged");
        results.add(new ImportResult(e.fileId(), ImportResult.Action.UNCHANGED, 0, 0, 0, notes));
        continue;
      }
      List<String> ids = seriesIds(e.fileId(), e.parsed());
      checkOwnership(e.fileId(), ids, e.parsed());
      toWrite.add(e);
      previous.add(prev);
      allIds.add(ids);
    }
    if (toWrite.isEmpty()) {
      return results;
    }
    Instant now = Instant.now();
    String current = toWrite.get(0).fileId();
    try {
      conn.setAutoCommit(false);
      try {
        List<ImportResult> written = new ArrayList<>();
        for (int i = 0; i < toWrite.size(); i++) {
          Store.Entry e = toWrite.get(i);
          current = e.fileId();
          written.add(write(e, allIds.get(i), previous.get(i), now));
        }
        conn.commit();
        results.addAll(written);
        return results;
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "could not store " + current + " (store unchanged): " + Store.firstLine(e), e);
    }
  }

  private ImportResult write(Store.Entry e, List<String> ids, String previous, Instant now)
      throws SQLException {
    String fileId = e.fileId();
    ParsedFile parsed = e.parsed();
    List<String> notes = new ArrayList<>(parsed.notes());
    deleteFile(fileId);
    insertFile(fileId, e.source(), parsed, e.synthetic(), previous, now);
    long rows = writeSeries(fileId, ids, parsed, e.synthetic());
    rows += writeSnapshots(fileId, parsed, e.synthetic());
    writeReleaseDates(fileId, parsed);
    log(fileId, e.source(), previous == null ? "added" : "replaced", previous, now);
    ImportResult.Action action = ImportResult.Action.ADDED;
    if (previous != null) {
      action = ImportResult.Action.REPLACED;
      notes.add("replaced the vintage with sha256 " + abbrev(previous));
    }
    return new ImportResult(fileId, action, ids.size(), rows, parsed.snapshots().size(), notes);
  }

  private static String abbrev(String sha) {
    return sha.length() <= 12 ? sha : sha.substring(0, 12);
  }

  private static List<String> seriesIds(String fileId, ParsedFile parsed) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ParsedSeries s : parsed.series()) {
      String id = s.column() == null ? fileId : fileId + "." + s.column();
      if (!seen.add(id)) {
        throw new StoreException(fileId + ": two series would share the id " + id);
      }
      ids.add(id);
    }
    return ids;
  }

  private String previousSha(String fileId) {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT sha256 FROM files WHERE file_id = ?")) {
      ps.setString(1, fileId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read store: " + Store.firstLine(e), e);
    }
  }

  /**
   * Refuses ids that another file already owns, so one import never overwrites another. Every id is
   * the file id or starts with it and a dot, so one query finds all candidates.
   */
  private void checkOwnership(String fileId, List<String> ids, ParsedFile parsed) {
    List<String> all = new ArrayList<>(ids);
    if (!parsed.snapshots().isEmpty()) {
      all.add(fileId);
    }
    String sql =
        "SELECT id, file_id FROM series WHERE file_id <> ? AND (id = ? OR starts_with(id, ?))"
            + " UNION ALL SELECT id, file_id FROM snapshots WHERE file_id <> ?"
            + " AND (id = ? OR starts_with(id, ?))";
    Map<String, String> owners = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int k = 0; k < 2; k++) {
        ps.setString(3 * k + 1, fileId);
        ps.setString(3 * k + 2, fileId);
        ps.setString(3 * k + 3, fileId + ".");
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          owners.putIfAbsent(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read store: " + Store.firstLine(e), e);
    }
    for (String id : all) {
      String owner = owners.get(id);
      if (owner != null) {
        throw new StoreException(
            "id " + id + " already belongs to file " + owner + "; import under another id (--id)");
      }
    }
  }

  private void deleteFile(String fileId) throws SQLException {
    String[] sql = {
      "DELETE FROM observations WHERE key IN (SELECT key FROM series WHERE file_id = ?)",
      "DELETE FROM bars WHERE key IN (SELECT key FROM series WHERE file_id = ?)",
      "DELETE FROM series WHERE file_id = ?",
      "DELETE FROM snapshot_rows WHERE key IN (SELECT key FROM snapshots WHERE file_id = ?)",
      "DELETE FROM snapshots WHERE file_id = ?",
      "DELETE FROM release_dates WHERE file_id = ?",
      "DELETE FROM files WHERE file_id = ?"
    };
    for (String q : sql) {
      try (PreparedStatement ps = conn.prepareStatement(q)) {
        ps.setString(1, fileId);
        ps.executeUpdate();
      }
    }
  }

  private void insertFile(
      String fileId,
      SourceInfo source,
      ParsedFile parsed,
      boolean synthetic,
      String previous,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, fileId);
      ps.setString(2, source.path());
      ps.setString(3, source.sha256());
      ps.setString(4, parsed.format().label());
      ps.setTimestamp(5, Timestamp.from(now));
      ps.setBoolean(6, synthetic);
      ps.setString(7, previous);
      ps.executeUpdate();
    }
  }

  private void log(String fileId, SourceInfo source, String action, String previous, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO import_log VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, fileId);
      ps.setString(3, source.path());
      ps.setString(4, source.sha256());
      ps.setString(5, action);
      ps.setString(6, previous);
      ps.executeUpdate();
    }
  }

  private int nextKey(String table) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(key), 0) + 1 FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private long writeSeries(String fileId, List<String> ids, ParsedFile parsed, boolean synthetic)
      throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    int key = nextKey("series");
    long rows = 0;
    List<BarSeries> bars = new ArrayList<>();
    List<DateSeries> values = new ArrayList<>();
    int[] barKeys = new int[ids.size()];
    int[] valueKeys = new int[ids.size()];
    long barRows = 0;
    long valueRows = 0;
    try (DuckDBAppender meta = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "series")) {
      for (int i = 0; i < ids.size(); i++, key++) {
        ParsedSeries s = parsed.series().get(i);
        LocalDate first;
        LocalDate last;
        String fields;
        if (s.values() != null) {
          DateSeries v = s.values();
          first = v.isEmpty() ? null : v.firstDate();
          last = v.isEmpty() ? null : v.lastDate();
          fields = "value";
          valueKeys[values.size()] = key;
          values.add(v);
          valueRows += v.size();
        } else {
          BarSeries b = s.bars();
          first = b.isEmpty() ? null : b.dateAt(0);
          last = b.isEmpty() ? null : b.dateAt(b.size() - 1);
          fields = barFields(b);
          barKeys[bars.size()] = key;
          bars.add(b);
          barRows += b.size();
        }
        rows += s.count();
        meta.beginRow();
        meta.append(key);
        meta.append(ids.get(i));
        meta.append(fileId);
        meta.append(s.name());
        meta.append(s.kind().label());
        meta.append(s.frequency().label());
        meta.append(s.units());
        meta.append(synthetic);
        meta.append(s.bars() != null);
        appendDate(meta, first);
        appendDate(meta, last);
        meta.append(s.count());
        meta.append(fields);
        meta.endRow();
      }
    }
    if (!bars.isEmpty()) {
      feed("bars", RowFeed.bars(barKeys, bars), barRows);
    }
    if (!values.isEmpty()) {
      feed("observations", RowFeed.values(valueKeys, values), valueRows);
    }
    return rows;
  }

  private static void appendDate(DuckDBAppender a, LocalDate d) throws SQLException {
    if (d == null) {
      a.appendNull();
    } else {
      a.append(d);
    }
  }

  /** Inserts the rows through {@link RowFeed}, checking that all of them went in. */
  private void feed(String table, RowFeed.Rows rows, long expected) throws SQLException {
    long inserted = RowFeed.insert(conn, table, rows);
    if (inserted != expected) {
      throw new SQLException(
          "inserted " + inserted + " rows into " + table + ", expected " + expected);
    }
  }

  private static String barFields(BarSeries b) {
    StringBuilder sb = new StringBuilder();
    for (BarField f : BAR_ORDER) {
      if (b.has(f)) {
        sb.append(sb.length() == 0 ? "" : ",").append(f.label());
      }
    }
    return sb.toString();
  }

  private long writeSnapshots(String fileId, ParsedFile parsed, boolean synthetic)
      throws SQLException {
    long rows = 0;
    int n = parsed.snapshots().size();
    int key = nextKey("snapshots");
    try (PreparedStatement meta =
            conn.prepareStatement("INSERT INTO snapshots VALUES (?, ?, ?, ?, ?, ?, ?)");
        DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "snapshot_rows")) {
      for (int s = 0; s < n; s++, key++) {
        CrossSection cs = parsed.snapshots().get(s);
        meta.setInt(1, key);
        meta.setString(2, n == 1 ? fileId : fileId + "." + (s + 1));
        meta.setString(3, fileId);
        meta.setString(4, cs.name());
        meta.setObject(5, cs.asOf());
        meta.setInt(6, cs.rows().size());
        meta.setBoolean(7, synthetic);
        meta.executeUpdate();
        int ord = 0;
        for (Constituent c : cs.rows()) {
          a.beginRow();
          a.append(key);
          a.append(ord++);
          a.append(c.ticker());
          a.append(c.name());
          a.append(c.sector());
          a.append(c.industry());
          a.append(c.assetClass());
          a.append(c.memberships());
          for (ConstituentField f : ConstituentField.values()) {
            double v = c.get(f);
            if (Double.isNaN(v)) {
              a.appendNull();
            } else {
              a.append(v);
            }
          }
          a.endRow();
        }
        rows += cs.rows().size();
      }
    }
    return rows;
  }

  private void writeReleaseDates(String fileId, ParsedFile parsed) throws SQLException {
    if (parsed.releaseDates().isEmpty()) {
      return;
    }
    try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "release_dates")) {
      for (ParsedFile.ReleaseDate r : parsed.releaseDates()) {
        a.beginRow();
        a.append(fileId);
        a.append(r.seriesCode());
        a.append(r.lastUpdated());
        a.endRow();
      }
    }
  }
}
