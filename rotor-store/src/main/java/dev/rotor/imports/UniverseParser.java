package dev.rotor.imports;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the stock-panel universe: {@code ticker,in_price_panel,memberships} (columns matched by
 * name, any order, extra columns ignored).
 *
 * <p>Yields one {@link CrossSection} named {@value #NAME} whose {@code asOf} is null: the file
 * states no date (its memberships carry their own dates, e.g. {@code IWM_2026-05-05}). Each row is
 * a {@link Constituent} with the ticker (upper case) and the membership text exactly as published
 * (only surrounding spaces trimmed). {@code in_price_panel} ({@code Y}/{@code N}, any case) has no
 * field in {@link Constituent}; it is validated and the tickers without prices are counted in a
 * note. An empty ticker, another {@code in_price_panel} value, a duplicate ticker or a row of the
 * wrong width is an {@link ImportException}.
 */
final class UniverseParser implements FormatParser {

  static final String NAME = "Stock panel universe";

  @Override
  public FileFormat format() {
    return FileFormat.UNIVERSE;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    try (CsvReader r = CsvReader.open(file)) {
      String line = r.readLine();
      if (line == null) {
        throw new ImportException(file, 0, null, "empty file (expected a header line)");
      }
      List<String> header = CsvReader.split(line);
      int tickerCol = column(r, header, "ticker");
      int panelCol = column(r, header, "in_price_panel");
      int memberCol = column(r, header, "memberships");
      List<Constituent> rows = new ArrayList<>();
      Map<String, Long> seen = new HashMap<>();
      int withoutPrices = 0;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        List<String> cells = CsvReader.split(line);
        if (cells.size() != header.size()) {
          throw r.error(
              null,
              "expected " + header.size() + " fields as in the header, found " + cells.size());
        }
        String ticker = cells.get(tickerCol).trim().toUpperCase(Locale.ROOT);
        if (ticker.isEmpty()) {
          throw r.error(header.get(tickerCol), "empty ticker");
        }
        Long before = seen.put(ticker, r.lineNumber());
        if (before != null) {
          throw r.error(header.get(tickerCol), "ticker " + ticker + " already on line " + before);
        }
        String flag = cells.get(panelCol).trim();
        if (flag.equalsIgnoreCase("N")) {
          withoutPrices++;
        } else if (!flag.equalsIgnoreCase("Y")) {
          throw r.error(header.get(panelCol), "'" + flag + "' is not Y or N");
        }
        rows.add(Constituent.of(ticker).withMemberships(cells.get(memberCol).trim()));
      }
      if (rows.isEmpty()) {
        throw new ImportException(file, r.lineNumber(), null, "no rows after the header");
      }
      List<String> notes = new ArrayList<>();
      notes.add("the file states no date: the cross-section has no as-of date");
      notes.add(
          withoutPrices
              + " of "
              + rows.size()
              + " tickers are not in the price panel (in_price_panel = N)");
      return ParsedFile.ofSnapshot(FileFormat.UNIVERSE, new CrossSection(NAME, null, rows), notes);
    }
  }

  private static int column(CsvReader r, List<String> header, String name) throws ImportException {
    String key = Cells.headerKey(name);
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (Cells.headerKey(header.get(i)).equals(key)) {
        if (found >= 0) {
          throw r.error(header.get(i), "column appears twice");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw r.error(null, "no '" + name + "' column (expected ticker,in_price_panel,memberships)");
    }
    return found;
  }
}
