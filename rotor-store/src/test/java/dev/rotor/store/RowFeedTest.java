package dev.rotor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowFeedTest {

  /** Sizes around DuckDB's 2,048-row chunk, so series start and end inside and across chunks. */
  private static final int[] SIZES = {1, 2047, 2048, 2049, 0, 5000, 3, 4096};

  private static final LocalDate START = LocalDate.of(1990, 1, 1);

  @TempDir Path tmp;

  private Store store;
  private DuckDBConnection conn;

  @BeforeEach
  void open() {
    store = Store.inMemory();
    store.setMemoryLimit("512MB");
    conn = (DuckDBConnection) store.connection();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static BarSeries randomBars(Random rnd, int n, boolean withOpen) {
    LocalDate[] d = new LocalDate[n];
    Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
    double[] close = new double[n];
    double[] open = new double[n];
    double[] volume = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = START.plusDays(i);
      close[i] = rnd.nextDouble() * 100;
      open[i] = rnd.nextInt(10) == 0 ? Double.NaN : rnd.nextDouble() * 100;
      volume[i] = rnd.nextInt(10) == 0 ? Double.NaN : rnd.nextInt(1_000_000);
    }
    cols.put(BarField.CLOSE, close);
    cols.put(BarField.VOLUME, volume);
    if (withOpen) {
      cols.put(BarField.OPEN, open);
    }
    return BarSeries.of(d, cols);
  }

  /** Null when the column is SQL NULL, else the value. */
  private static Double nullable(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static Double expected(BarSeries b, BarField f, int i) {
    double v = b.valueAt(f, i);
    return Double.isNaN(v) ? null : v;
  }

  /**
   * Invariant: the rows read back, in insertion order, equal the series given, field by field, with
   * NaN and absent columns stored as NULL.
   */
  @Test
  void insert_barsAcrossChunkBoundaries_storedInOrderWithNulls() throws Exception {
    Random rnd = new Random(5);
    List<BarSeries> series = new ArrayList<>();
    int[] keys = new int[SIZES.length];
    long total = 0;
    for (int s = 0; s < SIZES.length; s++) {
      series.add(randomBars(rnd, SIZES[s], s % 2 == 0));
      keys[s] = 100 + s;
      total += SIZES[s];
    }
    long inserted = RowFeed.insert(conn, "bars", RowFeed.bars(keys, series));
    assertThat(inserted).isEqualTo(total);
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT key, date, open, high, low, close, adj_close, volume FROM bars"
                    + " ORDER BY key, date")) {
      for (int s = 0; s < SIZES.length; s++) {
        BarSeries b = series.get(s);
        for (int i = 0; i < b.size(); i++) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(keys[s]);
          assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(b.dateAt(i));
          assertThat(nullable(rs, 3)).isEqualTo(expected(b, BarField.OPEN, i));
          assertThat(nullable(rs, 4)).isNull();
          assertThat(nullable(rs, 5)).isNull();
          assertThat(nullable(rs, 6)).isEqualTo(b.valueAt(BarField.CLOSE, i));
          assertThat(nullable(rs, 7)).isNull();
          assertThat(nullable(rs, 8)).isEqualTo(expected(b, BarField.VOLUME, i));
        }
      }
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void insert_valuesAcrossChunkBoundaries_storedInOrder() throws Exception {
    Random rnd = new Random(6);
    List<DateSeries> series = new ArrayList<>();
    int[] keys = new int[SIZES.length];
    for (int s = 0; s < SIZES.length; s++) {
      LocalDate[] d = new LocalDate[SIZES[s]];
      double[] v = new double[SIZES[s]];
      for (int i = 0; i < d.length; i++) {
        d[i] = START.plusDays(i);
        v[i] = rnd.nextGaussian();
      }
      series.add(DateSeries.of(d, v));
      keys[s] = 7 + s;
    }
    RowFeed.insert(conn, "observations", RowFeed.values(keys, series));
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT key, date, value FROM observations ORDER BY key, date")) {
      for (int s = 0; s < SIZES.length; s++) {
        DateSeries d = series.get(s);
        for (int i = 0; i < d.size(); i++) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(keys[s]);
          assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(d.dateAt(i));
          assertThat(rs.getDouble(3)).isEqualTo(d.valueAt(i));
        }
      }
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void insert_violatedConstraint_failsWithSqlExceptionAndInsertsNothing() throws Exception {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE small (key INTEGER, date DATE, value DOUBLE CHECK (value < 10))");
    }
    DateSeries v = DateSeries.of(new LocalDate[] {START, START.plusDays(1)}, new double[] {1, 20});
    assertThatThrownBy(
            () -> RowFeed.insert(conn, "small", RowFeed.values(new int[] {1}, List.of(v))))
        .isInstanceOf(SQLException.class);
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM small")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  @Test
  void function_unknownToken_failsWithSqlException() {
    assertThatThrownBy(
            () -> {
              try (Statement st = conn.createStatement()) {
                st.executeQuery("SELECT * FROM " + RowFeed.FUNCTION + "(987654321::BIGINT)");
              }
            })
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("no rows published");
  }

  @Test
  void register_secondStoreOnSameFile_feedsItsOwnRows() throws Exception {
    Path file = tmp.resolve("s.duckdb");
    try (Store a = Store.open(file);
        Store b = Store.open(file)) {
      DateSeries one = DateSeries.of(new LocalDate[] {START}, new double[] {1});
      DateSeries two = DateSeries.of(new LocalDate[] {START}, new double[] {2});
      DuckDBConnection ca = (DuckDBConnection) a.connection();
      DuckDBConnection cb = (DuckDBConnection) b.connection();
      RowFeed.insert(ca, "observations", RowFeed.values(new int[] {1}, List.of(one)));
      RowFeed.insert(cb, "observations", RowFeed.values(new int[] {2}, List.of(two)));
      try (Statement st = ca.createStatement();
          ResultSet rs = st.executeQuery("SELECT key, value FROM observations ORDER BY key")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getDouble(2)).isEqualTo(1.0);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getDouble(2)).isEqualTo(2.0);
        assertThat(rs.next()).isFalse();
      }
    }
  }
}
