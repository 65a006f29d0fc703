package dev.rotor.sectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads the committed output {@code src/test/resources/oracles/sectors/sectors_oracle.properties}
 * of {@code sectors_oracle.py} (pandas; run {@code /usr/bin/python3 sectors_oracle.py
 * /work/shared/data > sectors_oracle.properties}).
 */
final class SectorsOracle {

  private static final Properties P = load();

  private SectorsOracle() {}

  static double number(String key) {
    String v = P.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("oracle key missing: " + key);
    }
    return Double.parseDouble(v);
  }

  static String text(String key) {
    return P.getProperty(key);
  }

  /** {@code prefix.Sector_Name=value} entries as sector name to value. */
  static Map<String, Double> bySector(String prefix) {
    Map<String, Double> out = new TreeMap<>();
    for (String k : P.stringPropertyNames()) {
      if (k.startsWith(prefix + ".")) {
        String sector = k.substring(prefix.length() + 1);
        if (!sector.contains(".")) {
          out.put(sector.replace('_', ' '), Double.parseDouble(P.getProperty(k)));
        }
      }
    }
    return out;
  }

  private static Properties load() {
    try (InputStream in =
        SectorsOracle.class.getResourceAsStream("/oracles/sectors/sectors_oracle.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing /oracles/sectors/sectors_oracle.properties");
      }
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
