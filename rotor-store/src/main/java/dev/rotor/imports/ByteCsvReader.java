package dev.rotor.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A byte-level CSV reader for the hot path of large numeric files (bars, wide price panels).
 *
 * <p>It reads the raw bytes in large blocks and splits each physical line into field ranges without
 * creating a {@code String} per line or per cell: dates and numbers are parsed straight from the
 * bytes. It handles the same input as {@link CsvReader}: a UTF-8 byte-order mark, LF or CRLF line
 * ends, gzip when the name ends in {@code .gz}, and RFC 4180 quoted fields without line breaks.
 * Text that matters (header cells) is decoded strictly as UTF-8 by {@link #lineText()}; data cells
 * are dates and numbers, which are ASCII, so any other byte in them is reported as a bad value.
 *
 * <p>Usage: {@link #next()} advances to the next physical line, {@link #split()} finds its fields,
 * then {@link #date}, {@link #number}, {@link #isEmpty} and {@link #isNull} read field {@code i}.
 */
final class ByteCsvReader implements Closeable {

  /** A line longer than this is not CSV we can read (a binary file, a missing line break). */
  static final int MAX_LINE = 64 << 20;

  private static final int BLOCK = 1 << 18;

  private final Path file;
  private final InputStream in;
  private final boolean firstLineMayHaveBom;
  private byte[] buf = new byte[BLOCK];

  /** Offset in the input of {@code buf[0]}. */
  private long base;

  private int limit;
  private boolean eof;
  private int lineStart;
  private int lineEnd;
  private int next;
  private long lineNumber;
  private final ByteFields fields = new ByteFields();

  private ByteCsvReader(Path file, InputStream in, boolean firstLineMayHaveBom) {
    this.file = file;
    this.in = in;
    this.firstLineMayHaveBom = firstLineMayHaveBom;
  }

  /** Opens {@code file}. @throws ImportException when it cannot be opened */
  static ByteCsvReader open(Path file) throws ImportException {
    try {
      InputStream raw = Files.newInputStream(file);
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        raw = new GZIPInputStream(raw, 1 << 16);
      }
      return new ByteCsvReader(file, raw, true);
    } catch (IOException e) {
      throw new ImportException(file, 0, null, "cannot open: " + e.getMessage());
    }
  }

  /**
   * Opens the bytes {@code [from, to)} of an uncompressed {@code file}, for reading one chunk of a
   * large file in parallel. {@code from} should be the start of a line; line numbers count from the
   * chunk's first line (the caller adds the lines before it), and no BOM is removed. The ranges
   * come from {@link FileChunks#lineAlignedRanges}.
   */
  static ByteCsvReader open(Path file, long from, long to) throws ImportException {
    try {
      return new ByteCsvReader(file, FileChunks.open(file, from, to), false);
    } catch (IOException e) {
      throw new ImportException(file, 0, null, "cannot open: " + e.getMessage());
    }
  }

  /** Offset in the input (uncompressed bytes) where the line after the current one starts. */
  long nextLineOffset() {
    return base + next;
  }

  Path file() {
    return file;
  }

  /** The 1-based number of the current line; 0 before the first. */
  long lineNumber() {
    return lineNumber;
  }

  /**
   * Advances to the next physical line (its line end, and a BOM on line 1, removed).
   *
   * @return false at end of file
   * @throws ImportException on an I/O error or a line longer than {@link #MAX_LINE}
   */
  boolean next() throws ImportException {
    int scan = next;
    while (true) {
      int nl = indexOfNewline(scan);
      if (nl >= 0) {
        setLine(next, nl);
        next = nl + 1;
        return true;
      }
      if (eof) {
        if (next >= limit) {
          return false;
        }
        setLine(next, limit);
        next = limit;
        return true;
      }
      scan = limit - next;
      fill();
      // fill moved the unread bytes to the front of the buffer
    }
  }

  private int indexOfNewline(int from) {
    byte[] b = buf;
    for (int i = from; i < limit; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void setLine(int start, int end) {
    lineNumber++;
    if (lineNumber == 1
        && firstLineMayHaveBom
        && end - start >= 3
        && buf[start] == (byte) 0xEF
        && buf[start + 1] == (byte) 0xBB
        && buf[start + 2] == (byte) 0xBF) {
      start += 3;
    }
    if (end > start && buf[end - 1] == '\r') {
      end--;
    }
    lineStart = start;
    lineEnd = end;
  }

  /** Moves the unread bytes to the front and reads more; sets {@code eof} at end of input. */
  private void fill() throws ImportException {
    int keep = limit - next;
    if (next > 0) {
      System.arraycopy(buf, next, buf, 0, keep);
    }
    base += next;
    next = 0;
    limit = keep;
    if (limit == buf.length) {
      if (buf.length >= MAX_LINE) {
        throw new ImportException(
            file, lineNumber + 1, null, "line longer than " + (MAX_LINE >> 20) + " MiB");
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    } catch (IOException e) {
      throw new ImportException(file, lineNumber + 1, null, "read failed: " + e.getMessage());
    }
  }

  /** Length in bytes of the current line. */
  int lineLength() {
    return lineEnd - lineStart;
  }

  /** The current line decoded strictly as UTF-8. @throws ImportException on invalid UTF-8 */
  String lineText() throws ImportException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buf, lineStart, lineEnd - lineStart))
          .toString();
    } catch (CharacterCodingException e) {
      throw error(null, "not valid UTF-8 text");
    }
  }

  /**
   * Splits the current line at commas, as {@link ByteFields#split} describes (quoted fields give
   * the text inside the quotes).
   *
   * @return the number of fields (1 for an empty line)
   */
  int split() {
    return fields.split(buf, lineStart, lineEnd);
  }

  /**
   * Advances to the next non-empty line and {@link #split splits} it: the data row loop of a file
   * whose rows have as many fields as its header.
   *
   * @return false at end of file
   * @throws ImportException when the line does not have {@code width} fields, or as {@link #next}
   */
  boolean nextRow(int width) throws ImportException {
    while (next()) {
      if (lineLength() == 0) {
        continue;
      }
      int found = split();
      if (found != width) {
        throw error(null, "expected " + width + " fields as in the header, found " + found);
      }
      return true;
    }
    return false;
  }

  /** True when field {@code i} is empty or only spaces. */
  boolean isEmpty(int i) {
    return fields.isEmpty(buf, i);
  }

  /** True when field {@code i} is empty or, after trimming, {@code null} in any case. */
  boolean isNull(int i) {
    return fields.isNull(buf, i);
  }

  /** Field {@code i} as text (UTF-8, invalid bytes replaced), for messages. */
  String text(int i) {
    return rawText(fields.start(i), fields.end(i));
  }

  /**
   * Field {@code i} as a finite decimal number: plain decimals through {@link
   * ByteCells#plainDecimal} (the same double as {@link Double#parseDouble}), other shapes
   * (exponents, long mantissas) through {@link Double#parseDouble}.
   *
   * @throws ImportException naming {@code field} when the cell is empty, not a number, or not
   *     finite (e.g. {@code 1e400})
   */
  double number(int i, String field) throws ImportException {
    int s = fields.trimStart(buf, i);
    int e = fields.trimEnd(buf, i, s);
    if (s == e) {
      throw error(field, "empty where a number is required");
    }
    double v = ByteCells.plainDecimal(buf, s, e);
    return Double.isNaN(v) ? slowNumber(s, e, field) : v;
  }

  /**
   * Like {@link #number} but an empty cell or {@code null} (any case) gives NaN: the row lacks this
   * field.
   */
  double numberOrNaN(int i, String field) throws ImportException {
    int s = fields.start(i);
    if (s == fields.end(i)) {
      return Double.NaN;
    }
    int c = buf[s];
    if ((c >= '0' && c <= '9') || c == '-') {
      return number(i, field);
    }
    return isNull(i) ? Double.NaN : number(i, field);
  }

  private double slowNumber(int s, int e, String field) throws ImportException {
    for (int k = s; k < e; k++) {
      int c = buf[k];
      boolean allowed =
          (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || (c | 0x20) == 'e';
      if (!allowed) {
        throw error(field, "'" + rawText(s, e) + "' is not a number");
      }
    }
    String text = new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException ex) {
      throw error(field, "'" + text + "' is not a number");
    }
    if (!Double.isFinite(v)) {
      throw error(field, "'" + text + "' is not a finite number");
    }
    return v;
  }

  private String rawText(int s, int e) {
    return new String(buf, s, e - s, StandardCharsets.UTF_8);
  }

  /**
   * Field {@code i} as a date: {@code YYYY-MM-DD}, {@code YYYYMMDD}, or {@code YYYY-MM-DD} followed
   * by a space or {@code T} and a time, which is ignored (the same forms as {@link Cells#date}).
   *
   * @throws ImportException naming {@code field} when it is not a valid date
   */
  LocalDate date(int i, String field) throws ImportException {
    return LocalDate.ofEpochDay(epochDay(i, field));
  }

  /**
   * Like {@link #date} but returns the day count since 1970-01-01 ({@link LocalDate#toEpochDay()})
   * without creating a {@link LocalDate}.
   */
  int epochDay(int i, String field) throws ImportException {
    int s = fields.trimStart(buf, i);
    int e = fields.trimEnd(buf, i, s);
    int day = ByteCells.epochDay(buf, s, e);
    if (day == ByteCells.NOT_A_DATE) {
      throw error(
          field, "'" + rawText(s, e) + "' is not a valid date (expected YYYY-MM-DD or YYYYMMDD)");
    }
    return day;
  }

  /**
   * Field {@code i} (trimmed) as a ticker of {@code tickers}: its index there, the ticker being
   * added, first met on {@code day} at the current line, when it is new.
   *
   * @throws ImportException naming {@code field} when the cell is empty, not valid UTF-8, or holds
   *     a character that an id cannot hold (a control character, a quote, a backslash, or
   *     whitespace other than spaces and tabs)
   */
  int ticker(int i, String field, TickerTable tickers, int day) throws ImportException {
    int s = fields.trimStart(buf, i);
    int e = fields.trimEnd(buf, i, s);
    if (s == e) {
      throw error(field, "empty ticker");
    }
    int t = tickers.find(buf, s, e);
    if (t != TickerTable.ABSENT) {
      return t;
    }
    t = tickers.add(buf, s, e, day, lineNumber);
    if (t == TickerTable.ABSENT) {
      throw error(field, "ticker is not valid UTF-8 text");
    }
    String name = tickers.names[t];
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '"' || c == '\\') {
        throw error(field, "ticker '" + name + "' contains a character not allowed in an id");
      }
    }
    return t;
  }

  /** An error at the current line. */
  ImportException error(String field, String problem) {
    return new ImportException(file, lineNumber, field, problem);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // closing a read-only stream: nothing to recover
    }
  }
}
