package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.PriceBasis;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import dev.rotor.shareddata.RealSeries;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real-data oracle: RUT, SPX and IXIC closes ({@code market-base/indices/*.csv}, price basis)
 * against pandas. Script and output: {@code
 * src/test/resources/oracles/leadership/leadership_oracle.py} and {@code
 * leadership_oracle.properties}, produced with {@code /usr/bin/python3 leadership_oracle.py
 * /work/shared/data > leadership_oracle.properties} (pandas 1.5.3). Every key of the output is
 * checked: base and end dates, periods, levels, total and annualised returns, spread, relative,
 * leader, and the spread history (n, first and last end, mean, sd, percentile, z) of every pair.
 */
class LeadershipOracleTest {

  /** Levels are the same decimal text parsed by two parsers. */
  private static final double LEVEL_TOL = 1e-9;

  private static final double TOL = 1e-12;

  /** z divides by a standard deviation summed in a different order. */
  private static final double Z_TOL = 1e-9;

  private static final SeriesId RUT = SeriesId.of("market-base/indices/RUT");
  private static final SeriesId SPX = SeriesId.of("market-base/indices/SPX");
  private static final SeriesId IXIC = SeriesId.of("market-base/indices/IXIC");
  private static final List<Window> WINDOWS =
      Window.parseList("ytd,mtd,qtd,1w,1m,3m,6m,1y,3y,5y,10y,max");

  private static Properties oracle;

  @BeforeAll
  static void load() throws IOException {
    oracle = new Properties();
    try (InputStream in =
        LeadershipOracleTest.class.getResourceAsStream(
            "/oracles/leadership/leadership_oracle.properties")) {
      oracle.load(in);
    }
  }

  private static Map<SeriesId, DateSeries> levels() {
    return Map.of(
        RUT, RealSeries.column("market-base/indices/RUT.csv", "close"),
        SPX, RealSeries.column("market-base/indices/SPX.csv", "close"),
        IXIC, RealSeries.column("market-base/indices/IXIC.csv", "close"));
  }

  private static String get(String key) {
    String v = oracle.getProperty(key);
    assertThat(v).as("oracle key " + key).isNotNull();
    return v;
  }

  private static double num(String key) {
    return oracle.containsKey(key) ? Double.parseDouble(get(key)) : Double.NaN;
  }

  private static void close(double actual, String key, double tol) {
    double expected = num(key);
    if (Double.isNaN(expected)) {
      assertThat(actual).as(key).isNaN();
    } else {
      assertThat(actual).as(key).isCloseTo(expected, within(tol));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-31", "2026-01-30", "2026-01-31"})
  void table_realIndices_matchesPandas(String asOf) {
    LeadershipTable t =
        Leadership.table(
            levels(),
            PriceBasis.PRICE,
            RUT,
            SPX,
            Optional.of(IXIC),
            LocalDate.parse(asOf),
            WINDOWS);
    assertThat(t.asOfUsed()).isEqualTo(LocalDate.parse(get(asOf + ".as_of_used")));
    int checked = 0;
    for (WindowRow row : t.rows()) {
      String key = asOf + "." + row.window().label();
      if (get(key + ".available").equals("false")) {
        assertThat(row).as(key).isInstanceOf(WindowRow.Unavailable.class);
        continue;
      }
      WindowRow.Available r = (WindowRow.Available) row;
      assertThat(r.resolved().start()).as(key).isEqualTo(LocalDate.parse(get(key + ".start")));
      assertThat(r.resolved().end()).as(key).isEqualTo(LocalDate.parse(get(key + ".end")));
      assertThat(r.resolved().periods()).isEqualTo(Integer.parseInt(get(key + ".periods")));
      for (SeriesId id : t.series()) {
        String k = key + "." + id.tail();
        WindowReturn wr = r.returnOf(id);
        close(wr.startLevel(), k + ".start_level", LEVEL_TOL);
        close(wr.endLevel(), k + ".end_level", LEVEL_TOL);
        close(wr.total(), k + ".total", TOL);
        close(wr.annualised(), k + ".annualised", TOL);
      }
      for (PairComparison p : r.pairs()) {
        String k = key + "." + p.pair().label();
        close(p.spread(), k + ".spread", TOL);
        close(p.relative(), k + ".relative", TOL);
        assertThat(p.leader().map(SeriesId::tail).orElse("tie")).isEqualTo(get(k + ".leader"));
        SpreadHistory h = p.history();
        assertThat(h.windows()).as(k).isEqualTo(Integer.parseInt(get(k + ".n")));
        assertThat(h.firstEnd()).as(k).isEqualTo(LocalDate.parse(get(k + ".first_end")));
        assertThat(h.lastEnd()).as(k).isEqualTo(LocalDate.parse(get(k + ".last_end")));
        close(h.mean(), k + ".mean", TOL);
        close(h.sd(), k + ".sd", TOL);
        close(h.percentile(), k + ".percentile", TOL);
        close(h.z(), k + ".z", Z_TOL);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(3 * 11);
  }

  /**
   * The headline figures, quoted from the oracle output for readers: as of 2024-01-31, 1m RUT-SPX
   * spread -0.05522837752692655 at percentile 0.050793650793650794 of 1890 windows (2016-07-28 ..
   * 2024-01-31); as of 2026-01-30, 1m RUT-SPX spread 0.03904449070186944 at percentile
   * 0.9084065244667503 of 2391 windows.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2024-01-31", "2026-01-30"})
  void table_oneMonthRutMinusSpx_percentileAsPandas(String asOf) {
    LeadershipTable t =
        Leadership.table(
            levels(),
            PriceBasis.PRICE,
            RUT,
            SPX,
            Optional.empty(),
            LocalDate.parse(asOf),
            List.of(StandardWindow.ONE_MONTH));
    PairComparison p = ((WindowRow.Available) t.rows().get(0)).pair(RUT, SPX);
    assertThat(p.spread()).isCloseTo(num(asOf + ".1m.RUT-SPX.spread"), within(TOL));
    assertThat(p.history().percentile()).isEqualTo(num(asOf + ".1m.RUT-SPX.percentile"));
  }
}
