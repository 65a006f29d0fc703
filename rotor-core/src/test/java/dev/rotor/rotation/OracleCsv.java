package dev.rotor.rotation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the committed pandas oracle files in {@code src/test/resources/oracles/rrg/} (written by
 * {@code rrg_oracle.py} there): comment lines start with {@code #}, then a header, then rows.
 * Returns the data rows split on commas; {@code NaN} cells parse with {@link #number}.
 */
final class OracleCsv {

  private OracleCsv() {}

  static List<String[]> rows(String name) {
    String path = "/oracles/rrg/" + name;
    try (InputStream in = OracleCsv.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing oracle resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(","));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double number(String cell) {
    return cell.equals("NaN") ? Double.NaN : Double.parseDouble(cell);
  }
}
