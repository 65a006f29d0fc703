package dev.rotor.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The rows of one stretch of an OHLCV file, parsed into primitive arrays: the hot loop of {@link
 * OhlcvParser}. A file is read as one chunk, or as several line-aligned chunks in parallel; the
 * parser then checks the order across chunk boundaries and joins them.
 *
 * <p>Line numbers inside a chunk count from its first line; {@link #error} and {@link
 * #firstRowLine} are shifted by the caller, who knows how many lines came before.
 */
final class BarChunk {

  /**
   * Column positions and names; {@code cols[f]} holds field {@code f}, {@code closeSlot} the close,
   * {@code tickerCol} the ticker of a long-format file (-1 for one security's file).
   */
  record Layout(
      int width,
      int dateCol,
      String dateName,
      int[] cols,
      String[] names,
      int closeSlot,
      int tickerCol,
      String tickerName) {

    /** True for a long-format file (one row per ticker per date). */
    boolean isLong() {
      return tickerCol >= 0;
    }

    /** Position of the close column. */
    int closeCol() {
      return cols[closeSlot];
    }
  }

  /** Long format: the tickers met, and the ticker of each kept row; null otherwise. */
  TickerTable tickers;

  int[] tickerOf;

  /** Epoch days of the rows kept (rows with a close). */
  int[] epochDays = new int[0];

  /** {@code values[f][i]}: field {@code f} of kept row {@code i}; NaN where the row lacks it. */
  double[][] values;

  /** Number of kept rows. */
  int size;

  /** Rows skipped for lacking a close. */
  int skipped;

  /**
   * Epoch day of the first and last dated row, kept or skipped; unset when {@code dated} is 0. Long
   * format: per ticker in {@link #tickers} instead.
   */
  long firstDay;

  long lastDay;

  /** Number of dated rows (kept or skipped). */
  int dated;

  /** Chunk-relative line of the first dated row. */
  long firstRowLine;

  /** Physical lines read. */
  long lines;

  /** The first problem found, with a chunk-relative line; null when the chunk is valid. */
  ImportException error;

  /**
   * Reads the rows after the header: in the calling thread with {@code r} for a small or gzip file,
   * else in up to {@code maxParts} line-aligned chunks of at least {@code chunkBytes} bytes, on one
   * thread each. The chunks are returned unchecked, with chunk-relative lines; {@code offset[0]} is
   * set to the lines before the first chunk (0 when it is {@code r} itself).
   */
  static BarChunk[] readAll(
      ByteCsvReader r, Path file, Layout layout, long chunkBytes, int maxParts, long[] offset)
      throws ImportException {
    long size = fileSize(file);
    boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    int parts = (int) Math.min(maxParts, size / chunkBytes);
    if (gz || parts < 2) {
      BarChunk only = new BarChunk();
      only.read(r, layout, gz ? size * 4 : size);
      offset[0] = 0;
      return new BarChunk[] {only};
    }
    long[] bounds = FileChunks.lineAlignedRanges(file, r.nextLineOffset(), size, parts);
    int k = bounds.length - 1;
    BarChunk[] chunks = new BarChunk[k];
    ByteCsvReader[] readers = new ByteCsvReader[k];
    Throwable[] failures = new Throwable[k];
    Thread[] threads = new Thread[k];
    try {
      for (int i = 0; i < k; i++) {
        chunks[i] = new BarChunk();
        readers[i] = ByteCsvReader.open(file, bounds[i], bounds[i + 1]);
      }
      for (int i = k - 1; i >= 0; i--) {
        int part = i;
        Runnable work =
            () -> {
              try {
                chunks[part].read(readers[part], layout, bounds[part + 1] - bounds[part]);
              } catch (RuntimeException | Error e) {
                failures[part] = e;
              }
            };
        if (i == 0) {
          work.run();
        } else {
          threads[i] = new Thread(work, "rotor-ohlcv-chunk-" + i);
          threads[i].setDaemon(true);
          threads[i].start();
        }
      }
      for (int i = 1; i < k; i++) {
        threads[i].join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException(file, 0, null, "interrupted while reading");
    } finally {
      for (ByteCsvReader reader : readers) {
        if (reader != null) {
          reader.close();
        }
      }
    }
    for (Throwable failure : failures) {
      if (failure instanceof RuntimeException e) {
        throw e;
      } else if (failure instanceof Error e) {
        throw e;
      }
    }
    offset[0] = r.lineNumber();
    return chunks;
  }

  /**
   * Checks one security's chunks in file order, as reading in one pass would: each chunk's error
   * and the date order across chunk boundaries, with absolute lines. Sets each chunk's {@code
   * lines} to the absolute number of its last line.
   */
  static void checkOrder(Path file, Layout layout, BarChunk[] chunks, long offset)
      throws ImportException {
    BarChunk before = null;
    for (BarChunk c : chunks) {
      boolean unordered = c.dated > 0 && before != null && c.firstDay <= before.lastDay;
      // the order check comes first on a row, as when reading in one pass
      if (unordered && (c.error == null || c.error.line() >= c.firstRowLine)) {
        throw new ImportException(
            file,
            c.firstRowLine + offset,
            layout.dateName(),
            orderProblem(before.lastDay, c.firstDay));
      }
      if (c.error != null) {
        ImportException e = c.error;
        throw new ImportException(
            file, e.line() > 0 ? e.line() + offset : 0, e.field(), e.problem());
      }
      if (c.dated > 0) {
        before = c;
      }
      offset += c.lines;
      c.lines = offset;
    }
  }

  private static long fileSize(Path file) throws ImportException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new ImportException(file, 0, null, "cannot read size: " + e.getMessage());
    }
  }

  /**
   * Parses every line of {@code r}. A problem ends the chunk and is kept in {@link #error}, not
   * thrown, so that parallel chunks can be joined in file order.
   *
   * @param expectedBytes an estimate of the bytes to read, to size the arrays
   */
  void read(ByteCsvReader r, Layout layout, long expectedBytes) {
    try {
      if (layout.isLong()) {
        readLongRows(r, layout, expectedBytes);
      } else {
        readRows(r, layout, expectedBytes);
      }
    } catch (ImportException e) {
      error = e;
    } finally {
      lines = r.lineNumber();
    }
  }

  private void readRows(ByteCsvReader r, Layout layout, long expectedBytes) throws ImportException {
    int closeCol = layout.closeCol();
    int dateCol = layout.dateCol();
    String dateName = layout.dateName();
    int width = layout.width();
    values = new double[layout.cols().length][0];
    int[] days = epochDays;
    double[][] v = values;
    int n = 0;
    long previous = Long.MIN_VALUE;
    while (r.nextRow(width)) {
      int day = r.epochDay(dateCol, dateName);
      if (day <= previous) {
        throw r.error(dateName, orderProblem(previous, day));
      }
      if (dated++ == 0) {
        firstDay = day;
        firstRowLine = r.lineNumber();
      }
      previous = day;
      if (r.isNull(closeCol)) {
        skipped++;
        continue;
      }
      if (n == days.length) {
        int grown = grownCapacity(n, expectedBytes, r.lineLength());
        days = Arrays.copyOf(days, grown);
        grow(v, grown);
      }
      days[n] = day;
      parseValues(r, layout, v, n);
      n++;
    }
    lastDay = previous;
    epochDays = days;
    size = n;
  }

  /**
   * Like {@link #readRows} for a long-format file: rows of any tickers in any order, dates strictly
   * ascending within each ticker.
   */
  private void readLongRows(ByteCsvReader r, Layout layout, long expectedBytes)
      throws ImportException {
    int closeCol = layout.closeCol();
    int dateCol = layout.dateCol();
    String dateName = layout.dateName();
    int tickerCol = layout.tickerCol();
    String tickerName = layout.tickerName();
    int width = layout.width();
    TickerTable table = new TickerTable();
    tickers = table;
    values = new double[layout.cols().length][0];
    int[] days = epochDays;
    int[] owner = new int[0];
    double[][] v = values;
    int n = 0;
    while (r.nextRow(width)) {
      int day = r.epochDay(dateCol, dateName);
      int size = table.size;
      int t = r.ticker(tickerCol, tickerName, table, day);
      if (t < size) {
        int previous = table.lastDay[t];
        if (day <= previous) {
          throw r.error(dateName, orderProblem(previous, day) + " for ticker " + table.names[t]);
        }
        table.lastDay[t] = day;
      }
      if (r.isNull(closeCol)) {
        skipped++;
        continue;
      }
      if (n == days.length) {
        int grown = grownCapacity(n, expectedBytes, r.lineLength());
        days = Arrays.copyOf(days, grown);
        owner = Arrays.copyOf(owner, grown);
        grow(v, grown);
      }
      days[n] = day;
      owner[n] = t;
      parseValues(r, layout, v, n);
      table.kept[t]++;
      n++;
    }
    epochDays = days;
    tickerOf = owner;
    size = n;
  }

  /** The message for a date that is not after the one before it. */
  static String orderProblem(long previous, long day) {
    return day == previous
        ? "duplicate date " + LocalDate.ofEpochDay(day)
        : "dates not ascending: "
            + LocalDate.ofEpochDay(day)
            + " after "
            + LocalDate.ofEpochDay(previous);
  }

  /** Parses the fields of the current row into {@code v[f][n]}: the close required, others NaN. */
  private static void parseValues(ByteCsvReader r, Layout layout, double[][] v, int n)
      throws ImportException {
    int[] cols = layout.cols();
    String[] names = layout.names();
    int closeSlot = layout.closeSlot();
    for (int f = 0; f < cols.length; f++) {
      v[f][n] = f == closeSlot ? r.number(cols[f], names[f]) : r.numberOrNaN(cols[f], names[f]);
    }
  }

  /** Grows every column of {@code v} to {@code capacity}. */
  private static void grow(double[][] v, int capacity) {
    for (int f = 0; f < v.length; f++) {
      v[f] = Arrays.copyOf(v[f], capacity);
    }
  }

  /**
   * The capacity after {@code n} rows: at first a guess at the row count, a little high so the
   * arrays rarely grow, then half as much again.
   */
  private static int grownCapacity(int n, long expectedBytes, int firstRowLength) {
    if (n > 0) {
      return n + (n >> 1) + 16;
    }
    long guess = expectedBytes / (firstRowLength + 1);
    return (int) Math.min(guess + (guess >> 3) + 16, 1 << 28);
  }
}
