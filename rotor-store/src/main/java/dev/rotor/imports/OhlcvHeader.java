package dev.rotor.imports;

import dev.rotor.series.BarField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The header line of an OHLCV file ({@link OhlcvParser}): where the date, the ticker (long format)
 * and each {@link BarField} are, matched by {@link Cells#headerKey normalised} name, and which
 * columns are ignored. A second date, ticker or field column, or a missing date or close column, is
 * an {@link ImportException} at the header line.
 */
final class OhlcvHeader {
  final int width;
  final String[] names;
  final int dateCol;

  /** Position of the ticker (or symbol) column of a long-format file, -1 when absent. */
  final int tickerCol;

  /** Position of each {@link BarField} by ordinal, -1 when absent. */
  final int[] cols;

  /** The fields present, in {@link BarField} order. */
  final BarField[] fields;

  final List<String> ignored;

  private OhlcvHeader(
      int width, String[] names, int dateCol, int tickerCol, int[] cols, List<String> ignored) {
    this.width = width;
    this.names = names;
    this.dateCol = dateCol;
    this.tickerCol = tickerCol;
    this.cols = cols;
    this.ignored = ignored;
    List<BarField> present = new ArrayList<>();
    for (BarField f : BarField.values()) {
      if (cols[f.ordinal()] >= 0) {
        present.add(f);
      }
    }
    this.fields = present.toArray(new BarField[0]);
  }

  /** Where the parsed fields are, in {@link #fields} order. */
  BarChunk.Layout layout() {
    int[] at = new int[fields.length];
    String[] fieldNames = new String[fields.length];
    int closeSlot = -1;
    for (int f = 0; f < fields.length; f++) {
      at[f] = cols[fields[f].ordinal()];
      fieldNames[f] = names[at[f]];
      if (fields[f] == BarField.CLOSE) {
        closeSlot = f;
      }
    }
    return new BarChunk.Layout(
        width,
        dateCol,
        names[dateCol],
        at,
        fieldNames,
        closeSlot,
        tickerCol,
        tickerCol >= 0 ? names[tickerCol] : null);
  }

  /** Reads the header from the current line of {@code r}. */
  static OhlcvHeader read(ByteCsvReader r) throws ImportException {
    List<String> cells = CsvReader.split(r.lineText());
    String[] names = new String[cells.size()];
    int dateCol = -1;
    int tickerCol = -1;
    int[] cols = new int[BarField.values().length];
    Arrays.fill(cols, -1);
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      names[i] = cells.get(i).trim();
      String key = Cells.headerKey(names[i]);
      BarField f = field(key);
      if (key.equals("date") || key.equals("timestamp")) {
        if (dateCol >= 0) {
          throw r.error(names[i], "a second date column (first is '" + names[dateCol] + "')");
        }
        dateCol = i;
      } else if (key.equals("ticker") || key.equals("symbol")) {
        if (tickerCol >= 0) {
          throw r.error(names[i], "a second ticker column (first is '" + names[tickerCol] + "')");
        }
        tickerCol = i;
      } else if (f != null) {
        if (cols[f.ordinal()] >= 0) {
          throw r.error(names[i], "column " + f.label() + " appears twice");
        }
        cols[f.ordinal()] = i;
      } else {
        ignored.add(names[i].isEmpty() ? "(unnamed column " + (i + 1) + ")" : names[i]);
      }
    }
    if (dateCol < 0) {
      throw r.error(null, "no date column (expected a header named date or timestamp)");
    }
    if (cols[BarField.CLOSE.ordinal()] < 0) {
      throw r.error(null, "no close column (expected a header named close)");
    }
    return new OhlcvHeader(names.length, names, dateCol, tickerCol, cols, ignored);
  }

  private static BarField field(String key) {
    switch (key) {
      case "open":
        return BarField.OPEN;
      case "high":
        return BarField.HIGH;
      case "low":
        return BarField.LOW;
      case "close":
        return BarField.CLOSE;
      case "adjclose":
        return BarField.ADJ_CLOSE;
      case "volume":
        return BarField.VOLUME;
      default:
        return null;
    }
  }
}
