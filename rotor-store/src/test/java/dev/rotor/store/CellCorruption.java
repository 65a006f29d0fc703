package dev.rotor.store;

import dev.rotor.imports.FileFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a copy of a real data file in which one numeric (or flag) cell that the format's parser
 * reads, in a data row near the middle of the file, is replaced by {@link #BAD}. Every byte outside
 * that cell is kept (line ends, BOM, quotes); gzip files are decompressed, corrupted and
 * recompressed.
 *
 * <p>The cell per format: OHLCV {@code close}; FRED the first non-empty value of the row; French
 * the last return of the row; stock panel the first price at or after the middle column; universe
 * {@code in_price_panel}; iShares {@code Market Value}; Nasdaq screener and Finviz {@code Market
 * Cap}; fundamentals {@code marketCap}; FRED release dates {@code last_updated}.
 */
final class CellCorruption {

  /** The text put in the cell: a number with a letter inside. */
  static final String BAD = "12x.5";

  private static final Pattern DATE_CELL =
      Pattern.compile("\\d{4}|\\d{6}|\\d{8}|\\d{4}-\\d{2}-\\d{2}");

  private CellCorruption() {}

  /**
   * What was corrupted.
   *
   * @param line the 1-based physical line of the corrupted cell
   * @param column the header label of the cell (or its index for French and the panel)
   * @param original the cell before corruption
   */
  record Corrupted(long line, String column, String original) {}

  /** Writes the corrupted copy of {@code original} (read as {@code format}) to {@code target}. */
  static Corrupted write(Path original, FileFormat format, Path target) throws IOException {
    boolean gz = original.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    byte[] bytes = Files.readAllBytes(original);
    if (gz) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(original))) {
        bytes = in.readAllBytes();
      }
    }
    // ISO-8859-1 maps every byte to one char, so untouched bytes are written back unchanged.
    List<String> lines = splitKeepingEnds(new String(bytes, StandardCharsets.ISO_8859_1));
    int[] where = choose(lines, format);
    int li = where[0];
    int col = where[1];
    String line = lines.get(li);
    int[] span = spans(body(line)).get(col);
    String cell = line.substring(span[0], span[1]);
    String bad = cell.startsWith("\"") ? "\"" + BAD + "\"" : BAD;
    lines.set(li, line.substring(0, span[0]) + bad + line.substring(span[1]));
    byte[] out = String.join("", lines).getBytes(StandardCharsets.ISO_8859_1);
    Files.createDirectories(target.getParent());
    if (gz) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try (OutputStream z = new GZIPOutputStream(buf)) {
        z.write(out);
      }
      out = buf.toByteArray();
    }
    Files.write(target, out);
    String label = where.length > 2 ? cells(lines.get(where[2])).get(col) : "#" + col;
    return new Corrupted(li + 1, label, cell);
  }

  /** {line index, cell index} and, when a header names the cell, the header's line index. */
  private static int[] choose(List<String> lines, FileFormat format) {
    return switch (format) {
      case OHLCV -> named(lines, 0, "close");
      case FRED -> firstValue(lines, 1);
      case FRENCH -> french(lines);
      case STOCK_PANEL -> firstValue(lines, cells(lines.get(0)).size() / 2);
      case UNIVERSE -> named(lines, 0, "in_price_panel");
      case ISHARES -> named(lines, headerStartingWith(lines, "Ticker,"), "Market Value");
      case NASDAQ_SCREENER, FINVIZ -> named(lines, 0, "Market Cap");
      case FUNDAMENTALS -> named(lines, 0, "marketCap");
      case FRED_RELEASE_DATES -> named(lines, 0, "last_updated");
      default -> throw new IllegalArgumentException("format: no corruption for " + format);
    };
  }

  /** The data row nearest the middle whose cell under header {@code name} holds a value. */
  private static int[] named(List<String> lines, int header, String name) {
    List<String> labels = cells(lines.get(header));
    int col = -1;
    for (int i = 0; i < labels.size(); i++) {
      if (unquote(labels.get(i)).replace("\uFEFF", "").trim().equalsIgnoreCase(name)) {
        col = i;
      }
    }
    if (col < 0) {
      throw new IllegalStateException("no column '" + name + "' in " + labels);
    }
    List<Integer> rows = rowsLike(lines, header);
    for (int k = rows.size() / 2; k < rows.size(); k++) {
      if (hasValue(cells(lines.get(rows.get(k))).get(col))) {
        return new int[] {rows.get(k), col, header};
      }
    }
    throw new IllegalStateException("no value in column " + name + " after the middle");
  }

  /** The middle data row's first non-empty cell at index {@code from} or later. */
  private static int[] firstValue(List<String> lines, int from) {
    List<Integer> rows = rowsLike(lines, 0);
    for (int k = rows.size() / 2; k < rows.size(); k++) {
      List<String> c = cells(lines.get(rows.get(k)));
      for (int i = from; i < c.size(); i++) {
        if (hasValue(c.get(i))) {
          return new int[] {rows.get(k), i, 0};
        }
      }
    }
    throw new IllegalStateException("no value after the middle");
  }

  /** The middle dated row of the whole file (all blocks), its last cell. */
  private static int[] french(List<String> lines) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (DATE_CELL.matcher(cells(lines.get(i)).get(0).trim()).matches()) {
        rows.add(i);
      }
    }
    int li = rows.get(rows.size() / 2);
    return new int[] {li, cells(lines.get(li)).size() - 1};
  }

  private static int headerStartingWith(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalStateException("no line starting with " + prefix);
  }

  /** Lines after {@code header} with as many cells as the header (the data rows). */
  private static List<Integer> rowsLike(List<String> lines, int header) {
    int width = cells(lines.get(header)).size();
    List<Integer> rows = new ArrayList<>();
    for (int i = header + 1; i < lines.size(); i++) {
      if (!body(lines.get(i)).isBlank() && cells(lines.get(i)).size() == width) {
        rows.add(i);
      }
    }
    return rows;
  }

  private static boolean hasValue(String cell) {
    String v = unquote(cell).trim();
    return !v.isEmpty() && !v.equals("-") && !v.equalsIgnoreCase("null");
  }

  private static String unquote(String cell) {
    String t = cell.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1)
        : t;
  }

  static List<String> splitKeepingEnds(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** The line without its {@code \n} or {@code \r\n}. */
  private static String body(String line) {
    String b = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    return b.endsWith("\r") ? b.substring(0, b.length() - 1) : b;
  }

  private static List<String> cells(String line) {
    String b = body(line);
    List<String> out = new ArrayList<>();
    for (int[] s : spans(b)) {
      out.add(b.substring(s[0], s[1]));
    }
    return out;
  }

  /** Start (inclusive) and end (exclusive) of each comma-separated cell, quotes respected. */
  static List<int[]> spans(String line) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, line.length()});
    return out;
  }
}
