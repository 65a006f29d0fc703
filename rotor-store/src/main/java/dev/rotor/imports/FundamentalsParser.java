package dev.rotor.imports;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a table of company fundamentals named like yfinance's {@code Ticker.info} fields ({@link
 * FileFormat#FUNDAMENTALS}): {@code ticker,shortName,sector,industry,marketCap,currentPrice,
 * trailingPE,forwardPE,...,revenueGrowth,earningsGrowth,profitMargins,debtToEquity,...}, one row
 * per company, plain numbers, empty = not reported.
 *
 * <p>Fields: {@code ticker}, {@code shortName} to name, {@code sector}, {@code industry}, {@code
 * marketCap} (USD), {@code currentPrice} to price, {@code trailingPE} to P/E, {@code forwardPE},
 * {@code revenueGrowth} to sales growth, {@code earningsGrowth}, {@code profitMargins} (all three
 * already decimal fractions), and {@code debtToEquity}, which yfinance gives in <b>percent</b>
 * (79.5 means 0.795x) and is divided by 100. Columns are found by label; the others are not read.
 * The source states no asset class ({@code ""}). A blank ticker is an error.
 *
 * <p>As-of: the file has no as-of column ({@code earningsTimestamp} and {@code
 * earningsTimestampStart} are Unix-second dates of earnings reports, not of the snapshot), so it
 * comes from the file name by {@link Snapshots#asOfFromFileName}: {@code
 * fundamentals_sp500_2026-06-29.csv} gives 2026-06-29; a name with a month only gives the month's
 * last day; no date gives null.
 */
final class FundamentalsParser implements FormatParser {

  @Override
  public FileFormat format() {
    return FileFormat.FUNDAMENTALS;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    try (CsvReader r = CsvReader.open(file)) {
      String headerLine = r.readLine();
      if (headerLine == null) {
        throw new ImportException(file, 0, null, "empty file");
      }
      List<String> headerCells = CsvReader.split(headerLine);
      Map<String, Integer> h = Snapshots.header(headerCells);
      int ticker = Snapshots.column(r, h, "ticker");
      int name = Snapshots.column(r, h, "shortName");
      int sector = Snapshots.column(r, h, "sector");
      int industry = Snapshots.column(r, h, "industry");
      int marketCap = Snapshots.column(r, h, "marketCap");
      int price = Snapshots.column(r, h, "currentPrice");
      int pe = Snapshots.column(r, h, "trailingPE");
      int forwardPe = Snapshots.column(r, h, "forwardPE");
      int revenueGrowth = Snapshots.column(r, h, "revenueGrowth");
      int earningsGrowth = Snapshots.column(r, h, "earningsGrowth");
      int profitMargins = Snapshots.column(r, h, "profitMargins");
      int debtToEquity = Snapshots.column(r, h, "debtToEquity");
      List<Constituent> rows =
          Snapshots.table(
              r,
              headerCells.size(),
              c ->
                  Constituent.of(Snapshots.ticker(r, "ticker", c.get(ticker)))
                      .withName(c.get(name).trim())
                      .withSector(c.get(sector).trim())
                      .withIndustry(c.get(industry).trim())
                      .with(
                          ConstituentField.MARKET_CAP,
                          Amounts.amount(r, "marketCap", c.get(marketCap)))
                      .with(ConstituentField.PRICE, Amounts.amount(r, "currentPrice", c.get(price)))
                      .with(ConstituentField.PE, Amounts.amount(r, "trailingPE", c.get(pe)))
                      .with(
                          ConstituentField.FORWARD_PE,
                          Amounts.amount(r, "forwardPE", c.get(forwardPe)))
                      .with(
                          ConstituentField.SALES_GROWTH,
                          Amounts.amount(r, "revenueGrowth", c.get(revenueGrowth)))
                      .with(
                          ConstituentField.EARNINGS_GROWTH,
                          Amounts.amount(r, "earningsGrowth", c.get(earningsGrowth)))
                      .with(
                          ConstituentField.PROFIT_MARGIN,
                          Amounts.amount(r, "profitMargins", c.get(profitMargins)))
                      .with(
                          ConstituentField.DEBT_TO_EQUITY,
                          Amounts.percent(r, "debtToEquity", c.get(debtToEquity))));
      Snapshots.NameDate asOf = Snapshots.asOfFromFileName(file);
      List<String> notes = new ArrayList<>();
      notes.add(asOf.note());
      notes.add("debtToEquity read as percent (yfinance convention) and stored as a ratio");
      String dups = Snapshots.duplicateNote(rows);
      if (dups != null) {
        notes.add(dups);
      }
      return ParsedFile.ofSnapshot(
          FileFormat.FUNDAMENTALS,
          new CrossSection("Company fundamentals (yfinance fields)", asOf.date(), rows),
          notes);
    }
  }
}
