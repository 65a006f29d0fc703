package dev.rotor.imports;

import java.time.LocalDate;
import java.util.Arrays;

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
   * Column positions and names; {@code cols[f]} holds field {@code f}, {@code closeSlot} the close.
   */
  record Layout(
      int width, int dateCol, String dateName, int[] cols, String[] names, int closeSlot) {}

  /** Epoch days of the rows kept (rows with a close). */
  int[] epochDays = new int[0];

  /** {@code values[f][i]}: field {@code f} of kept row {@code i}; NaN where the row lacks it. */
  double[][] values;

  /** Number of kept rows. */
  int size;

  /** Rows skipped for lacking a close. */
  int skipped;

  /** Epoch day of the first and last dated row, kept or skipped; unset when {@code dated} is 0. */
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
   * Parses every line of {@code r}. A problem ends the chunk and is kept in {@link #error}, not
   * thrown, so that parallel chunks can be joined in file order.
   *
   * @param expectedBytes an estimate of the bytes to read, to size the arrays
   */
  void read(ByteCsvReader r, Layout layout, long expectedBytes) {
    try {
      readRows(r, layout, expectedBytes);
    } catch (ImportException e) {
      error = e;
    } finally {
      lines = r.lineNumber();
    }
  }

  private void readRows(ByteCsvReader r, Layout layout, long expectedBytes) throws ImportException {
    int[] cols = layout.cols();
    String[] names = layout.names();
    int fields = cols.length;
    int closeSlot = layout.closeSlot();
    int closeCol = cols[closeSlot];
    int dateCol = layout.dateCol();
    String dateName = layout.dateName();
    int width = layout.width();
    values = new double[fields][0];
    int[] days = epochDays;
    double[][] v = values;
    int n = 0;
    long previous = Long.MIN_VALUE;
    while (r.next()) {
      if (r.lineLength() == 0) {
        continue;
      }
      int found = r.split();
      if (found != width) {
        throw r.error(null, "expected " + width + " fields as in the header, found " + found);
      }
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
        int grown = n == 0 ? initialCapacity(expectedBytes, r.lineLength()) : n + (n >> 1) + 16;
        days = Arrays.copyOf(days, grown);
        for (int f = 0; f < fields; f++) {
          v[f] = Arrays.copyOf(v[f], grown);
        }
      }
      days[n] = day;
      for (int f = 0; f < fields; f++) {
        v[f][n] = f == closeSlot ? r.number(cols[f], names[f]) : r.numberOrNaN(cols[f], names[f]);
      }
      n++;
    }
    lastDay = previous;
    epochDays = days;
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

  /** A first guess at the row count, a little high so the arrays rarely grow. */
  private static int initialCapacity(long expectedBytes, int firstRowLength) {
    long guess = expectedBytes / (firstRowLength + 1);
    return (int) Math.min(guess + (guess >> 3) + 16, 1 << 28);
  }
}
