package dev.rotor.imports;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Joins the chunks of a long-format OHLCV file ({@code date,ticker,open,...}, one row per ticker
 * per date) into one bar series per ticker; the format is described in {@link OhlcvParser}.
 *
 * <p>Each chunk numbers its tickers in order of first appearance ({@link TickerTable}); {@link
 * #check} maps them to file-wide numbers, in order of first appearance in the file, and checks that
 * each ticker's dates keep ascending across chunk boundaries. {@link #series} then moves the rows
 * into per-ticker arrays column by column (columns in parallel), releasing each chunk column once
 * moved, so that the rows are held about once (plus a column per thread) rather than twice.
 */
final class LongBars {

  private final Path file;
  private final BarChunk.Layout layout;
  private final BarChunk[] chunks;

  /** {@code global[c][k]}: the file-wide number of ticker {@code k} of chunk {@code c}. */
  private final int[][] global;

  /** Ticker names by file-wide number. */
  private final List<String> names = new ArrayList<>();

  private LongBars(Path file, BarChunk.Layout layout, BarChunk[] chunks) {
    this.file = file;
    this.layout = layout;
    this.chunks = chunks;
    this.global = new int[chunks.length][];
  }

  /**
   * Checks the chunks in file order, as reading in one pass would: the first problem by line, be it
   * a chunk's own error or a ticker whose first date in a chunk is not after its last date in the
   * chunks before, is thrown with its absolute line. Sets each chunk's {@code lines} to the
   * absolute number of its last line.
   *
   * @param offset the lines before the first chunk (0 when the first chunk counted the header)
   */
  static LongBars check(Path file, BarChunk.Layout layout, BarChunk[] chunks, long offset)
      throws ImportException {
    LongBars joined = new LongBars(file, layout, chunks);
    Map<String, Integer> number = new HashMap<>();
    int[] last = new int[64];
    for (int c = 0; c < chunks.length; c++) {
      BarChunk chunk = chunks[c];
      TickerTable t = chunk.tickers;
      int[] map = new int[t.size];
      long firstBad = Long.MAX_VALUE;
      String problem = null;
      for (int k = 0; k < t.size; k++) {
        Integer g = number.get(t.names[k]);
        if (g == null) {
          g = number.size();
          number.put(t.names[k], g);
          joined.names.add(t.names[k]);
          if (g == last.length) {
            last = Arrays.copyOf(last, g * 2);
          }
        } else if (t.firstDay[k] <= last[g] && t.firstLine[k] < firstBad) {
          firstBad = t.firstLine[k];
          problem = BarChunk.orderProblem(last[g], t.firstDay[k]) + " for ticker " + t.names[k];
        }
        map[k] = g;
      }
      ImportException e = chunk.error;
      // the order check comes first on a row, as when reading in one pass
      if (problem != null && (e == null || e.line() >= firstBad)) {
        throw new ImportException(file, firstBad + offset, layout.dateName(), problem);
      }
      if (e != null) {
        throw new ImportException(
            file, e.line() > 0 ? e.line() + offset : 0, e.field(), e.problem());
      }
      for (int k = 0; k < t.size; k++) {
        last[map[k]] = t.lastDay[k];
      }
      joined.global[c] = map;
      offset += chunk.lines;
      chunk.lines = offset;
    }
    return joined;
  }

  /**
   * One series per ticker with at least one close, in order of first appearance, each as {@link
   * OhlcvParser} describes; tickers without any close are listed in {@code notes}. Empties the
   * chunks. The columns are moved, and the series built, on up to one thread per processor.
   *
   * @param fields the fields present, in the chunks' column order
   */
  List<ParsedSeries> series(BarField[] fields, ImportOptions options, List<String> notes)
      throws ImportException {
    int tickers = names.size();
    int[] count = new int[tickers];
    for (int c = 0; c < chunks.length; c++) {
      TickerTable t = chunks[c].tickers;
      for (int k = 0; k < t.size; k++) {
        count[global[c][k]] += t.kept[k];
      }
    }
    int[][] days = new int[tickers][];
    double[][][] columns = new double[fields.length][][];
    // task 0 moves the dates, task f + 1 moves column f
    IntStream.rangeClosed(0, fields.length)
        .parallel()
        .forEach(
            task -> {
              if (task == 0) {
                moveDays(count, days);
              } else {
                columns[task - 1] = moveColumn(count, task - 1);
              }
            });
    for (BarChunk chunk : chunks) {
      chunk.tickerOf = null;
    }
    return build(days, columns, fields, options, notes);
  }

  private void moveDays(int[] count, int[][] days) {
    int[] fill = new int[count.length];
    for (int g = 0; g < count.length; g++) {
      days[g] = new int[count[g]];
    }
    for (int c = 0; c < chunks.length; c++) {
      BarChunk chunk = chunks[c];
      int[] map = global[c];
      int[] owner = chunk.tickerOf;
      int[] from = chunk.epochDays;
      for (int i = 0; i < chunk.size; i++) {
        int g = map[owner[i]];
        days[g][fill[g]++] = from[i];
      }
      chunk.epochDays = null;
    }
  }

  private double[][] moveColumn(int[] count, int f) {
    int[] fill = new int[count.length];
    double[][] col = new double[count.length][];
    for (int g = 0; g < count.length; g++) {
      col[g] = new double[count[g]];
    }
    for (int c = 0; c < chunks.length; c++) {
      BarChunk chunk = chunks[c];
      int[] map = global[c];
      int[] owner = chunk.tickerOf;
      double[] from = chunk.values[f];
      for (int i = 0; i < chunk.size; i++) {
        int g = map[owner[i]];
        col[g][fill[g]++] = from[i];
      }
      chunk.values[f] = null;
    }
    return col;
  }

  private List<ParsedSeries> build(
      int[][] days,
      double[][][] columns,
      BarField[] fields,
      ImportOptions options,
      List<String> notes)
      throws ImportException {
    int first = Integer.MAX_VALUE;
    int lastDay = Integer.MIN_VALUE;
    for (int[] d : days) {
      if (d.length > 0) {
        first = Math.min(first, d[0]);
        lastDay = Math.max(lastDay, d[d.length - 1]);
      }
    }
    int from = first;
    // one LocalDate per calendar day, shared by every ticker's series; filled as met (two threads
    // may both make the same day: equal immutable values, so either may win)
    LocalDate[] cache = new LocalDate[first <= lastDay ? lastDay - first + 1 : 0];
    String what = fields.length == 1 ? " closes" : " bars";
    ParsedSeries[] built = new ParsedSeries[days.length];
    String[] failures = new String[days.length];
    IntStream.range(0, days.length)
        .parallel()
        .forEach(
            g -> {
              int n = days[g].length;
              if (n == 0) {
                return;
              }
              LocalDate[] dates = new LocalDate[n];
              for (int i = 0; i < n; i++) {
                int at = days[g][i] - from;
                LocalDate d = cache[at];
                if (d == null) {
                  d = LocalDate.ofEpochDay(days[g][i]);
                  cache[at] = d;
                }
                dates[i] = d;
              }
              Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
              for (int f = 0; f < fields.length; f++) {
                cols.put(fields[f], columns[f][g]);
                columns[f][g] = null;
              }
              Frequency frequency = OhlcvParser.inferFrequency(days[g], n);
              days[g] = null;
              String ticker = names.get(g);
              try {
                BarSeries bars = BarSeries.of(dates, cols);
                SeriesKind kind =
                    options.kind() != null ? options.kind() : OhlcvParser.inferKind(file, ticker);
                String units = kind == SeriesKind.INDEX ? "index points" : "USD";
                String name = ticker + " " + frequency.label() + what;
                built[g] = ParsedSeries.ofBars(ticker, name, kind, frequency, units, bars);
              } catch (IllegalArgumentException e) {
                failures[g] = ticker + ": " + e.getMessage();
              }
            });
    List<ParsedSeries> out = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (int g = 0; g < built.length; g++) {
      if (failures[g] != null) {
        throw new ImportException(file, 0, layout.tickerName(), failures[g]);
      }
      if (built[g] != null) {
        out.add(built[g]);
      } else {
        empty.add(names.get(g));
      }
    }
    if (!empty.isEmpty()) {
      int shown = Math.min(empty.size(), 20);
      notes.add(
          empty.size()
              + " ticker"
              + (empty.size() == 1 ? "" : "s")
              + " without any close skipped: "
              + String.join(", ", empty.subList(0, shown))
              + (empty.size() > shown ? ", ..." : ""));
    }
    return out;
  }
}
