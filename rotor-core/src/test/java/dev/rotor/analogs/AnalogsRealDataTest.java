package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Analogs} on real data against an independent pandas oracle.
 *
 * <p>Oracle: {@code src/test/resources/oracles/analogs/analogs_oracle.py}, run as {@code
 * /usr/bin/python3 analogs_oracle.py /work/shared/data} (pandas 1.5.3); its output CSVs are
 * committed beside it. It re-implements both rules with pandas {@code shift}/{@code rolling}, and
 * the bootstrap with a port of {@code java.util.Random}'s specified generator and numpy's linear
 * quantile. Data: French {@code F-F_Research_Data_Factors.csv} SMB (vintage 202602), French {@code
 * Portfolios_Formed_on_ME.CSV} Lo 10 / Hi 10 (value-weighted, to 2024-12), market-base RUT / SPX
 * closes (2016-06-28 onwards).
 */
class AnalogsRealDataTest {

  /** Every number: mean, median, hit rate, interval ends, states, distances, forward returns. */
  private static final double TOL = 1e-12;

  private static final String FACTORS = "ken_french/F-F_Research_Data_Factors.csv";
  private static final String SIZE = "ken_french/Portfolios_Formed_on_ME.CSV";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("smb_202602", "smb", LocalDate.of(2026, 2, 28)),
        Arguments.of("smb_199012", "smb", LocalDate.of(1990, 12, 31)),
        Arguments.of("deciles_202412", "deciles", LocalDate.of(2024, 12, 31)),
        Arguments.of("rut_spx_20260130", "rut_spx", LocalDate.of(2026, 1, 30)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void threshold_defaults_matchPandasOracle(String name, String source, LocalDate asOf) {
    AnalogResult r =
        Analogs.threshold(series(source), asOf, ThresholdRule.defaults(), AnalogSpec.defaults());
    assertMatches(r, name + "_threshold", List.of("recent_3m", "prior_12m"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void nearest_defaults_matchPandasOracle(String name, String source, LocalDate asOf) {
    AnalogResult r =
        Analogs.nearest(series(source), asOf, NeighbourRule.defaults(), AnalogSpec.defaults());
    assertMatches(r, name + "_nearest", NeighbourRule.defaults().featureNames());
  }

  private static RelativeSeries series(String source) {
    return switch (source) {
      case "smb" ->
          RelativeSeries.ofSpreadReturns(
              FrenchMonthly.firstBlock(FACTORS, "SMB"), Sampling.MONTHLY);
      case "deciles" ->
          RelativeSeries.ofReturns(
              FrenchMonthly.firstBlock(SIZE, "Lo 10"),
              FrenchMonthly.firstBlock(SIZE, "Hi 10"),
              Sampling.MONTHLY);
      case "rut_spx" -> {
        DateSeries rut = RealSeries.column("market-base/indices/RUT.csv", "close");
        DateSeries spx = RealSeries.column("market-base/indices/SPX.csv", "close");
        yield RelativeSeries.ofPair(rut, spx, Sampling.DAILY);
      }
      default -> throw new IllegalArgumentException("source: " + source);
    };
  }

  private static void assertMatches(AnalogResult r, String oracle, List<String> features) {
    OracleTable analogs = OracleTable.read(oracle + "_analogs.csv");
    OracleTable summary = OracleTable.read(oracle + "_summary.csv");
    assertThat(analogs.text(0, "date")).isEqualTo("asof");
    assertThat(r.asOfState()).extracting(StateFeature::name).isEqualTo(features);
    for (int c = 0; c < features.size(); c++) {
      assertThat(r.asOfState().get(c).value())
          .as(features.get(c))
          .isCloseTo(analogs.number(0, features.get(c)), within(TOL));
    }
    List<LocalDate> expected = new ArrayList<>();
    for (int row = 1; row < analogs.rows().size(); row++) {
      expected.add(LocalDate.parse(analogs.text(row, "date")));
    }
    assertThat(r.dates()).isEqualTo(expected);
    for (int j = 0; j < r.analogs().size(); j++) {
      Analog a = r.analogs().get(j);
      double d = analogs.number(j + 1, "distance");
      if (Double.isNaN(d)) {
        assertThat(a.distance()).isNaN();
      } else {
        assertThat(a.distance()).isCloseTo(d, within(TOL));
      }
      for (int c = 0; c < features.size(); c++) {
        assertThat(a.state()[c]).isCloseTo(analogs.number(j + 1, features.get(c)), within(TOL));
      }
      List<Integer> horizons = r.spec().horizonMonths();
      for (int h = 0; h < horizons.size(); h++) {
        assertThat(a.forward(h))
            .isCloseTo(analogs.number(j + 1, "fwd_" + horizons.get(h) + "m"), within(TOL));
      }
    }
    assertThat(r.summaries()).hasSize(summary.rows().size());
    for (int h = 0; h < r.summaries().size(); h++) {
      ForwardSummary s = r.summaries().get(h);
      assertThat(s.horizonMonths()).isEqualTo((int) summary.number(h, "horizon"));
      assertThat(s.count()).isEqualTo((int) summary.number(h, "count"));
      assertThat(s.mean()).isCloseTo(summary.number(h, "mean"), within(TOL));
      assertThat(s.median()).isCloseTo(summary.number(h, "median"), within(TOL));
      assertThat(s.hitRate()).isCloseTo(summary.number(h, "hit_rate"), within(TOL));
      assertThat(s.lower()).isCloseTo(summary.number(h, "lower"), within(TOL));
      assertThat(s.upper()).isCloseTo(summary.number(h, "upper"), within(TOL));
      assertThat(s.thin()).isEqualTo(s.count() < 10);
    }
  }
}
