package dev.rotor.imports;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an iShares fund holdings export ({@link FileFormat#ISHARES}).
 *
 * <p>Layout: line 1 is the fund name; a preamble of {@code label,"value"} lines follows, one of
 * which is {@code Fund Holdings as of,"May 05, 2026"}; then the header starting {@code
 * Ticker,Name,...}; then one fully quoted row per holding with thousands separators; then a blank
 * line (possibly a lone no-break space) and a legal footer. Two header variants exist and are read
 * by label: {@code Weight (%)} (IWM, IVV), or {@code Type} plus {@code Market Weight} and {@code
 * Notional Weight} (IJR, IJH); the weight is taken from {@code Weight (%)}, else {@code Market
 * Weight}.
 *
 * <p>Output: one {@link CrossSection} named {@code "<fund name> holdings"}, as-of the preamble date
 * (required). Every row is kept, including cash, collateral, money-market and futures lines, with
 * the source's {@code Asset Class} so consumers can filter {@code Equity}. Exception: when a {@code
 * Type} column exists, equity-class rows whose type is not {@code EQUITY} get the asset class
 * {@code "Equity <Type>"} ({@code Equity Swap}, {@code Equity Warrant}): IJR lists total-return
 * swaps on stocks it also holds, and filtering {@code Equity} must not count those twice. Fields:
 * {@code Market Value} (USD) to market value, weight percent to a fraction, {@code Quantity} to
 * shares, {@code Price}, {@code Sector}, {@code Name}. {@code -} means not reported (NaN or {@code
 * ""}). Rows whose ticker is {@code -} (unlisted private placements, e.g. vesting rights) have no
 * symbol to key them by and are skipped with a note; a blank ticker is an error.
 *
 * <p>End of table rule. The table ends at the first blank line. Before it, every line must be a
 * complete row: as many cells as the header, balanced quotes, and, when the first row is fully
 * quoted (as iShares writes), starting and ending with a quote. Anything else is a truncated or
 * corrupt row and fails; a footer is never guessed from a malformed row. After the blank line the
 * footer is skipped unread, except that a line that still parses as a holding (header's cell count,
 * a ticker, a numeric market value) fails as "a holdings row after the end of the table", because a
 * stray blank line would otherwise silently drop the rest of the holdings. A file that ends without
 * the blank line and footer is read, with a note that it may have been cut short.
 */
final class ISharesParser implements FormatParser {

  /** Preamble lines allowed before the header; iShares writes 9. */
  private static final int MAX_PREAMBLE = 40;

  @Override
  public FileFormat format() {
    return FileFormat.ISHARES;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    try (CsvReader r = CsvReader.open(file)) {
      String first = r.readHeader();
      String fund = CsvReader.split(first).get(0).trim();
      if (fund.isEmpty() || fund.equals("Ticker")) {
        throw r.error(null, "line 1 must be the fund name");
      }
      LocalDate asOf = null;
      List<String> header = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        List<String> cells = CsvReader.split(line);
        String label = cells.get(0).trim();
        if (label.equals("Ticker")) {
          header = cells;
          break;
        }
        if (label.equalsIgnoreCase("Fund Holdings as of")) {
          if (cells.size() < 2) {
            throw r.error(label, "no date after the label");
          }
          asOf = Snapshots.monthDayYear(r, label, cells.get(1));
        }
        if (r.lineNumber() >= MAX_PREAMBLE) {
          break;
        }
      }
      if (header == null) {
        throw r.error(
            "Ticker",
            "no holdings header (Ticker,Name,...) within the first " + MAX_PREAMBLE + " lines");
      }
      if (asOf == null) {
        throw r.error(null, "no 'Fund Holdings as of' date in the preamble before the header");
      }
      Table t = new Table(r, header);
      List<String> notes = new ArrayList<>();
      List<Constituent> rows = readRows(r, t, notes);
      String dups = Snapshots.duplicateNote(rows);
      if (dups != null) {
        notes.add(dups);
      }
      return ParsedFile.ofSnapshot(
          FileFormat.ISHARES, new CrossSection(fund + " holdings", asOf, rows), notes);
    }
  }

  private static List<Constituent> readRows(CsvReader r, Table t, List<String> notes)
      throws ImportException {
    List<Constituent> rows = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    Boolean quoted = null;
    boolean footer = false;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (Snapshots.isBlank(line)) {
        footer = true;
        break;
      }
      if (quoted == null) {
        quoted = line.startsWith("\"");
      }
      if (quoted && (line.length() < 2 || !line.startsWith("\"") || !line.endsWith("\""))) {
        throw r.error(
            null, "row is not fully quoted like the rows before it: truncated or corrupt");
      }
      List<String> cells = Snapshots.fields(r, line, t.width);
      if (cells.get(t.ticker).trim().equals("-")) {
        unlisted.add(cells.get(t.name).trim());
        continue;
      }
      rows.add(row(r, t, cells));
    }
    if (rows.isEmpty()) {
      throw r.error(null, "no holdings rows after the header");
    }
    if (footer) {
      checkFooter(r, t);
    } else {
      notes.add(
          "no blank line and legal footer after the table: if the export was cut short at a row"
              + " boundary, holdings may be missing");
    }
    if (!unlisted.isEmpty()) {
      notes.add(
          unlisted.size()
              + " row(s) with ticker '-' (unlisted holdings) skipped: "
              + String.join("; ", unlisted.subList(0, Math.min(10, unlisted.size())))
              + (unlisted.size() > 10 ? "; ..." : ""));
    }
    return rows;
  }

  private static Constituent row(CsvReader r, Table t, List<String> cells) throws ImportException {
    String ticker = Snapshots.ticker(r, "Ticker", cells.get(t.ticker));
    String assetClass = text(cells.get(t.assetClass));
    if (t.type >= 0 && assetClass.equalsIgnoreCase("Equity")) {
      String type = text(cells.get(t.type));
      if (!type.isEmpty() && !type.equalsIgnoreCase("EQUITY")) {
        assetClass = "Equity " + titleCase(type);
      }
    }
    return Constituent.of(ticker)
        .withName(text(cells.get(t.name)))
        .withSector(text(cells.get(t.sector)))
        .withAssetClass(assetClass)
        .with(
            ConstituentField.MARKET_VALUE,
            Amounts.amount(r, "Market Value", cells.get(t.marketValue)))
        .with(ConstituentField.WEIGHT, Amounts.percent(r, t.weightLabel, cells.get(t.weight)))
        .with(ConstituentField.SHARES, Amounts.amount(r, "Quantity", cells.get(t.quantity)))
        .with(ConstituentField.PRICE, Amounts.amount(r, "Price", cells.get(t.price)));
  }

  /** Fails when a line after the blank line still reads as a holding (see the class doc). */
  private static void checkFooter(CsvReader r, Table t) throws ImportException {
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
        continue;
      }
      List<String> cells = CsvReader.split(line);
      if (cells.size() == t.width
          && !cells.get(t.ticker).isBlank()
          && !Amounts.isMissing(cells.get(t.marketValue))
          && isNumber(cells.get(t.marketValue))) {
        throw r.error(
            null,
            "a holdings row after the blank line that ends the table: remove the stray blank"
                + " line");
      }
    }
  }

  private static boolean isNumber(String cell) {
    try {
      Amounts.parse(cell, false);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A text cell, {@code ""} for the not-reported marker {@code -}. */
  private static String text(String cell) {
    String s = cell.trim();
    return s.equals("-") ? "" : s;
  }

  private static String titleCase(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** Column positions of one header variant. */
  private static final class Table {
    final int width;
    final int ticker;
    final int name;
    final int sector;
    final int assetClass;
    final int marketValue;
    final int weight;
    final String weightLabel;
    final int quantity;
    final int price;
    final int type;

    Table(CsvReader r, List<String> cells) throws ImportException {
      Map<String, Integer> h = Snapshots.header(cells);
      width = cells.size();
      ticker = Snapshots.column(r, h, "Ticker");
      name = Snapshots.column(r, h, "Name");
      sector = Snapshots.column(r, h, "Sector");
      assetClass = Snapshots.column(r, h, "Asset Class");
      marketValue = Snapshots.column(r, h, "Market Value");
      weightLabel = h.containsKey("Weight (%)") ? "Weight (%)" : "Market Weight";
      if (!h.containsKey(weightLabel)) {
        throw r.error("Weight (%)", "neither 'Weight (%)' nor 'Market Weight' in the header");
      }
      weight = Snapshots.column(r, h, weightLabel);
      quantity = Snapshots.column(r, h, "Quantity");
      price = Snapshots.column(r, h, "Price");
      type = h.containsKey("Type") ? Snapshots.column(r, h, "Type") : -1;
    }
  }
}
