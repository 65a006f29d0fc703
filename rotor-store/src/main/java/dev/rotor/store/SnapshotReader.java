package dev.rotor.store;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads cross-section snapshots. */
final class SnapshotReader {

  private SnapshotReader() {}

  static List<StoredSnapshot> list(Connection conn, String exactId) {
    String sql =
        "SELECT n.id, n.name, n.as_of, n.row_count, f.source_file, f.sha256, f.imported_at,"
            + " n.synthetic FROM snapshots n JOIN files f ON f.file_id = n.file_id"
            + (exactId == null ? "" : " WHERE n.id = ? OR n.id LIKE ? ESCAPE '!'")
            + " ORDER BY n.id";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      if (exactId != null) {
        ps.setString(1, exactId);
        ps.setString(2, "%/" + exactId.replace("!", "!!").replace("%", "!%").replace("_", "!_"));
      }
      List<StoredSnapshot> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredSnapshot(
                  rs.getString(1),
                  rs.getString(2),
                  Store.toLocal(rs.getDate(3)),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getTimestamp(7).toInstant(),
                  rs.getBoolean(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read snapshots: " + Store.firstLine(e), e);
    }
  }

  static StoredSnapshot resolve(Connection conn, String query, String location) {
    List<StoredSnapshot> found = list(conn, query);
    for (StoredSnapshot s : found) {
      if (s.id().equals(query)) {
        return s;
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new StoreException(
          "no snapshot '" + query + "' in store " + location + " (see: rotor snapshot list)");
    }
    StringBuilder sb = new StringBuilder();
    for (StoredSnapshot s : found) {
      sb.append(sb.length() == 0 ? "" : ", ").append(s.id());
    }
    throw new StoreException("'" + query + "' is ambiguous; candidates: " + sb);
  }

  static CrossSection load(Connection conn, StoredSnapshot s) {
    String sql =
        "SELECT r.ticker, r.name, r.sector, r.industry, r.asset_class, r.memberships"
            + Store.numericColumns()
            + " FROM snapshot_rows r JOIN snapshots n ON n.key = r.key WHERE n.id = ? ORDER BY r.ord";
    List<Constituent> rows = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, s.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Constituent c =
              Constituent.of(rs.getString(1))
                  .withName(text(rs, 2))
                  .withSector(text(rs, 3))
                  .withIndustry(text(rs, 4))
                  .withAssetClass(text(rs, 5))
                  .withMemberships(text(rs, 6));
          ConstituentField[] fields = ConstituentField.values();
          for (int f = 0; f < fields.length; f++) {
            double v = rs.getDouble(7 + f);
            if (!rs.wasNull()) {
              c = c.with(fields[f], v);
            }
          }
          rows.add(c);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read snapshot " + s.id() + ": " + Store.firstLine(e), e);
    }
    return new CrossSection(s.name(), s.asOf(), rows);
  }

  private static String text(ResultSet rs, int col) throws SQLException {
    String v = rs.getString(col);
    return v == null ? "" : v;
  }
}
