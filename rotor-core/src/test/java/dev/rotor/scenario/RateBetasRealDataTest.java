package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.holding.OracleCsv;
import dev.rotor.returns.ReturnKind;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RateBetas} on real data against statsmodels.
 *
 * <p>Oracle: {@code src/test/resources/oracles/scenario/scenario_oracle.py}, run as {@code
 * /usr/bin/python3 scenario_oracle.py /work/shared/data} (statsmodels 0.13.5, pandas 1.5.3); output
 * {@code rate_betas.csv}. statsmodels {@code OLS(r, add_constant(dy)).fit()} and {@code
 * .fit(cov_type='HAC', cov_kwds={'maxlags': L})}; shock intervals from {@code t_test} of the
 * contrast {@code (0, bp / 100)}. Data: {@code factor_attribution/etf/IWM.csv}, {@code SPY.csv}
 * ({@code Close}, dividend-adjusted) and {@code fred_macro-monitor/DGS2.csv} (percent), common
 * days, last common close of each ISO week or calendar month.
 */
class RateBetasRealDataTest {

  /** Closed form against statsmodels' pseudo-inverse: rounding only. */
  private static final double TOL = 1e-12;

  /**
   * Classical (Student t) interval ends: Hipparchus 4.0.3's t distribution function is accurate to
   * about 2e-10 at 45 degrees of freedom (its 0.975 quantile is 2.01410338483 against scipy's
   * 2.01410338888), which moves the interval ends of the 47-month fits by about 1e-10.
   */
  private static final double T_TOL = 1e-9;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "IWM,weekly", "IWM,monthly", "SPY,weekly", "SPY,monthly",
    "IWM_2022,weekly", "IWM_2022,monthly", "SPY_2022,weekly", "SPY_2022,monthly"
  })
  void fit_etfOnTwoYearYield_matchesStatsmodels(String series, String sampling) {
    String ticker = series.substring(0, 3);
    DateSeries levels = RealSeries.column("factor_attribution/etf/" + ticker + ".csv", "Close");
    if (series.endsWith("_2022")) {
      levels = levels.between(LocalDate.of(2022, 1, 1), null);
    }
    DateSeries dgs2 = RealSeries.column("fred_macro-monitor/DGS2.csv", "value");
    RateBeta b =
        RateBetas.fit(levels, dgs2, new RateBetaSpec(Frequency.parse(sampling), ReturnKind.SIMPLE));
    OracleCsv o = OracleCsv.read("/oracles/scenario/rate_betas.csv");
    int row = o.find("series", series, "sampling", sampling);
    assertThat(b.observations()).isEqualTo((int) o.number(row, "n"));
    assertThat(b.firstDate()).isEqualTo(LocalDate.parse(o.text(row, "first_date")));
    assertThat(b.lastDate()).isEqualTo(LocalDate.parse(o.text(row, "last_date")));
    assertThat(b.neweyWestLags()).isEqualTo((int) o.number(row, "lags"));
    assertThat(b.alpha()).isCloseTo(o.number(row, "alpha"), within(TOL));
    assertThat(b.beta()).isCloseTo(o.number(row, "beta"), within(TOL));
    assertThat(b.classicalStandardError()).isCloseTo(o.number(row, "se_ols"), within(TOL));
    assertThat(b.neweyWestStandardError()).isCloseTo(o.number(row, "se_hac"), within(TOL));
    assertThat(b.rSquared()).isCloseTo(o.number(row, "r2"), within(TOL));
    ShockImpact pp = b.shock(100, StandardErrors.CLASSICAL, 0.95);
    assertThat(pp.lower()).isCloseTo(o.number(row, "ci_ols_lo"), within(T_TOL));
    assertThat(pp.upper()).isCloseTo(o.number(row, "ci_ols_hi"), within(T_TOL));
    ShockImpact hac = b.shock(100, StandardErrors.NEWEY_WEST, 0.95);
    assertThat(hac.lower()).isCloseTo(o.number(row, "ci_hac_lo"), within(TOL));
    assertThat(hac.upper()).isCloseTo(o.number(row, "ci_hac_hi"), within(TOL));
    for (StandardErrors e : StandardErrors.values()) {
      String tag = e == StandardErrors.CLASSICAL ? "ols" : "hac";
      for (ShockImpact s : b.standardShocks(e, 0.95)) {
        String p = "shock" + (int) s.basisPoints() + "_" + tag + "_";
        assertThat(s.expectedReturn()).isCloseTo(o.number(row, p + "mid"), within(TOL));
        double tol = e == StandardErrors.CLASSICAL ? T_TOL : TOL;
        assertThat(s.lower()).isCloseTo(o.number(row, p + "lo"), within(tol));
        assertThat(s.upper()).isCloseTo(o.number(row, p + "hi"), within(tol));
      }
    }
  }
}
