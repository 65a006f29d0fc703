package dev.rotor.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.shareddata.RealSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Test fixtures for the stats kernels: the pandas oracle on real index returns, naive per-window
 * recomputes, and comparison with a stated tolerance.
 *
 * <p>The oracle file {@code oracles/stats/rolling_rut_spx.csv} was produced by {@code
 * /usr/bin/python3 rotor-core/src/test/resources/oracles/stats/rolling_oracle.py <shared data>}
 * (pandas 1.5.3); its docstring lists every column and the pandas call behind it. The inputs are
 * daily simple returns of the Russell 2000 (RUT) and S&amp;P 500 (SPX) closes in {@code
 * market-base/indices}, recomputed here from the shared data with {@link Returns#fromPrices}.
 */
final class StatsOracle {

  private static final String RESOURCE = "/oracles/stats/rolling_rut_spx.csv";

  final LocalDate[] dates;
  final double[] rut;
  final double[] spx;
  private final Map<String, double[]> columns;

  private StatsOracle(
      LocalDate[] dates, double[] rut, double[] spx, Map<String, double[]> columns) {
    this.dates = dates;
    this.rut = rut;
    this.spx = spx;
    this.columns = columns;
  }

  /** Real returns (skips the test when the shared data is missing) and the pandas columns. */
  static StatsOracle load() {
    AlignedSeries prices =
        AlignedSeries.of(
            Alignment.INTERSECT,
            RealSeries.column("market-base/indices/RUT.csv", "close"),
            RealSeries.column("market-base/indices/SPX.csv", "close"));
    double[] rut = Returns.fromPrices(prices.column(0), ReturnKind.SIMPLE);
    double[] spx = Returns.fromPrices(prices.column(1), ReturnKind.SIMPLE);
    LocalDate[] dates = Arrays.copyOfRange(prices.dates(), 1, prices.size());
    List<LocalDate> oracleDates = new ArrayList<>();
    Map<String, List<Double>> cells = new HashMap<>();
    String[] header = null;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(StatsOracle.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(",");
        if (header == null) {
          header = parts;
          for (int c = 1; c < header.length; c++) {
            cells.put(header[c], new ArrayList<>());
          }
          continue;
        }
        oracleDates.add(LocalDate.parse(parts[0]));
        for (int c = 1; c < header.length; c++) {
          cells.get(header[c]).add(Double.parseDouble(parts[c]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(oracleDates).as("oracle dates").containsExactly(dates);
    Map<String, double[]> columns = new HashMap<>();
    cells.forEach(
        (name, list) ->
            columns.put(name, list.stream().mapToDouble(Double::doubleValue).toArray()));
    return new StatsOracle(dates, rut, spx, columns);
  }

  /** The pandas column {@code name}. */
  double[] column(String name) {
    return Objects.requireNonNull(columns.get(name), name).clone();
  }

  /**
   * Asserts NaN in the same places and {@code |actual - expected| <= tol * max(|expected|, floor)}
   * elsewhere; returns the largest error seen, in units of that scale.
   */
  static double assertClose(double[] actual, double[] expected, double tol, double floor) {
    assertThat(actual).hasSameSizeAs(expected);
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertThat(actual[i]).as("index %d", i).isNaN();
        continue;
      }
      double scale = Math.max(Math.abs(expected[i]), floor);
      double err = Math.abs(actual[i] - expected[i]) / scale;
      assertThat(err)
          .as("index %d: actual %s expected %s", i, actual[i], expected[i])
          .isLessThanOrEqualTo(tol);
      worst = Math.max(worst, err);
    }
    return worst;
  }

  /** {@code n} Gaussian values with standard deviation {@code sd} around {@code offset}. */
  static double[] gaussian(SplittableRandom random, int n, double offset, double sd) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = offset + sd * random.nextGaussian();
    }
    return x;
  }

  /** Mean of {@code x[from .. to)}: a plain sum, refined once by the mean of the residuals. */
  static double naiveMean(double[] x, int from, int to) {
    double s = 0;
    for (int j = from; j < to; j++) {
      s += x[j];
    }
    double m = s / (to - from);
    double r = 0;
    for (int j = from; j < to; j++) {
      r += x[j] - m;
    }
    return m + r / (to - from);
  }

  /**
   * Two-pass sample covariance ({@code N - 1}) of {@code x[from .. to)} and {@code y[from .. to)}.
   */
  static double naiveCovariance(double[] x, double[] y, int from, int to) {
    double mx = naiveMean(x, from, to);
    double my = naiveMean(y, from, to);
    double s = 0;
    for (int j = from; j < to; j++) {
      s += (x[j] - mx) * (y[j] - my);
    }
    return s / (to - from - 1);
  }
}
