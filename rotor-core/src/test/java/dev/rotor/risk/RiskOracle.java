package dev.rotor.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads the committed output of {@code src/test/resources/oracles/risk/risk_oracle.py} (numpy 1.24,
 * pandas 1.5.3, scipy 1.10; the script documents every formula and data source, and its printed
 * report is {@code oracle_output.txt}).
 */
final class RiskOracle {

  static final String DIR = "/oracles/risk/";

  /** The 24 monthly returns of Bacon's (2008) sample portfolio, as decimals. */
  static final double[] BACON_PORTFOLIO = {
    0.003, 0.026, 0.011, -0.010, 0.015, 0.025, 0.016, 0.067, -0.014, 0.040, -0.005, 0.081, 0.040,
    -0.037, -0.061, 0.017, -0.049, -0.022, 0.070, 0.058, -0.065, 0.024, -0.005, -0.009
  };

  /** The benchmark returns of the same sample. */
  static final double[] BACON_BENCHMARK = {
    0.002, 0.025, 0.018, -0.011, 0.014, 0.018, 0.014, 0.065, -0.015, 0.042, -0.006, 0.083, 0.039,
    -0.038, -0.062, 0.015, -0.048, 0.021, 0.060, 0.056, -0.067, 0.019, -0.003, 0.000
  };

  private static final Properties PROPS = load();

  private RiskOracle() {}

  /** The oracle value of {@code case.figure}. */
  static double value(String caseName, String figure) {
    String v = PROPS.getProperty(caseName + "." + figure);
    if (v == null) {
      throw new IllegalArgumentException("no oracle value " + caseName + "." + figure);
    }
    return Double.parseDouble(v);
  }

  /** True when the oracle has {@code case.figure}. */
  static boolean has(String caseName, String figure) {
    return PROPS.containsKey(caseName + "." + figure);
  }

  /** The rows (header dropped) of an oracle CSV, split on commas (empty cells kept). */
  static List<String[]> csv(String name) {
    try (InputStream in = RiskOracle.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing oracle file " + name);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<String[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          rows.add(lines[i].trim().split(",", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = RiskOracle.class.getResourceAsStream(DIR + "risk_oracle.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
