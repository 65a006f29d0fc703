package dev.rotor.analogs;

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
 * A CSV written by {@code oracles/analogs/analogs_oracle.py}, read from the test classpath: lines
 * starting with {@code #} are comments, the first other line is the header.
 */
record OracleTable(List<String> header, List<String[]> rows) {

  static OracleTable read(String name) {
    String path = "/oracles/analogs/" + name;
    try (InputStream in = OracleTable.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("name: no resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = null;
      List<String[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (header == null) {
          header = Arrays.asList(cells);
        } else {
          rows.add(cells);
        }
      }
      return new OracleTable(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number in column {@code column} of row {@code row}; empty and {@code nan} give NaN. */
  double number(int row, String column) {
    String cell = rows.get(row)[header.indexOf(column)];
    return cell.isEmpty() || cell.equals("nan") ? Double.NaN : Double.parseDouble(cell);
  }

  String text(int row, String column) {
    return rows.get(row)[header.indexOf(column)];
  }
}
