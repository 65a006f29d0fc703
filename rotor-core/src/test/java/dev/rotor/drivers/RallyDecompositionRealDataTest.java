package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.holding.OracleCsv;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RallyDecomposition} on real data against statsmodels.
 *
 * <p>Oracle: {@code src/test/resources/oracles/explain/explain_oracle.py}, run in that directory as
 * {@code /usr/bin/python3 explain_oracle.py /work/shared/data > oracle_output.txt} (statsmodels
 * 0.13.5, pandas 1.5.3); output {@code explain.csv}. Data: {@code market-base/indices/RUT.csv},
 * {@code SPX.csv} ({@code close}), {@code fred_macro-monitor/DGS2.csv}, {@code DGS10.csv}, {@code
 * BAMLH0A0HYM2.csv} ({@code value}, percent).
 */
class RallyDecompositionRealDataTest {

  /** Closed form against statsmodels' pseudo-inverse: rounding only. */
  private static final double TOL = 1e-10;

  /** The parts add up by construction: rounding of a few sums. */
  private static final double SUM_TOL = 1e-12;

  private static final String IDX = "market-base/indices/";
  private static final String FRED = "fred_macro-monitor/";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "rates_h2_2024,DGS2 DGS10,2016-07-01,2023-12-31,2024-07-01,2024-12-31",
    "rates_credit_2025,DGS2 DGS10 BAMLH0A0HYM2,2016-07-01,2024-12-31,2025-01-01,2025-06-30",
    "dgs2_insample_2024,DGS2,2016-07-01,2024-12-31,2024-07-01,2024-12-31"
  })
  void explain_rutSpxWeekly_matchesStatsmodels(
      String c, String names, String ef, String et, String wf, String wt) {
    Map<String, DateSeries> drivers = new LinkedHashMap<>();
    for (String name : names.split(" ")) {
      drivers.put(name, RealSeries.column(FRED + name + ".csv", "value"));
    }
    RallyExplanation r =
        RallyDecomposition.explain(
            RealSeries.column(IDX + "RUT.csv", "close"),
            RealSeries.column(IDX + "SPX.csv", "close"),
            drivers,
            LocalDate.parse(ef),
            LocalDate.parse(et),
            LocalDate.parse(wf),
            LocalDate.parse(wt),
            Frequency.WEEKLY);
    OracleCsv o = OracleCsv.read("/oracles/explain/explain.csv");
    int k = o.find("case", c, "driver", "const");
    assertThat(r.observations()).isEqualTo((int) o.number(k, "n"));
    assertThat(r.neweyWestLags()).isEqualTo((int) o.number(k, "lags"));
    assertThat(r.windowPeriods()).isEqualTo((int) o.number(k, "m"));
    assertThat(r.estimationFirst()).isEqualTo(LocalDate.parse(o.text(k, "est_first")));
    assertThat(r.estimationLast()).isEqualTo(LocalDate.parse(o.text(k, "est_last")));
    assertThat(r.windowFirst()).isEqualTo(LocalDate.parse(o.text(k, "win_first")));
    assertThat(r.windowLast()).isEqualTo(LocalDate.parse(o.text(k, "win_last")));
    assertThat(r.rSquared()).isCloseTo(o.number(k, "r2"), within(TOL));
    assertThat(r.intercept().estimate()).isCloseTo(o.number(k, "beta"), within(TOL));
    assertThat(r.intercept().neweyWestStandardError())
        .isCloseTo(o.number(k, "se_hac"), within(TOL));
    assertThat(r.interceptPart()).isCloseTo(o.number(k, "contribution"), within(TOL));
    assertThat(r.explained()).isCloseTo(o.number(k, "explained"), within(TOL));
    assertThat(r.actual()).isCloseTo(o.number(k, "actual"), within(TOL));
    assertThat(r.residual()).isCloseTo(o.number(k, "residual"), within(TOL));
    assertThat(r.drivers()).extracting(DriverContribution::name).containsExactly(names.split(" "));
    for (String name : names.split(" ")) {
      int row = o.find("case", c, "driver", name);
      DriverContribution d = r.driver(name);
      assertThat(d.beta().estimate()).isCloseTo(o.number(row, "beta"), within(TOL));
      assertThat(d.beta().neweyWestStandardError()).isCloseTo(o.number(row, "se_hac"), within(TOL));
      assertThat(d.move()).isCloseTo(o.number(row, "move"), within(TOL));
      assertThat(d.contribution().estimate()).isCloseTo(o.number(row, "contribution"), within(TOL));
      assertThat(d.contribution().lower()).isCloseTo(o.number(row, "lo"), within(TOL));
      assertThat(d.contribution().upper()).isCloseTo(o.number(row, "hi"), within(TOL));
    }
    double sum = r.interceptPart() + r.residual();
    for (DriverContribution d : r.drivers()) {
      sum += d.contribution().estimate();
    }
    assertThat(sum).isCloseTo(r.actual(), within(SUM_TOL));
  }
}
