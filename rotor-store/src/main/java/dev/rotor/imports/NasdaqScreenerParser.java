package dev.rotor.imports;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Nasdaq.com stock screener export ({@link FileFormat#NASDAQ_SCREENER}): header {@code
 * Symbol,Name,Last Sale,Net Change,% Change,Market Cap,Country,IPO Year,Volume,Sector,Industry},
 * one row per listing (NYSE, Nasdaq and NYSE American stocks, ADRs, preferreds, warrants, units).
 *
 * <p>Fields: {@code Symbol} (trimmed; the export pads some) to ticker, {@code Name}, {@code Last
 * Sale} ({@code $130.19}) to price, {@code Market Cap} (dollars) to market cap, {@code Sector} and
 * {@code Industry} (Nasdaq's own classification, not GICS). A blank or zero market cap means not
 * reported and gives NaN (a note counts them). The export states no asset class, so it is {@code
 * ""}. Columns are found by label; the others are not read. A blank symbol is an error.
 *
 * <p>As-of: the export states no date, so it comes from the file name by {@link
 * Snapshots#asOfFromFileName}: a {@code YYYY-MM-DD} in the name is used as is, a {@code YYYY-MM}
 * gives the last day of that month ({@code nasdaq_screener_2025-02.csv} gives 2025-02-28), and no
 * date gives null. A note states which.
 */
final class NasdaqScreenerParser implements FormatParser {

  @Override
  public FileFormat format() {
    return FileFormat.NASDAQ_SCREENER;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    try (CsvReader r = CsvReader.open(file)) {
      Snapshots.Labels h = Snapshots.Labels.read(r);
      int symbol = h.column("Symbol");
      int name = h.column("Name");
      int lastSale = h.column("Last Sale");
      int marketCap = h.column("Market Cap");
      int sector = h.column("Sector");
      int industry = h.column("Industry");
      int[] noCap = {0};
      List<Constituent> rows =
          Snapshots.table(
              r,
              h.width(),
              cells -> {
                double cap = Amounts.amount(r, "Market Cap", cells.get(marketCap));
                if (Double.isNaN(cap) || cap == 0.0) { // blank or 0.00: not reported
                  cap = Double.NaN;
                  noCap[0]++;
                }
                return Constituent.of(Snapshots.ticker(r, "Symbol", cells.get(symbol)))
                    .withName(cells.get(name).trim())
                    .withSector(cells.get(sector).trim())
                    .withIndustry(cells.get(industry).trim())
                    .with(
                        ConstituentField.PRICE, Amounts.amount(r, "Last Sale", cells.get(lastSale)))
                    .with(ConstituentField.MARKET_CAP, cap);
              });
      List<String> notes = new ArrayList<>();
      if (noCap[0] > 0) {
        notes.add(noCap[0] + " row(s) with a blank or 0.00 Market Cap: kept as not reported (NaN)");
      }
      return Snapshots.datedByFileName(
          file, FileFormat.NASDAQ_SCREENER, "Nasdaq.com stock screener", rows, notes);
    }
  }
}
