package dev.rotor.imports;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a wide panel of adjusted closes: a header {@code date,<ticker>,<ticker>,...}, then one row
 * per date with one cell per ticker (plain or gzip; {@code .gz} names are decompressed).
 *
 * <p>An empty cell means no price that day (not yet listed, delisted, or a gap): the date is absent
 * from that ticker's series. Dates must be strictly ascending and every row as wide as the header.
 * Each ticker column becomes one {@link ParsedSeries}: column suffix = the ticker as written in the
 * header (whitespace runs replaced by {@code _}), kind {@link SeriesKind#STOCK} (or {@code
 * options.kind()}), units {@code USD}, frequency inferred from the panel's dates. The values are
 * the panel's adjusted closes, which in the shared panel are split- and dividend-adjusted
 * (total-return) prices; the series names say so. A ticker with no price at all yields no series
 * and is counted in a note.
 */
final class StockPanelParser implements FormatParser {

  @Override
  public FileFormat format() {
    return FileFormat.STOCK_PANEL;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    try (ByteCsvReader r = ByteCsvReader.open(file)) {
      return read(r, file, options);
    }
  }

  private static ParsedFile read(ByteCsvReader r, Path file, ImportOptions options)
      throws ImportException {
    if (!r.next()) {
      throw new ImportException(file, 0, null, "empty file (expected a header line)");
    }
    String[] tickers = header(r);
    String dateName = tickers[0];
    int width = tickers.length;
    int columns = width - 1;
    LocalDate[] dates = new LocalDate[256];
    // row-major: the value of ticker column c on row i is at i * columns + c
    double[] cells = new double[256 * columns];
    int n = 0;
    while (r.nextRow(width)) {
      LocalDate d = r.date(0, dateName);
      if (n > 0 && !d.isAfter(dates[n - 1])) {
        throw r.error(
            dateName,
            d.equals(dates[n - 1])
                ? "duplicate date " + d
                : "dates not ascending: " + d + " after " + dates[n - 1]);
      }
      if (n == dates.length) {
        if ((long) n * 2 * columns > Integer.MAX_VALUE - 16) {
          throw r.error(null, "panel too large (more than " + n + " rows of " + columns + ")");
        }
        dates = Arrays.copyOf(dates, n * 2);
        cells = Arrays.copyOf(cells, n * 2 * columns);
      }
      dates[n] = d;
      int base = n * columns;
      for (int c = 0; c < columns; c++) {
        cells[base + c] = r.isEmpty(c + 1) ? Double.NaN : r.number(c + 1, tickers[c + 1]);
      }
      n++;
    }
    if (n == 0) {
      throw new ImportException(file, r.lineNumber(), null, "no data rows after the header");
    }
    Frequency frequency = Frequency.infer(Arrays.copyOf(dates, n));
    SeriesKind kind = options.kind() != null ? options.kind() : SeriesKind.STOCK;
    List<ParsedSeries> series = new ArrayList<>(columns);
    List<String> empty = new ArrayList<>();
    LocalDate[] d = new LocalDate[n];
    double[] v = new double[n];
    for (int c = 0; c < columns; c++) {
      int k = 0;
      for (int i = 0; i < n; i++) {
        double x = cells[i * columns + c];
        if (!Double.isNaN(x)) {
          d[k] = dates[i];
          v[k] = x;
          k++;
        }
      }
      String ticker = tickers[c + 1];
      if (k == 0) {
        empty.add(ticker);
        continue;
      }
      DateSeries values = DateSeries.of(Arrays.copyOf(d, k), Arrays.copyOf(v, k));
      String name = ticker + " adjusted close (split- and dividend-adjusted, total return)";
      series.add(ParsedSeries.ofValues(ticker, name, kind, frequency, "USD", values));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "values are adjusted closes (split- and dividend-adjusted, i.e. total-return prices);"
            + " empty cells are missing dates");
    if (!empty.isEmpty()) {
      notes.add(
          empty.size()
              + " ticker column"
              + (empty.size() == 1 ? "" : "s")
              + " without any price skipped: "
              + abbreviate(empty));
    }
    return ParsedFile.ofSeries(FileFormat.STOCK_PANEL, series, notes);
  }

  /** The header cells: a date column first, then unique, non-empty ticker names. */
  private static String[] header(ByteCsvReader r) throws ImportException {
    List<String> cells = CsvReader.split(r.lineText());
    String first = Cells.headerKey(cells.get(0));
    if (!first.equals("date") && !first.equals("timestamp")) {
      throw r.error(cells.get(0), "the first column must be the date (named date or timestamp)");
    }
    if (cells.size() < 2) {
      throw r.error(null, "no ticker columns after the date");
    }
    String[] out = new String[cells.size()];
    out[0] = cells.get(0).trim();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 1; i < out.length; i++) {
      String t = cells.get(i).trim().replaceAll("\\s+", "_");
      if (t.isEmpty()) {
        throw r.error("column " + (i + 1), "empty ticker name");
      }
      Integer before = seen.put(t, i);
      if (before != null) {
        throw r.error(t, "ticker appears twice (columns " + (before + 1) + " and " + (i + 1) + ")");
      }
      out[i] = t;
    }
    return out;
  }

  private static String abbreviate(List<String> names) {
    int shown = Math.min(names.size(), 20);
    String list = String.join(", ", names.subList(0, shown));
    return names.size() > shown ? list + ", ..." : list;
  }
}
