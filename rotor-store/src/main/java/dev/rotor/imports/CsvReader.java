package dev.rotor.imports;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a CSV file line by line with physical line numbers, for importers.
 *
 * <p>Handles: a UTF-8 byte-order mark, LF or CRLF line ends, gzip when the name ends in {@code
 * .gz}, and RFC 4180 quoting in {@link #split(String)} (quoted fields may contain commas and
 * doubled quotes, but not line breaks). Invalid UTF-8 is an {@link ImportException}.
 */
public final class CsvReader implements Closeable {

  private final Path file;
  private final BufferedReader in;
  private long lineNumber;

  /** The first blank line met by {@link #readDataLine()} (0: none yet). */
  private long blankLine;

  private CsvReader(Path file, BufferedReader in) {
    this.file = file;
    this.in = in;
  }

  /** Opens {@code file}. @throws ImportException when it cannot be opened */
  public static CsvReader open(Path file) throws ImportException {
    try {
      InputStream raw = Files.newInputStream(file);
      java.util.function.LongConsumer progress = ReadProgress.current();
      if (progress != null) {
        raw = new CountingStream(raw, progress);
      }
      if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
        raw = new GZIPInputStream(raw, 1 << 16);
      }
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      return new CsvReader(file, new BufferedReader(new InputStreamReader(raw, decoder), 1 << 16));
    } catch (IOException e) {
      throw new ImportException(file, 0, null, "cannot open: " + e.getMessage());
    }
  }

  /** The file being read. */
  public Path file() {
    return file;
  }

  /** The 1-based number of the line last returned by {@link #readLine()}; 0 before the first. */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * The next line without its line end (and without a BOM on line 1), or null at end of file.
   *
   * @throws ImportException on an I/O error or invalid UTF-8
   */
  public String readLine() throws ImportException {
    try {
      String line = in.readLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
        line = line.substring(0, line.length() - 1);
      }
      return line;
    } catch (CharacterCodingException e) {
      throw new ImportException(file, lineNumber + 1, null, "not valid UTF-8 text");
    } catch (IOException e) {
      throw new ImportException(file, lineNumber + 1, null, "read failed: " + e.getMessage());
    }
  }

  /**
   * The first line, which holds the header.
   *
   * @throws ImportException at line 0, "empty file", when the file has no line
   */
  String readHeader() throws ImportException {
    String line = readLine();
    if (line == null) {
      throw new ImportException(file, 0, null, "empty file");
    }
    return line;
  }

  /**
   * The next line that is not blank, or null at end of file. Blank lines are allowed only at the
   * end: a blank line followed by more data is an error at the first blank line.
   *
   * @throws ImportException "blank line inside the data", or as {@link #readLine()}
   */
  String readDataLine() throws ImportException {
    String line;
    while ((line = readLine()) != null) {
      if (line.isBlank()) {
        blankLine = blankLine == 0 ? lineNumber : blankLine;
        continue;
      }
      if (blankLine > 0) {
        throw new ImportException(file, blankLine, null, "blank line inside the data");
      }
      return line;
    }
    return null;
  }

  /**
   * Splits a data row that must have one field per entry of {@code names}.
   *
   * @throws ImportException "expected N fields, found M" at the current line, naming the first
   *     missing field when the row is short
   */
  List<String> splitRow(String line, List<String> names) throws ImportException {
    List<String> cells = split(line);
    if (cells.size() != names.size()) {
      String field = cells.size() < names.size() ? names.get(cells.size()) : null;
      throw error(field, "expected " + names.size() + " fields, found " + cells.size());
    }
    return cells;
  }

  /** An error at the current line. */
  public ImportException error(String field, String problem) {
    return new ImportException(file, lineNumber, field, problem);
  }

  /**
   * Splits one CSV line into fields. Unquoted fields are returned as they are (no trimming); quoted
   * fields lose their quotes and have doubled quotes undone.
   */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              sb.append('"');
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            sb.append(c);
            i++;
          }
        }
        // anything between the closing quote and the comma is kept verbatim
        int comma = line.indexOf(',', i);
        if (comma < 0) {
          sb.append(line, i, n);
          out.add(sb.toString());
          return out;
        }
        sb.append(line, i, comma);
        out.add(sb.toString());
        i = comma + 1;
      } else {
        int comma = line.indexOf(',', i);
        if (comma < 0) {
          out.add(line.substring(i));
          return out;
        }
        out.add(line.substring(i, comma));
        i = comma + 1;
      }
    }
  }

  /** Passes the number of compressed bytes read to a progress sink. */
  private static final class CountingStream extends java.io.FilterInputStream {
    private final java.util.function.LongConsumer sink;

    CountingStream(InputStream in, java.util.function.LongConsumer sink) {
      super(in);
      this.sink = sink;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        sink.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        sink.accept(n);
      }
      return n;
    }
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
