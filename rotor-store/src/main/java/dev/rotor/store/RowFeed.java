package dev.rotor.store;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;

/**
 * Moves a file's rows from Java into the {@code bars} or {@code observations} table with one {@code
 * INSERT ... SELECT} from a DuckDB table function that reads the parsed series, chunk by chunk.
 *
 * <p>Why not the appender: the JDBC appender (1.5.x) hands DuckDB one 2,048-row chunk at a time and
 * flushes each into the table, which costs several times as much as DuckDB pulling the same chunks
 * through one insert pipeline (see BENCHMARKS.md). The insert runs inside the caller's transaction
 * like any other statement, so a failure rolls it back with the rest of the file.
 *
 * <p>The table function {@value #FUNCTION} is registered once per database (DuckDB ignores a second
 * registration of the name); it takes a token naming a {@link Rows} object that the writer has
 * published in a static map for the length of one statement, so several stores open in one JVM
 * never see each other's rows. DuckDB may call it from several threads: chunks are handed out one
 * at a time under a lock, and DuckDB compresses and writes them in parallel. The store runs with
 * {@code preserve_insertion_order = false} (see {@link Store}), so rows land in no particular
 * order; every read orders by date.
 */
final class RowFeed {

  /** The registered table function's name. */
  static final String FUNCTION = "rotor_feed_rows";

  private static final Map<Long, Rows> PUBLISHED = new ConcurrentHashMap<>();
  private static final AtomicLong TOKENS = new AtomicLong();

  private RowFeed() {}

  /**
   * Rows to insert: integer key, date, then {@link #doubles()} DOUBLE columns (NaN = NULL). Not
   * thread-safe: the table function calls {@link #next} under the object's lock.
   */
  interface Rows {
    /** Names of the DOUBLE columns, in table order. */
    List<String> doubles();

    /**
     * Writes the next rows to {@code out} (key in vector 0, date in 1, doubles from 2), at most its
     * capacity; returns how many, 0 when done.
     */
    int next(DuckDBDataChunkWriter out);
  }

  /** Registers the table function on {@code conn}'s database (a no-op when it is there already). */
  static void register(DuckDBConnection conn) throws SQLException {
    DuckDBFunctions.tableFunction()
        .withName(FUNCTION)
        .withParameter(DuckDBColumnType.BIGINT)
        .withFunction(new Function())
        .register(conn);
  }

  /**
   * Inserts {@code rows} into {@code table} with {@code INSERT INTO table SELECT * FROM
   * rotor_feed_rows(token)}.
   *
   * @return the number of rows inserted
   */
  static long insert(DuckDBConnection conn, String table, Rows rows) throws SQLException {
    long token = TOKENS.incrementAndGet();
    PUBLISHED.put(token, rows);
    try (Statement s = conn.createStatement()) {
      return s.executeLargeUpdate(
          "INSERT INTO " + table + " SELECT * FROM " + FUNCTION + "(" + token + "::BIGINT)");
    } finally {
      PUBLISHED.remove(token);
    }
  }

  /** The bars of several series, each under its key, in the order of the {@code bars} table. */
  static Rows bars(int[] keys, List<BarSeries> series) {
    return new BarRows(keys, series);
  }

  /** The values of several series, each under its key, for the {@code observations} table. */
  static Rows values(int[] keys, List<DateSeries> series) {
    return new ValueRows(keys, series);
  }

  /** The table function: bind finds the published rows, apply pulls them chunk by chunk. */
  private static final class Function implements DuckDBTableFunction<Rows, Rows, Object> {
    @Override
    public Rows bind(DuckDBTableFunctionBindInfo info) {
      long token = info.getParameter(0).getLong();
      Rows rows = PUBLISHED.get(token);
      if (rows == null) {
        throw new IllegalStateException(FUNCTION + ": no rows published under token " + token);
      }
      info.addResultColumn("key", DuckDBColumnType.INTEGER);
      info.addResultColumn("date", DuckDBColumnType.DATE);
      for (String name : rows.doubles()) {
        info.addResultColumn(name, DuckDBColumnType.DOUBLE);
      }
      return rows;
    }

    @Override
    public Rows init(DuckDBTableFunctionInitInfo info) {
      info.setMaxThreads(Runtime.getRuntime().availableProcessors());
      return info.getBindData();
    }

    @Override
    public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) {
      Rows rows = info.getInitData();
      // DuckDB threads take turns filling chunks; the sink work after it runs in parallel
      synchronized (rows) {
        return rows.next(out);
      }
    }
  }

  /** Bars read series by series; a cursor remembers where the last chunk ended. */
  private static final class BarRows implements Rows {
    private static final BarField[] ORDER = {
      BarField.OPEN,
      BarField.HIGH,
      BarField.LOW,
      BarField.CLOSE,
      BarField.ADJ_CLOSE,
      BarField.VOLUME
    };
    private static final List<String> NAMES =
        List.of("open", "high", "low", "close", "adj_close", "volume");

    private final int[] keys;
    private final List<BarSeries> series;
    private int current;
    private int row;
    private double[][] columns;

    BarRows(int[] keys, List<BarSeries> series) {
      this.keys = keys;
      this.series = series;
    }

    @Override
    public List<String> doubles() {
      return NAMES;
    }

    @Override
    public int next(DuckDBDataChunkWriter out) {
      int capacity = (int) out.capacity();
      DuckDBWritableVector key = out.vector(0);
      DuckDBWritableVector date = out.vector(1);
      DuckDBWritableVector[] v = new DuckDBWritableVector[ORDER.length];
      for (int c = 0; c < v.length; c++) {
        v[c] = out.vector(2 + c);
      }
      int n = 0;
      while (n < capacity && current < series.size()) {
        BarSeries b = series.get(current);
        if (columns == null) {
          columns = new double[ORDER.length][];
          for (int c = 0; c < ORDER.length; c++) {
            columns[c] = b.has(ORDER[c]) ? b.column(ORDER[c]) : null;
          }
        }
        int k = keys[current];
        int end = Math.min(b.size(), row + capacity - n);
        for (int i = row; i < end; i++, n++) {
          key.setInt(n, k);
          date.setDate(n, b.dateAt(i));
          for (int c = 0; c < v.length; c++) {
            double[] col = columns[c];
            if (col == null || Double.isNaN(col[i])) {
              v[c].setNull(n);
            } else {
              v[c].setDouble(n, col[i]);
            }
          }
        }
        row = end;
        if (row == b.size()) {
          current++;
          row = 0;
          columns = null;
        }
      }
      return n;
    }
  }

  /** Single values read series by series. */
  private static final class ValueRows implements Rows {
    private final int[] keys;
    private final List<DateSeries> series;
    private int current;
    private int row;

    ValueRows(int[] keys, List<DateSeries> series) {
      this.keys = keys;
      this.series = series;
    }

    @Override
    public List<String> doubles() {
      return List.of("value");
    }

    @Override
    public int next(DuckDBDataChunkWriter out) {
      int capacity = (int) out.capacity();
      DuckDBWritableVector key = out.vector(0);
      DuckDBWritableVector date = out.vector(1);
      DuckDBWritableVector value = out.vector(2);
      int n = 0;
      while (n < capacity && current < series.size()) {
        DateSeries s = series.get(current);
        int k = keys[current];
        int end = Math.min(s.size(), row + capacity - n);
        for (int i = row; i < end; i++, n++) {
          key.setInt(n, k);
          date.setDate(n, s.dateAt(i));
          value.setDouble(n, s.valueAt(i));
        }
        row = end;
        if (row == s.size()) {
          current++;
          row = 0;
        }
      }
      return n;
    }
  }
}
