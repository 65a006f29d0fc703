package dev.rotor.imports;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Finviz screener export ({@link FileFormat#FINVIZ}): all Finviz views merged into one
 * table, first column an unnamed row index, then ticker, company, sector, industry, country, then
 * {@code Index}, {@code P/E}, ... (79 columns in the known export).
 *
 * <p><b>Shifted labels.</b> In the known export the labels of columns 2-6 are shifted by one:
 * {@code Company} holds the ticker, {@code Sector} the company name, {@code Industry} the sector,
 * {@code Country} the industry and {@code Website} the country. Rows without a company name (SPACs,
 * some ETFs: {@code ZING}) are shifted once more: sector, industry and country sit under {@code
 * Sector}, {@code Industry} and {@code Country}. These five columns are therefore read by position,
 * not label, and each row's layout is recognised by where a name from Finviz's fixed sector list
 * ({@link #SECTORS}) sits: under {@code Industry} (row with a name) or else under {@code Sector}
 * (row without). A row with a sector name in neither place fails. The header must start with the
 * blank row-index label. From {@code Index} on, columns are found by label; unused labels are not
 * checked, so the malformed header cell {@code " / 21.54"} is harmless.
 *
 * <p>Fields: ticker; name; sector; industry; {@code Index} to memberships as published ({@code
 * "RUT"}, {@code "DJIA, NDX, S&P 500"}, or {@code ""}); {@code Market Cap}, {@code Sales}, {@code
 * Income} (USD, suffixes K/M/B/T), {@code Shs Outstand} to shares, {@code Price}, {@code P/E},
 * {@code Forward P/E}, {@code Debt/Eq} (ratio); percents to fractions: {@code Sales Q/Q} to sales
 * growth, {@code EPS Q/Q} to earnings growth (chosen over {@code EPS this Y} because, like
 * yfinance's {@code earningsGrowth}, it compares the latest quarter with the same quarter a year
 * earlier, so both sources mean the same thing), {@code Profit Margin}. Empty cells are NaN. Asset
 * class is {@code ETF} when the industry is {@code Exchange Traded Fund}, else {@code Equity}.
 *
 * <p>As-of: the export states no date, so it comes from the file name by the same rule as the
 * Nasdaq screener ({@link Snapshots#asOfFromFileName}): {@code finviz_2023-08.csv} gives
 * 2023-08-31, the last day of the month named.
 */
final class FinvizParser implements FormatParser {

  /** Finviz's sector list (the eleven sectors of its screener since 2020). */
  static final Set<String> SECTORS =
      Set.of(
          "Basic Materials",
          "Communication Services",
          "Consumer Cyclical",
          "Consumer Defensive",
          "Energy",
          "Financial",
          "Healthcare",
          "Industrials",
          "Real Estate",
          "Technology",
          "Utilities");

  private static final String ETF_INDUSTRY = "Exchange Traded Fund";

  @Override
  public FileFormat format() {
    return FileFormat.FINVIZ;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    try (CsvReader r = CsvReader.open(file)) {
      String headerLine = r.readHeader();
      List<String> cells = CsvReader.split(headerLine);
      if (cells.size() < 7 || !cells.get(0).isBlank()) {
        throw r.error(
            null, "expected a blank row-index label first, then ticker/name/sector columns");
      }
      Columns c = new Columns(r, Snapshots.header(cells));
      int[] unnamed = {0};
      List<Constituent> rows =
          Snapshots.table(
              r,
              cells.size(),
              row -> {
                Constituent k = row(r, c, row);
                unnamed[0] += k.name().isEmpty() ? 1 : 0;
                return k;
              });
      Snapshots.NameDate asOf = Snapshots.asOfFromFileName(file);
      List<String> notes = new ArrayList<>();
      notes.add(asOf.note());
      notes.add(
          "columns 2-6 read by position (their labels are shifted by one in Finviz exports); "
              + unnamed[0]
              + " row(s) without a company name read with the second shift");
      String dups = Snapshots.duplicateNote(rows);
      if (dups != null) {
        notes.add(dups);
      }
      String signs = missingMinusSigns(rows);
      if (signs != null) {
        notes.add(signs);
      }
      return ParsedFile.ofSnapshot(
          FileFormat.FINVIZ, new CrossSection("Finviz screener", asOf.date(), rows), notes);
    }
  }

  private static Constituent row(CsvReader r, Columns c, List<String> cells)
      throws ImportException {
    String index = cells.get(0).trim();
    if (index.isEmpty() || !index.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw r.error("row index", "'" + cells.get(0) + "' is not a row number");
    }
    String ticker = Snapshots.ticker(r, "ticker (labelled Company)", cells.get(1));
    String a = cells.get(2).trim();
    String b = cells.get(3).trim();
    String name;
    String sector;
    String industry;
    if (SECTORS.contains(b)) {
      name = a;
      sector = b;
      industry = cells.get(4).trim();
    } else if (SECTORS.contains(a)) {
      name = "";
      sector = a;
      industry = b;
    } else {
      throw r.error(
          "sector (labelled Industry)",
          "neither '" + b + "' nor '" + a + "' is a Finviz sector " + SECTORS);
    }
    return Constituent.of(ticker)
        .withName(name)
        .withSector(sector)
        .withIndustry(industry)
        .withAssetClass(industry.equals(ETF_INDUSTRY) ? "ETF" : "Equity")
        .withMemberships(cells.get(c.index).trim())
        .with(ConstituentField.MARKET_CAP, Amounts.amount(r, "Market Cap", cells.get(c.marketCap)))
        .with(ConstituentField.SALES, Amounts.amount(r, "Sales", cells.get(c.sales)))
        .with(ConstituentField.INCOME, Amounts.amount(r, "Income", cells.get(c.income)))
        .with(ConstituentField.SHARES, Amounts.amount(r, "Shs Outstand", cells.get(c.shares)))
        .with(ConstituentField.PRICE, Amounts.amount(r, "Price", cells.get(c.price)))
        .with(ConstituentField.PE, Amounts.amount(r, "P/E", cells.get(c.pe)))
        .with(ConstituentField.FORWARD_PE, Amounts.amount(r, "Forward P/E", cells.get(c.forwardPe)))
        .with(
            ConstituentField.SALES_GROWTH,
            Amounts.percent(r, "Sales Q/Q", cells.get(c.salesGrowth)))
        .with(
            ConstituentField.EARNINGS_GROWTH,
            Amounts.percent(r, "EPS Q/Q", cells.get(c.earningsGrowth)))
        .with(
            ConstituentField.PROFIT_MARGIN,
            Amounts.percent(r, "Profit Margin", cells.get(c.profitMargin)))
        .with(ConstituentField.DEBT_TO_EQUITY, Amounts.amount(r, "Debt/Eq", cells.get(c.debtToEq)));
  }

  /** Positions of the labelled columns (from {@code Index} on). */
  private static final class Columns {
    final int index;
    final int marketCap;
    final int sales;
    final int income;
    final int shares;
    final int price;
    final int pe;
    final int forwardPe;
    final int salesGrowth;
    final int earningsGrowth;
    final int profitMargin;
    final int debtToEq;

    Columns(CsvReader r, Map<String, Integer> h) throws ImportException {
      index = Snapshots.column(r, h, "Index");
      marketCap = Snapshots.column(r, h, "Market Cap");
      sales = Snapshots.column(r, h, "Sales");
      income = Snapshots.column(r, h, "Income");
      shares = Snapshots.column(r, h, "Shs Outstand");
      price = Snapshots.column(r, h, "Price");
      pe = Snapshots.column(r, h, "P/E");
      forwardPe = Snapshots.column(r, h, "Forward P/E");
      salesGrowth = Snapshots.column(r, h, "Sales Q/Q");
      earningsGrowth = Snapshots.column(r, h, "EPS Q/Q");
      profitMargin = Snapshots.column(r, h, "Profit Margin");
      debtToEq = Snapshots.column(r, h, "Debt/Eq");
    }
  }

  /**
   * A warning when a large export holds no negative growth, margin or income at all: real markets
   * always have some, so the export has lost its minus signs (the shared 2023-08 snapshot has).
   * Null when negatives are present or the file is small.
   */
  static String missingMinusSigns(List<Constituent> rows) {
    ConstituentField[] signed = {
      ConstituentField.SALES_GROWTH,
      ConstituentField.EARNINGS_GROWTH,
      ConstituentField.PROFIT_MARGIN,
      ConstituentField.INCOME
    };
    int reported = 0;
    for (Constituent c : rows) {
      for (ConstituentField f : signed) {
        double v = c.get(f);
        if (v < 0) {
          return null;
        }
        if (!Double.isNaN(v)) {
          reported++;
        }
      }
    }
    if (reported < 100) {
      return null;
    }
    return "WARNING: none of "
        + reported
        + " growth, margin and income values is negative; the export appears to have lost its"
        + " minus signs, so declines and losses read as gains";
  }
}
