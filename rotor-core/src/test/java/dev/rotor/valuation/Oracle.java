package dev.rotor.valuation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code oracles/valuation/aggregates.csv}: universe -> column -> value. */
final class Oracle {

  private Oracle() {}

  static Map<String, Map<String, Double>> aggregates() {
    try (InputStream in = Oracle.class.getResourceAsStream("/oracles/valuation/aggregates.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> h = List.of(r.readLine().split(","));
      Map<String, Map<String, Double>> out = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split(",");
        Map<String, Double> m = new HashMap<>();
        for (int i = 1; i < c.length; i++) {
          m.put(h.get(i), Double.parseDouble(c[i]));
        }
        out.put(c[0], m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
