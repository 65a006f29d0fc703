package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RiskFreeTest {

  private static final double TOL = 1e-15;

  /** Means over thousands of per-period rates. */
  private static final double MEAN_TOL = 1e-15;

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void constant_deannualisesByCompounding() {
    // 1.005^12 - 1 a year is exactly 0.5% a month; 5% a year over 252 days is 1.05^(1/252) - 1.
    double[] m =
        RiskFree.constant(Math.pow(1.005, 12) - 1)
            .perPeriodRates(new LocalDate[] {d("2020-01-31"), d("2020-02-29")}, Frequency.MONTHLY);
    assertThat(m).containsExactly(new double[] {0.005, 0.005}, within(TOL));
    assertThat(RiskFree.deannualise(0.05, 252))
        .isCloseTo(Math.pow(1.05, 1.0 / 252) - 1, within(1e-15)); // pow(..) - 1 loses ~1e-16
    assertThat(RiskFree.zero().perPeriodRates(new LocalDate[] {d("2020-01-02")}, Frequency.DAILY))
        .containsExactly(0.0);
  }

  @Test
  void annualYields_takeTheLastYieldOnOrBeforeEachDate() {
    DateSeries y = DateSeries.builder().put(d("2024-01-02"), 5.0).put(d("2024-01-05"), 4.0).build();
    double[] r =
        RiskFree.annualPercentYields(y)
            .perPeriodRates(
                new LocalDate[] {
                  d("2024-01-02"), d("2024-01-04"), d("2024-01-05"), d("2024-03-01")
                },
                Frequency.DAILY);
    double five = Math.pow(1.05, 1.0 / 252) - 1;
    double four = Math.pow(1.04, 1.0 / 252) - 1;
    assertThat(r).containsExactly(new double[] {five, five, four, four}, within(TOL));
  }

  @Test
  void periodRates_monthEndDatedRf_appliesToEveryDayOfItsMonth() {
    // French RF dated on the last calendar day (2024-03-31, a Sunday). A March return dated on the
    // last trading day (Thursday 2024-03-28) must get March's rate, not February's.
    DateSeries rf =
        DateSeries.builder().put(d("2024-02-29"), 0.0042).put(d("2024-03-31"), 0.0043).build();
    RiskFree f = RiskFree.periodRates(rf, Frequency.MONTHLY);
    assertThat(
            f.perPeriodRates(new LocalDate[] {d("2024-02-29"), d("2024-03-28")}, Frequency.MONTHLY))
        .containsExactly(new double[] {0.0042, 0.0043}, within(TOL));
    // For daily returns the monthly rate is spread by compounding: (1 + 0.0043)^(12/252) - 1.
    assertThat(
            f.perPeriodRates(new LocalDate[] {d("2024-03-01"), d("2024-04-15")}, Frequency.DAILY))
        .containsExactly(
            new double[] {Math.pow(1.0043, 12.0 / 252) - 1, Math.pow(1.0043, 12.0 / 252) - 1},
            within(TOL));
  }

  @Test
  void periodStart_eachFrequency() {
    LocalDate x = d("2024-08-22"); // a Thursday in Q3
    assertThat(RiskFree.periodStart(x, Frequency.DAILY)).isEqualTo(x);
    assertThat(RiskFree.periodStart(x, Frequency.WEEKLY)).isEqualTo(d("2024-08-19"));
    assertThat(RiskFree.periodStart(x, Frequency.MONTHLY)).isEqualTo(d("2024-08-01"));
    assertThat(RiskFree.periodStart(x, Frequency.QUARTERLY)).isEqualTo(d("2024-07-01"));
    assertThat(RiskFree.periodStart(x, Frequency.ANNUAL)).isEqualTo(d("2024-01-01"));
  }

  @Test
  void dgs3mo_realDailyRutDates_matchPandasMergeAsof() {
    // risk_oracle.py case rut_dgs3mo: pd.merge_asof(direction="backward") of DGS3MO on the RUT
    // return dates, (1 + y / 100)^(1 / 252) - 1, mean over 2,551 returns.
    DateSeries rut = RealSeries.column("market-base/indices/RUT.csv", "close");
    LocalDate[] dates = Returns.fromPrices(rut, ReturnKind.SIMPLE).dates();
    double[] r =
        RiskFree.annualPercentYields(RealSeries.column("market-base/fred/rates.csv", "DGS3MO"))
            .perPeriodRates(dates, Frequency.DAILY);
    assertThat(Moments.mean(r))
        .isCloseTo(RiskOracle.value("rut_dgs3mo", "mean_rf_per_period"), within(MEAN_TOL));
  }

  @Test
  void frenchMonthlyRf_realMonthlyRutDates_matchPandasAndCarryTheLastMonthForward() {
    // risk_oracle.py case rut_monthly_french: RF re-dated to the first of its month, merge_asof on
    // the RUT month-end return dates; the file ends 2026-02 (0.28%), carried to 2026-08.
    DateSeries monthly =
        Resample.lastPerPeriod(
            RealSeries.column("market-base/indices/RUT.csv", "close"), Frequency.MONTHLY);
    LocalDate[] dates = Returns.fromPrices(monthly, ReturnKind.SIMPLE).dates();
    double[] r =
        RiskFree.periodRates(FrenchMonthlyRf.read(), Frequency.MONTHLY)
            .perPeriodRates(dates, Frequency.MONTHLY);
    assertThat(Moments.mean(r))
        .isCloseTo(RiskOracle.value("rut_monthly_french", "mean_rf_per_period"), within(MEAN_TOL));
    assertThat(r[r.length - 1])
        .isEqualTo(RiskOracle.value("rut_monthly_french", "last_rf_per_period"));
  }

  @Test
  void perPeriodRates_dateBeforeFirstObservation_isRejectedNamingRiskFree() {
    DateSeries y = DateSeries.builder().put(d("2024-01-02"), 5.0).build();
    assertThatThrownBy(
            () ->
                RiskFree.annualPercentYields(y)
                    .perPeriodRates(new LocalDate[] {d("2023-12-29")}, Frequency.DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("riskFree")
        .hasMessageContaining("2023-12-29");
    assertThatThrownBy(
            () ->
                RiskFree.periodRates(DateSeries.empty(), Frequency.MONTHLY)
                    .perPeriodRates(new LocalDate[] {d("2023-12-29")}, Frequency.MONTHLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("riskFree");
  }

  static Stream<Arguments> invalid() {
    DateSeries twoInMarch =
        DateSeries.builder().put(d("2024-03-01"), 0.004).put(d("2024-03-31"), 0.004).build();
    DateSeries minus100 = DateSeries.builder().put(d("2024-03-01"), -100.0).build();
    DateSeries minusOne = DateSeries.builder().put(d("2024-03-01"), -1.0).build();
    return Stream.of(
        Arguments.of((Runnable) () -> RiskFree.constant(Double.NaN), "annualRate"),
        Arguments.of((Runnable) () -> RiskFree.constant(-1.0), "annualRate"),
        Arguments.of((Runnable) () -> RiskFree.annualPercentYields(minus100), "yieldsPercent"),
        Arguments.of((Runnable) () -> RiskFree.periodRates(twoInMarch, Frequency.MONTHLY), "rates"),
        Arguments.of((Runnable) () -> RiskFree.periodRates(minusOne, Frequency.DAILY), "rates"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void factories_invalidInput_areRejectedNamingTheArgument(Runnable call, String name) {
    assertThatThrownBy(call::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }

  @Test
  void perPeriodRates_unsortedDates_areRejected() {
    DateSeries y = DateSeries.builder().put(d("2024-01-02"), 5.0).build();
    assertThatThrownBy(
            () ->
                RiskFree.annualPercentYields(y)
                    .perPeriodRates(
                        new LocalDate[] {d("2024-01-04"), d("2024-01-03")}, Frequency.DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dates");
  }
}
