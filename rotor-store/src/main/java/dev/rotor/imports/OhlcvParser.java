package dev.rotor.imports;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads bars: one security's file (a header line naming the columns, then one row per date), or a
 * long-format file holding many securities (one row per ticker per date).
 *
 * <h2>Columns</h2>
 *
 * Columns are matched by name, in any order, after {@link Cells#headerKey normalising} (case,
 * spaces and underscores ignored): {@code date} or {@code timestamp} (required), {@code open},
 * {@code high}, {@code low}, {@code close} (required), {@code adj close} ({@link
 * BarField#ADJ_CLOSE}), {@code volume}. Other columns ({@code wap}, {@code count}, ...) are ignored
 * and listed in a note. This covers Yahoo's {@code Date,Open,High,Low,Close,Adj Close,Volume},
 * yfinance's {@code Date,Close,High,Low,Open,Volume}, lower-case {@code
 * date,open,high,low,close,volume,wap,count} and close-only {@code Date,Close} files.
 *
 * <h2>Long format</h2>
 *
 * When the header also has a {@code ticker} or {@code symbol} column (same normalisation; not
 * both), the file is long: {@code date,ticker,open,high,low,close,volume}, one row per ticker per
 * date. The rows of different tickers may come in any order (by date then ticker is typical), but
 * within one ticker the dates must be strictly ascending: a repeated or earlier date for a ticker
 * is an {@link ImportException} naming the line, the date column and the ticker. An empty ticker
 * cell is an error too, as is a ticker with a character an id cannot hold (a quote, a backslash, a
 * control character, whitespace other than spaces and tabs). The file yields one series per ticker
 * that has at least one close, in order of first appearance: column suffix = the ticker as written,
 * trimmed, each run of spaces or tabs replaced by {@code _} (so {@code BRK B} and {@code BRK B} are
 * one ticker, {@code BRK_B}); name {@code "<TICKER> daily bars"}; kind, units and frequency
 * inferred per ticker by the rules below, with the ticker in place of the file name (an {@code
 * indices} folder still makes every ticker an index). Tickers whose rows all lack a close yield no
 * series and are listed in a note. Everything else (row width, cells, skipped rows) is as for one
 * security.
 *
 * <h2>Rows</h2>
 *
 * Every row has as many fields as the header. Dates ({@code YYYY-MM-DD}, {@code YYYYMMDD}, or
 * either with a time that is ignored) must be strictly ascending over all rows. An empty or {@code
 * null} close (Yahoo writes {@code null} on holidays it lists) makes the row a missing date: it is
 * skipped and counted in a note. An empty or {@code null} cell in another column is NaN in that
 * column (the bar lacks the field). Blank lines are ignored. Everything else that is not a finite
 * number is an {@link ImportException} naming line and column.
 *
 * <h2>What the values mean</h2>
 *
 * A {@code close} column is stored as {@link BarField#CLOSE} as published. Whether those closes are
 * plain prices or dividend-adjusted (total-return) prices is not stated inside the file (yfinance's
 * auto-adjusted {@code Date,Close} files are adjusted; Yahoo's {@code Close} is not), so choosing
 * the price basis ({@code dev.rotor.returns.PriceBasis}) is the user's concern; a close-only file
 * gets a note saying so. {@code Adj Close} is the vendor's split- and dividend-adjusted close.
 *
 * <h2>Kind, units, frequency</h2>
 *
 * The kind is {@link SeriesKind#INDEX} when a folder in the path is named {@code indices}, the file
 * name starts with {@code ^}, or the name (without extension and {@code ^}, case-insensitive) is a
 * known index symbol ({@value #INDEX_LIST}); {@link SeriesKind#ETF} when it is a known ETF ticker
 * ({@value #ETF_LIST}); otherwise {@link SeriesKind#STOCK}. {@code options.kind()} replaces the
 * inference. Units are {@code "index points"} for an index, else {@code "USD"}. The frequency is
 * inferred from the median gap between dates with {@link Frequency#infer} (daily for daily bars).
 * The file yields one series (column suffix null), named {@code "<SYMBOL> daily bars"} (or {@code
 * closes} for a close-only file), the symbol being the file name without extension and {@code ^}.
 *
 * <h2>Speed</h2>
 *
 * Cells are parsed straight from bytes ({@link ByteCsvReader}) into primitive arrays; a {@link
 * LocalDate} is made per kept row only at the end. An uncompressed file of at least two chunks
 * ({@value #PARALLEL_CHUNK} bytes each) is split into line-aligned chunks read on up to one thread
 * per processor; the chunks are joined in file order, and the result, or the first error with its
 * line, is the same as reading in one pass (a tested invariant). Gzip files are read in one pass.
 * Tickers of a long file are interned from the cell bytes ({@link TickerTable}), so rows allocate
 * nothing; {@link LongBars} joins the chunks per ticker. Years have four digits (0000 to 9999), as
 * in {@link Cells#date}.
 */
final class OhlcvParser implements FormatParser {

  static final String INDEX_LIST = "SPX RUT IXIC NDX DJI VIX GSPC";

  static final String ETF_LIST =
      "SPY QQQ IWM DIA IWB IWD IWF IWN IWO IWR IJR IJH IVV VB RSP MDY"
          + " XLB XLC XLE XLF XLI XLK XLP XLRE XLU XLV XLY";

  private static final Set<String> INDICES = Set.of(INDEX_LIST.split(" "));
  private static final Set<String> ETFS = Set.of(ETF_LIST.split(" "));

  /** Bytes per parallel chunk at least: smaller files are read in one thread. */
  static final long PARALLEL_CHUNK = 8 << 20;

  /** Largest gap (calendar days) tracked exactly when inferring the frequency. */
  private static final int MAX_GAP = 400;

  private final long chunkBytes;
  private final int maxParts;

  /** A parser that reads files of 16 MiB or more on up to one thread per processor. */
  OhlcvParser() {
    this(PARALLEL_CHUNK, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A parser that splits uncompressed files into at most {@code maxParts} chunks of at least {@code
   * chunkBytes} bytes, read in parallel (tests use tiny chunks to exercise the joins).
   */
  OhlcvParser(long chunkBytes, int maxParts) {
    if (chunkBytes < 1) {
      throw new IllegalArgumentException("chunkBytes: must be positive, got " + chunkBytes);
    }
    if (maxParts < 1) {
      throw new IllegalArgumentException("maxParts: must be positive, got " + maxParts);
    }
    this.chunkBytes = chunkBytes;
    this.maxParts = maxParts;
  }

  @Override
  public FileFormat format() {
    return FileFormat.OHLCV;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    BarChunk[] chunks;
    BarField[] fields;
    BarChunk.Layout layout;
    LongBars joined = null;
    List<String> notes = new ArrayList<>();
    try (ByteCsvReader r = ByteCsvReader.open(file)) {
      if (!r.next()) {
        throw new ImportException(file, 0, null, "empty file (expected a header line)");
      }
      OhlcvHeader h = OhlcvHeader.read(r);
      if (!h.ignored.isEmpty()) {
        notes.add("ignored columns: " + String.join(", ", h.ignored));
      }
      fields = h.fields;
      layout = h.layout();
      long[] offset = new long[1];
      chunks = BarChunk.readAll(r, file, layout, chunkBytes, maxParts, offset);
      if (layout.isLong()) {
        joined = LongBars.check(file, layout, chunks, offset[0]);
      } else {
        BarChunk.checkOrder(file, layout, chunks, offset[0]);
      }
    }
    int n = 0;
    int skipped = 0;
    for (BarChunk c : chunks) {
      n += c.size;
      skipped += c.skipped;
    }
    if (n == 0) {
      BarChunk last = chunks[chunks.length - 1];
      throw new ImportException(
          file,
          last.lines,
          null,
          skipped == 0 ? "no data rows after the header" : "no row has a close");
    }
    if (skipped > 0) {
      notes.add(
          skipped
              + " row"
              + (skipped == 1 ? "" : "s")
              + " without a close (empty or null) skipped: those dates are missing");
    }
    if (fields.length == 1) {
      notes.add(
          "close-only file: the closes are stored as published; the file does not say whether"
              + " they are plain or dividend-adjusted (total-return) prices, so choose the price"
              + " basis accordingly");
    }
    if (joined != null) {
      List<ParsedSeries> series = joined.series(fields, options, notes);
      return ParsedFile.ofSeries(FileFormat.OHLCV, series, notes);
    }
    int[] epochDays = new int[n];
    double[][] values = new double[fields.length][n];
    int at = 0;
    for (int k = 0; k < chunks.length; k++) {
      BarChunk c = chunks[k];
      System.arraycopy(c.epochDays, 0, epochDays, at, c.size);
      for (int f = 0; f < fields.length; f++) {
        System.arraycopy(c.values[f], 0, values[f], at, c.size);
      }
      at += c.size;
      chunks[k] = null;
    }
    Frequency frequency = inferFrequency(epochDays, n);
    LocalDate[] dates = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      dates[i] = LocalDate.ofEpochDay(epochDays[i]);
    }
    Map<BarField, double[]> columns = new EnumMap<>(BarField.class);
    for (int f = 0; f < fields.length; f++) {
      columns.put(fields[f], values[f]);
    }
    BarSeries bars;
    try {
      bars = BarSeries.of(dates, columns);
    } catch (IllegalArgumentException e) {
      throw new ImportException(file, 0, null, e.getMessage());
    }
    String symbol = symbol(file);
    SeriesKind kind = options.kind() != null ? options.kind() : inferKind(file);
    String units = kind == SeriesKind.INDEX ? "index points" : "USD";
    String what = fields.length == 1 ? " closes" : " bars";
    ParsedSeries series =
        ParsedSeries.ofBars(
            null, symbol + " " + frequency.label() + what, kind, frequency, units, bars);
    return ParsedFile.ofSeries(FileFormat.OHLCV, List.of(series), notes);
  }

  /**
   * {@link Frequency#infer} on the dates, without sorting their gaps: the median gap is found with
   * a histogram (gaps above {@value #MAX_GAP} days share one bucket, all of which infer the same
   * frequency), then classified by {@link Frequency#infer} on two dates that far apart.
   */
  static Frequency inferFrequency(int[] epochDays, int n) {
    if (n < 2) {
      return Frequency.DAILY;
    }
    int[] counts = new int[MAX_GAP + 2];
    for (int i = 1; i < n; i++) {
      int gap = epochDays[i] - epochDays[i - 1];
      counts[Math.min(gap, MAX_GAP + 1)]++;
    }
    // Frequency.infer takes the element at index (gaps / 2) of the sorted gaps
    int rank = (n - 1) / 2;
    int gap = 0;
    for (int seen = 0; gap < counts.length; gap++) {
      seen += counts[gap];
      if (seen > rank) {
        break;
      }
    }
    return Frequency.infer(new LocalDate[] {LocalDate.ofEpochDay(0), LocalDate.ofEpochDay(gap)});
  }

  /** The file name without extension(s) and a leading {@code ^}, upper case. */
  static String symbol(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (stem.startsWith("^") && stem.length() > 1) {
      stem = stem.substring(1);
    }
    return stem.trim().replaceAll("\\s+", "_").toUpperCase(Locale.ROOT);
  }

  /** The kind inference described in the class documentation, for one security's file. */
  static SeriesKind inferKind(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return inferKind(file, dot > 0 ? name.substring(0, dot) : name);
  }

  /**
   * The kind of the security {@code symbol} (as written, perhaps with a leading {@code ^}) read
   * from {@code file}: the file name's stem for one security's file, a ticker for a long file.
   */
  static SeriesKind inferKind(Path file, String symbol) {
    for (Path part : file) {
      if (part.toString().equalsIgnoreCase("indices")) {
        return SeriesKind.INDEX;
      }
    }
    String stem = symbol.trim();
    if (stem.startsWith("^")) {
      return SeriesKind.INDEX;
    }
    String key = stem.replaceAll("\\s+", "_").toUpperCase(Locale.ROOT);
    if (INDICES.contains(key)) {
      return SeriesKind.INDEX;
    }
    return ETFS.contains(key) ? SeriesKind.ETF : SeriesKind.STOCK;
  }
}
