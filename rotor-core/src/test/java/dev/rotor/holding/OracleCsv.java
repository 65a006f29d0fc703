package dev.rotor.holding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only reader of an oracle output CSV on the test classpath (a header row, then plain
 * comma-separated cells without quotes). An empty cell reads as NaN. Used by the holding and
 * scenario tests.
 */
public final class OracleCsv {

  private final List<String> header;
  private final List<String[]> rows;

  private OracleCsv(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** Reads the classpath resource {@code resource}, e.g. {@code /oracles/holding/smb.csv}. */
  public static OracleCsv read(String resource) {
    try (InputStream in = OracleCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("resource: " + resource + " not found");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = Arrays.asList(r.readLine().split(",", -1));
      List<String[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return new OracleCsv(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of data rows. */
  public int size() {
    return rows.size();
  }

  /** The text of {@code column} in data row {@code row}. */
  public String text(int row, String column) {
    int c = header.indexOf(column);
    if (c < 0) {
      throw new IllegalArgumentException("column: " + column + " not in " + header);
    }
    return rows.get(row)[c];
  }

  /** The number in {@code column} of data row {@code row}; NaN when the cell is empty. */
  public double number(int row, String column) {
    String t = text(row, column);
    return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
  }

  /** The first data row whose {@code column} equals {@code value} for each pair given. */
  public int find(String... columnValuePairs) {
    for (int row = 0; row < rows.size(); row++) {
      boolean all = true;
      for (int k = 0; k < columnValuePairs.length && all; k += 2) {
        all = text(row, columnValuePairs[k]).equals(columnValuePairs[k + 1]);
      }
      if (all) {
        return row;
      }
    }
    throw new IllegalArgumentException("no row matches " + Arrays.toString(columnValuePairs));
  }
}
