package dev.rotor.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a file's {@link FileFormat} from its first lines (and, for the stock panel, its name).
 *
 * <p>The header is the first non-blank line; its cells are compared by {@link Cells#headerKey}
 * (case, spaces and underscores ignored). Rules, first match wins:
 *
 * <ol>
 *   <li>{@link FileFormat#UNIVERSE}: header has {@code ticker}, {@code in_price_panel} and {@code
 *       memberships}.
 *   <li>{@link FileFormat#FRED_RELEASE_DATES}: header has {@code series_id} and {@code
 *       last_updated}.
 *   <li>{@link FileFormat#NASDAQ_SCREENER}: header has {@code Symbol}, {@code Name} and {@code Last
 *       Sale}.
 *   <li>{@link FileFormat#FINVIZ}: header starts {@code ,Company,Sector,Industry}, or has {@code
 *       Company}, {@code P/E} and {@code Market Cap}.
 *   <li>{@link FileFormat#FUNDAMENTALS}: header has {@code ticker} and {@code marketCap}.
 *   <li>{@link FileFormat#ISHARES}: the first line mentions {@code iShares}, or a line starts with
 *       {@code Fund Holdings as of}.
 *   <li>{@link FileFormat#FRENCH}: a preamble line (before the first dated row and before a header
 *       whose first cell is blank or a date label) mentions Fama, French, CRSP or Kenneth; or the
 *       header's first cell is blank and the next line starts with a {@code YYYY}, {@code YYYYMM}
 *       or {@code YYYYMMDD} number; or the header has {@code Mkt-RF}.
 *   <li>{@link FileFormat#STOCK_PANEL}: the first header cell is a date ({@code date}, {@code
 *       timestamp}) and there are more than {@value #WIDE} columns, or the name ends in {@code .gz}
 *       and there is no {@code close} column.
 *   <li>{@link FileFormat#OHLCV}: header has a date column and {@code close}, or all of {@code
 *       open}, {@code high}, {@code low}, {@code close}. This includes the long format with a
 *       {@code ticker} or {@code symbol} column ({@code date,ticker,open,high,low,close,volume}).
 *   <li>{@link FileFormat#FRED}: the first header cell is {@code DATE}, {@code observation_date} or
 *       {@code date} and at least one more column follows (so {@code date,value} is FRED).
 * </ol>
 *
 * <p>{@link FileFormat#RETURNS} is never detected: a {@code date,value} file of returns looks
 * exactly like a one-series FRED file, so it is chosen only by {@code --format returns} or {@code
 * --kind returns}. A gzipped file of another format needs {@code --format}.
 */
final class FormatDetector {

  /** How many lines {@link #detect(Path)} reads. */
  static final int LINES = 30;

  /** More columns than this after a date column means a wide price panel. */
  static final int WIDE = 50;

  private static final Pattern FRENCH_WORDS =
      Pattern.compile("\\b(fama|french|crsp|kenneth)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern PERIOD = Pattern.compile("\\d{4}|\\d{6}|\\d{8}");

  private static final Pattern DATED =
      Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2}.*|\\d{4}|\\d{6}|\\d{8})\\s*");

  private FormatDetector() {}

  /**
   * Reads up to {@value #LINES} lines of {@code file} and detects its format.
   *
   * @throws ImportException when the file cannot be read or the format cannot be told
   */
  static FileFormat detect(Path file) throws ImportException {
    List<String> lines = new ArrayList<>();
    try (CsvReader r = CsvReader.open(file)) {
      String line;
      while (lines.size() < LINES && (line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    return detect(file, lines);
  }

  /**
   * Detects the format of {@code file} from its first lines.
   *
   * @param firstLines up to the first ~30 lines as {@link CsvReader#readLine()} returns them (BOM
   *     and line ends removed)
   * @throws ImportException when no rule matches
   */
  static FileFormat detect(Path file, List<String> firstLines) throws ImportException {
    int at = 0;
    while (at < firstLines.size() && firstLines.get(at).isBlank()) {
      at++;
    }
    if (at == firstLines.size()) {
      throw unknown(file, "the file is empty");
    }
    String headerLine = firstLines.get(at);
    List<String> cells = CsvReader.split(headerLine);
    Set<String> keys = new HashSet<>();
    for (String c : cells) {
      keys.add(Cells.headerKey(c));
    }
    String first = Cells.headerKey(cells.get(0));
    String next = at + 1 < firstLines.size() ? firstLines.get(at + 1) : "";

    if (keys.containsAll(Set.of("ticker", "inpricepanel", "memberships"))) {
      return FileFormat.UNIVERSE;
    }
    if (keys.containsAll(Set.of("seriesid", "lastupdated"))) {
      return FileFormat.FRED_RELEASE_DATES;
    }
    if (keys.containsAll(Set.of("symbol", "name", "lastsale"))) {
      return FileFormat.NASDAQ_SCREENER;
    }
    boolean finvizShifted =
        cells.size() > 3
            && first.isEmpty()
            && Cells.headerKey(cells.get(1)).equals("company")
            && Cells.headerKey(cells.get(2)).equals("sector")
            && Cells.headerKey(cells.get(3)).equals("industry");
    if (finvizShifted || keys.containsAll(Set.of("company", "p/e", "marketcap"))) {
      return FileFormat.FINVIZ;
    }
    if (keys.containsAll(Set.of("ticker", "marketcap"))) {
      return FileFormat.FUNDAMENTALS;
    }
    if (headerLine.toLowerCase(Locale.ROOT).contains("ishares") || holdingsDate(firstLines)) {
      return FileFormat.ISHARES;
    }
    if (frenchPreamble(firstLines)
        || (first.isEmpty() && PERIOD.matcher(firstCell(next)).matches())
        || keys.contains("mkt-rf")) {
      return FileFormat.FRENCH;
    }
    boolean dateFirst = first.equals("date") || first.equals("timestamp");
    boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    if (dateFirst && (cells.size() > WIDE + 1 || (gz && !keys.contains("close")))) {
      return FileFormat.STOCK_PANEL;
    }
    boolean anyDate = keys.contains("date") || keys.contains("timestamp");
    if ((anyDate && keys.contains("close"))
        || keys.containsAll(Set.of("open", "high", "low", "close"))) {
      return FileFormat.OHLCV;
    }
    if ((dateFirst || first.equals("observationdate")) && cells.size() >= 2) {
      return FileFormat.FRED;
    }
    throw unknown(file, "no known header or preamble");
  }

  private static boolean holdingsDate(List<String> lines) {
    for (String l : lines) {
      if (l.trim().toLowerCase(Locale.ROOT).startsWith("fund holdings as of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A preamble line names Fama, French, CRSP or Kenneth; the preamble ends at the first dated row
   * or the first header whose first cell is blank or a date label (so ticker or column names never
   * count).
   */
  private static boolean frenchPreamble(List<String> lines) {
    for (String l : lines) {
      String first = firstCell(l);
      String key = Cells.headerKey(first);
      boolean header =
          l.indexOf(',') >= 0
              && (first.isEmpty() || key.equals("date") || key.equals("observationdate"));
      if (header || DATED.matcher(first).matches()) {
        return false;
      }
      if (FRENCH_WORDS.matcher(l).find()) {
        return true;
      }
    }
    return false;
  }

  private static String firstCell(String line) {
    int comma = line.indexOf(',');
    return (comma < 0 ? line : line.substring(0, comma)).trim();
  }

  private static ImportException unknown(Path file, String why) {
    StringBuilder known = new StringBuilder();
    for (FileFormat f : FileFormat.values()) {
      known.append(known.length() == 0 ? "" : ", ").append(f.label());
    }
    return new ImportException(
        file, 0, null, "cannot tell the format; use --format (one of " + known + "): " + why);
  }
}
