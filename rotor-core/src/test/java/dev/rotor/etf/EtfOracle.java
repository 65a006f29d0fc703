package dev.rotor.etf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Reads the committed output {@code src/test/resources/oracles/etf/etf_oracle.properties} of {@code
 * etf_oracle.py} (pandas 1.5.3, numpy 1.24.2, run with /usr/bin/python3 on /work/shared/data; the
 * script states every formula and the command line).
 */
final class EtfOracle {

  private static final Properties PROPS = load();

  private EtfOracle() {}

  static String text(String caseName, String key) {
    String v = PROPS.getProperty(caseName + "." + key);
    if (v == null) {
      throw new IllegalArgumentException("no oracle value " + caseName + "." + key);
    }
    return v;
  }

  static double value(String caseName, String key) {
    return Double.parseDouble(text(caseName, key));
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        EtfOracle.class.getResourceAsStream("/oracles/etf/etf_oracle.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing /oracles/etf/etf_oracle.properties");
      }
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
