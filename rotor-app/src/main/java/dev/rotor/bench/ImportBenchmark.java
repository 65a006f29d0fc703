package dev.rotor.bench;

import dev.rotor.imports.ImportOptions;
import dev.rotor.store.FileOutcome;
import dev.rotor.store.Importer;
import dev.rotor.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Import throughput: Rotor's import of a file (parse, validate, store with the appender, commit)
 * against DuckDB's own {@code read_csv} into a table of a fresh database file, on the same file in
 * the same run. Reports medians over repeats and the ratio of DuckDB's time to Rotor's.
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  /** One measured case. */
  public record Result(
      String label, long rows, double rotorMedianSeconds, double duckdbMedianSeconds) {
    /** Rotor's rate relative to DuckDB's (1.0 = as fast). */
    public double ratio() {
      return duckdbMedianSeconds / rotorMedianSeconds;
    }
  }

  /** Generates (or reuses) the long OHLCV file with {@code rows} rows in {@code work}. */
  public static Path ohlcvFile(Path work, long rows, int tickers) throws IOException {
    Files.createDirectories(work);
    Path f = work.resolve("ohlcv_" + rows + "x" + tickers + ".csv");
    if (!Files.exists(f)) {
      Path tmp = work.resolve(f.getFileName() + ".tmp");
      OhlcvFileGenerator.write(tmp, rows, tickers, 42);
      Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return f;
  }

  /** Times both loaders {@code repeats} times each, alternating, and returns the medians. */
  public static Result run(
      String label, Path file, long rows, Path work, int repeats, PrintWriter log)
      throws IOException, SQLException {
    List<Double> rotor = new ArrayList<>();
    List<Double> duck = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      duck.add(duckdb(file, work.resolve("duck.duckdb")));
      rotor.add(rotor(file, work.resolve("rotor.duckdb")));
      log.printf(
          "  %s run %d: rotor %.2f s, duckdb read_csv %.2f s%n",
          label, i + 1, rotor.get(i), duck.get(i));
      log.flush();
    }
    return new Result(label, rows, median(rotor), median(duck));
  }

  static double rotor(Path file, Path db) throws IOException {
    deleteDb(db);
    long t0 = System.nanoTime();
    try (Store store = Store.open(db)) {
      Importer importer = new Importer(store);
      List<FileOutcome> out =
          importer.run(
              Importer.plan(List.of(file), null),
              ImportOptions.defaults(),
              new Importer.Listener() {});
      if (!(out.get(0) instanceof FileOutcome.Imported)) {
        throw new IllegalStateException("import failed: " + out.get(0));
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    deleteDb(db);
    return s;
  }

  static double duckdb(Path file, Path db) throws IOException, SQLException {
    deleteDb(db);
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE t AS SELECT * FROM read_csv('"
              + file.toAbsolutePath().toString().replace("'", "''")
              + "', header = true)");
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    deleteDb(db);
    return sec;
  }

  private static void deleteDb(Path db) throws IOException {
    Files.deleteIfExists(db);
    Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
  }

  static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }
}
