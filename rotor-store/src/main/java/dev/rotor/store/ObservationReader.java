package dev.rotor.store;

import static dev.rotor.store.Store.firstLine;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/** Reads observations and bars of stored series (the read side of {@link Store}). */
final class ObservationReader {
  private ObservationReader() {}

  /**
   * The values of a single-value series, or the closes of a bar series, dated in {@code [from, to]}
   * (null bounds are open).
   */
  static DateSeries values(DuckDBConnection conn, StoredSeries s, LocalDate from, LocalDate to) {
    if (s.bars()) {
      return bars(conn, s, from, to).closes();
    }
    String sql =
        "SELECT o.date, o.value FROM observations o JOIN series s ON s.key = o.key WHERE s.id = ?"
            + range("o.date", from, to)
            + " ORDER BY o.date";
    DateSeries.Builder b = DateSeries.builder();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, s.info().id().value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b.put(rs.getObject(1, LocalDate.class), rs.getDouble(2));
        }
      }
      return b.build();
    } catch (SQLException e) {
      throw new StoreException("cannot read " + s.info().id() + ": " + firstLine(e), e);
    }
  }

  /**
   * The values of many single-value series whose ids start with {@code prefix}, dated in {@code
   * [from, to]}, in one query: by id tail (the id without the prefix), only the tails in {@code
   * tails}. Bar series under the prefix are left out.
   */
  static java.util.Map<String, DateSeries> valuesWithPrefix(
      DuckDBConnection conn,
      String prefix,
      java.util.Collection<String> tails,
      LocalDate from,
      LocalDate to) {
    if (tails.isEmpty()) {
      return java.util.Map.of();
    }
    StringBuilder in = new StringBuilder();
    for (String t : tails) {
      in.append(in.length() == 0 ? "" : ", ").append('\'');
      in.append((prefix + t).replace("'", "''")).append('\'');
    }
    String sql =
        "SELECT s.id, o.date, o.value FROM observations o JOIN series s ON s.key = o.key"
            + " WHERE s.id IN ("
            + in
            + ") AND NOT s.has_bars"
            + range("o.date", from, to)
            + " ORDER BY s.id, o.date";
    java.util.Map<String, DateSeries> out = new java.util.LinkedHashMap<>();
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs = st.executeQuery(sql)) {
        String current = null;
        DateSeries.Builder b = null;
        while (rs.next()) {
          String id = rs.getString(1);
          if (!id.equals(current)) {
            if (b != null) {
              out.put(current.substring(prefix.length()), b.build());
            }
            current = id;
            b = DateSeries.builder();
          }
          b.put(rs.getObject(2, LocalDate.class), rs.getDouble(3));
        }
        if (b != null) {
          out.put(current.substring(prefix.length()), b.build());
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read series under " + prefix + ": " + firstLine(e), e);
    }
  }

  /**
   * The bars of a bar series dated in {@code [from, to]}; fields never reported are absent.
   *
   * @throws StoreException when the series holds single values
   */
  static BarSeries bars(DuckDBConnection conn, StoredSeries s, LocalDate from, LocalDate to) {
    if (!s.bars()) {
      throw new StoreException(s.info().id() + " holds single values, not bars");
    }
    String sql =
        "SELECT b.date, b.open, b.high, b.low, b.close, b.adj_close, b.volume FROM bars b"
            + " JOIN series s ON s.key = b.key WHERE s.id = ?"
            + range("b.date", from, to)
            + " ORDER BY b.date";
    List<LocalDate> dates = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    boolean[] seen = new boolean[7];
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, s.info().id().value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          dates.add(rs.getObject(1, LocalDate.class));
          double[] r = new double[6];
          for (int c = 0; c < 6; c++) {
            double v = rs.getDouble(c + 2);
            r[c] = rs.wasNull() ? Double.NaN : v;
            seen[c] |= !Double.isNaN(r[c]);
          }
          rows.add(r);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read " + s.info().id() + ": " + firstLine(e), e);
    }
    BarField[] order = {
      BarField.OPEN,
      BarField.HIGH,
      BarField.LOW,
      BarField.CLOSE,
      BarField.ADJ_CLOSE,
      BarField.VOLUME
    };
    Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
    for (int c = 0; c < 6; c++) {
      if (seen[c] || order[c] == BarField.CLOSE) {
        double[] col = new double[rows.size()];
        for (int i = 0; i < col.length; i++) {
          col[i] = rows.get(i)[c];
        }
        cols.put(order[c], col);
      }
    }
    return BarSeries.of(dates.toArray(LocalDate[]::new), cols);
  }

  private static String range(String col, LocalDate from, LocalDate to) {
    return (from == null ? "" : " AND " + col + " >= DATE '" + from + "'")
        + (to == null ? "" : " AND " + col + " <= DATE '" + to + "'");
  }
}
