package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightingSpreadTest {

  private static final double TOL = 1e-12;
  private static final LocalDate D1 = LocalDate.of(2023, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2023, 6, 30);
  private static final LocalDate D3 = LocalDate.of(2023, 12, 29);

  @Test
  void of_handWorked_spreadIsEqualMinusCap() {
    // equal 100 -> 110 (+10%), cap 50 -> 60 (+20%): spread -0.10; levels taken on or before dates
    DateSeries eq = DateSeries.of(new LocalDate[] {D1, D2, D3}, new double[] {100, 105, 110});
    DateSeries cap = DateSeries.of(new LocalDate[] {D1, D3}, new double[] {50, 60});
    WeightingSpread s = WeightingSpread.of(eq, cap, D1.plusDays(1), D3.plusDays(2));
    assertThat(s.equalReturn()).isCloseTo(0.10, within(TOL));
    assertThat(s.capReturn()).isCloseTo(0.20, within(TOL));
    assertThat(s.spread()).isCloseTo(-0.10, within(TOL));
  }

  @Test
  void of_noLevelBeforeStart_isNaN() {
    DateSeries eq = DateSeries.of(new LocalDate[] {D2, D3}, new double[] {100, 110});
    WeightingSpread s = WeightingSpread.of(eq, eq, D1, D3);
    assertThat(s.equalReturn()).isNaN();
    assertThat(s.spread()).isNaN();
  }

  @ParameterizedTest
  @CsvSource({"2023-06-30,2023-06-30", "2023-06-30,2023-01-02"})
  void of_endNotAfterStart_throwsNamingEnd(LocalDate start, LocalDate end) {
    DateSeries eq = DateSeries.of(new LocalDate[] {D1, D3}, new double[] {100, 110});
    assertThatThrownBy(() -> WeightingSpread.of(eq, eq, start, end))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end");
  }

  @Test
  void of_rspAgainstSpy2023And2024_matchesPandas() {
    // Oracle: concentration_oracle.py, factor_attribution/etf/{RSP,SPY}.csv Close
    // (dividend-adjusted).
    DateSeries rsp = RealSeries.column("factor_attribution/etf/RSP.csv", "Close");
    DateSeries spy = RealSeries.column("factor_attribution/etf/SPY.csv", "Close");
    for (int y : new int[] {2023, 2024}) {
      WeightingSpread s =
          WeightingSpread.of(rsp, spy, LocalDate.of(y - 1, 12, 31), LocalDate.of(y, 12, 31));
      assertThat(s.equalReturn()).isCloseTo(ConcentrationData.oracle("rsp.y" + y), within(TOL));
      assertThat(s.capReturn()).isCloseTo(ConcentrationData.oracle("spy.y" + y), within(TOL));
      assertThat(s.spread()).isCloseTo(ConcentrationData.oracle("spread.y" + y), within(TOL));
    }
  }
}
