package dev.rotor.imports;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import java.nio.file.Path;
import java.util.List;

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
      Snapshots.Labels h = Snapshots.Labels.read(r);
      int ticker = h.column("ticker");
      int name = h.column("shortName");
      int sector = h.column("sector");
      int industry = h.column("industry");
      int marketCap = h.column("marketCap");
      int price = h.column("currentPrice");
      int pe = h.column("trailingPE");
      int forwardPe = h.column("forwardPE");
      int revenueGrowth = h.column("revenueGrowth");
      int earningsGrowth = h.column("earningsGrowth");
      int profitMargins = h.column("profitMargins");
      int debtToEquity = h.column("debtToEquity");
      List<Constituent> rows =
          Snapshots.table(
              r,
              h.width(),
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
      return Snapshots.datedByFileName(
          file,
          FileFormat.FUNDAMENTALS,
          "Company fundamentals (yfinance fields)",
          rows,
          List.of("debtToEquity read as percent (yfinance convention) and stored as a ratio"));
    }
  }
}
