package dev.rotor.allocation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the committed oracle files in {@code src/test/resources/oracles/allocation/}, written by
 * {@code allocation_oracle.py} there (pandas 1.5.3, numpy 1.24.2, scipy 1.10.1 under {@code
 * /usr/bin/python3}). Comment lines start with {@code #}; the first other line is a header.
 */
final class Oracle {

  private final Map<String, String> cells = new HashMap<>();

  private Oracle(List<String[]> rows) {
    for (String[] r : rows) {
      String key =
          r[0]
              + (r[1].isEmpty() ? "" : "[" + r[1] + "]")
              + (r[2].isEmpty() ? "" : "[" + r[2] + "]");
      cells.put(key, r[3]);
    }
  }

  /** A {@code key,i,j,value} file. */
  static Oracle keyed(String name) {
    return new Oracle(rows(name));
  }

  double scalar(String key) {
    return Double.parseDouble(text(key));
  }

  String text(String key) {
    String v = cells.get(key);
    if (v == null) {
      throw new IllegalStateException("oracle key missing: " + key);
    }
    return v;
  }

  double[] vector(String key, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = scalar(key + "[" + i + "]");
    }
    return out;
  }

  double[][] matrix(String key, int n) {
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = scalar(key + "[" + i + "][" + j + "]");
      }
    }
    return out;
  }

  /** The data rows of a file, split on commas (empty trailing cells kept). */
  static List<String[]> rows(String name) {
    String path = "/oracles/allocation/" + name;
    try (InputStream in = Oracle.class.getResourceAsStream(path)) {
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
        rows.add(line.split(",", -1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
