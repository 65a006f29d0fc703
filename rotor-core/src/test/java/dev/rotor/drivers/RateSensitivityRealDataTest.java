package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.holding.OracleCsv;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RateSensitivity} and {@link RateCutProxy} on real data against statsmodels and pandas.
 *
 * <p>Oracle: {@code src/test/resources/oracles/drivers/drivers_oracle.py}, run in that directory as
 * {@code /usr/bin/python3 drivers_oracle.py /work/shared/data} (statsmodels 0.13.5, pandas 1.5.3);
 * outputs {@code rate_sensitivity.csv}, {@code rolling_beta.csv}, {@code rate_cut_proxy.csv},
 * {@code rate_cut_proxy_weekly_changes.csv}, summary in {@code oracle_output.txt}. Data: {@code
 * market-base/indices/RUT.csv} and {@code SPX.csv} ({@code close}), {@code
 * fred_macro-monitor/DGS2.csv}, {@code DGS10.csv}, {@code FEDFUNDS.csv} ({@code value}, percent).
 */
class RateSensitivityRealDataTest {

  /** Closed form against statsmodels' pseudo-inverse: rounding only (brief asks 1e-8). */
  private static final double TOL = 1e-10;

  /** Student t interval ends: Hipparchus' t quantile is accurate to about 1e-10 (see RateBeta). */
  private static final double T_TOL = 1e-8;

  private static final String IDX = "market-base/indices/";
  private static final String FRED = "fred_macro-monitor/";

  private static RateSensitivityFit fit(String from, String to, Frequency sampling) {
    LocalDate f = from.isEmpty() ? null : LocalDate.parse(from);
    LocalDate t = to.isEmpty() ? null : LocalDate.parse(to);
    return RateSensitivity.fit(
        RealSeries.column(IDX + "RUT.csv", "close").between(f, t),
        RealSeries.column(IDX + "SPX.csv", "close").between(f, t),
        RealSeries.column(FRED + "DGS2.csv", "value").between(f, t),
        RealSeries.column(FRED + "DGS10.csv", "value").between(f, t),
        sampling);
  }

  @ParameterizedTest(name = "{0} {3}")
  @CsvSource({
    "full,'','',daily",
    "full,'','',weekly",
    "2016-2019,'',2019-12-31,daily",
    "2016-2019,'',2019-12-31,weekly",
    "2020-2021,2020-01-01,2021-12-31,daily",
    "2020-2021,2020-01-01,2021-12-31,weekly",
    "2022-2025,2022-01-01,2025-12-31,daily",
    "2022-2025,2022-01-01,2025-12-31,weekly"
  })
  void fit_rutSpxOnTwoAndTenYear_matchesStatsmodels(
      String period, String from, String to, String sampling) {
    RateSensitivityFit r = fit(from, to, Frequency.parse(sampling));
    OracleCsv o = OracleCsv.read("/oracles/drivers/rate_sensitivity.csv");
    String[][] targets = {{"small", "SMALL"}, {"large", "LARGE"}, {"sml", "SMALL_MINUS_LARGE"}};
    for (String[] tg : targets) {
      int row = o.find("period", period, "sampling", sampling, "target", tg[0]);
      RegressionFit f = r.fit(Target.valueOf(tg[1]));
      assertThat(f.observations()).isEqualTo((int) o.number(row, "n"));
      assertThat(f.neweyWestLags()).isEqualTo((int) o.number(row, "lags"));
      assertThat(r.firstDate()).isEqualTo(LocalDate.parse(o.text(row, "first_date")));
      assertThat(r.lastDate()).isEqualTo(LocalDate.parse(o.text(row, "last_date")));
      assertThat(f.rSquared()).isCloseTo(o.number(row, "r2"), within(TOL));
      check(f.intercept(), o, row, "const");
      check(f.slope(Regressor.TWO_YEAR), o, row, "d2y");
      check(f.slope(Regressor.TEN_YEAR), o, row, "d10y");
      for (Regressor g : Regressor.values()) {
        String p = g == Regressor.TWO_YEAR ? "d2y" : "d10y";
        Interval hac = f.interval(g, StandardErrors.NEWEY_WEST, 0.95);
        assertThat(hac.lower()).isCloseTo(o.number(row, p + "_ci_hac_lo"), within(TOL));
        assertThat(hac.upper()).isCloseTo(o.number(row, p + "_ci_hac_hi"), within(TOL));
        Interval ols = f.interval(g, StandardErrors.CLASSICAL, 0.95);
        assertThat(ols.lower()).isCloseTo(o.number(row, p + "_ci_ols_lo"), within(T_TOL));
        assertThat(ols.upper()).isCloseTo(o.number(row, p + "_ci_ols_hi"), within(T_TOL));
      }
    }
  }

  private static void check(Coefficient c, OracleCsv o, int row, String name) {
    assertThat(c.estimate()).as(name).isCloseTo(o.number(row, name), within(TOL));
    assertThat(c.classicalStandardError())
        .as(name)
        .isCloseTo(o.number(row, name + "_se_ols"), within(TOL));
    assertThat(c.neweyWestStandardError())
        .as(name)
        .isCloseTo(o.number(row, name + "_se_hac"), within(TOL));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"daily", "weekly"})
  void rollingBeta_smallMinusLargeOnTwoYear_matchesPandas(String sampling) {
    DateSeries b = fit("", "", Frequency.parse(sampling)).rollingBeta();
    OracleCsv o = OracleCsv.read("/oracles/drivers/rolling_beta.csv");
    int count = 0;
    for (int row = 0; row < o.size(); row++) {
      if (!o.text(row, "sampling").equals(sampling)) {
        continue;
      }
      LocalDate d = LocalDate.parse(o.text(row, "date"));
      assertThat(b.get(d).orElseThrow())
          .as(d.toString())
          .isCloseTo(o.number(row, "beta"), within(TOL));
      count++;
    }
    assertThat(b.size()).isEqualTo(count);
  }

  @Test
  void rateCutProxy_dgs2MinusFedFunds_matchesPandas() {
    DateSeries dgs2 =
        RealSeries.column(FRED + "DGS2.csv", "value").between(LocalDate.of(2016, 1, 1), null);
    RateCutProxy p = RateCutProxy.of(dgs2, RealSeries.column(FRED + "FEDFUNDS.csv", "value"));
    OracleCsv o = OracleCsv.read("/oracles/drivers/rate_cut_proxy.csv");
    assertThat(p.spread().size()).isEqualTo(o.size());
    for (int row = 0; row < o.size(); row++) {
      assertThat(p.spread().dateAt(row)).isEqualTo(LocalDate.parse(o.text(row, "date")));
      assertThat(p.spread().valueAt(row)).isCloseTo(o.number(row, "spread"), within(TOL));
    }
    DateSeries ch = p.changes(Frequency.WEEKLY);
    OracleCsv w = OracleCsv.read("/oracles/drivers/rate_cut_proxy_weekly_changes.csv");
    assertThat(ch.size()).isEqualTo(w.size());
    for (int row = 0; row < w.size(); row++) {
      assertThat(ch.dateAt(row)).isEqualTo(LocalDate.parse(w.text(row, "date")));
      assertThat(ch.valueAt(row)).isCloseTo(w.number(row, "change_bp"), within(TOL));
    }
  }
}
