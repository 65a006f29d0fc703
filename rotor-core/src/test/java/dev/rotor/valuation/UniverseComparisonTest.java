package dev.rotor.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UniverseComparisonTest {

  private static final double TOL = 1e-12;

  private static AggregateValuation at(LocalDate d, double ey) {
    return new AggregateValuation(
        "s", "u", d, 1, 1, 100, 100, 100 * ey, ey, 1 / ey, 0, 0, ey, 1 / ey);
  }

  @Test
  void compare_sameDate_flagsTrueAndGaps() {
    LocalDate d = LocalDate.of(2023, 8, 11);
    UniverseComparison c = Valuation.compare(at(d, 0.08), at(d, 0.05));
    assertThat(c.sameDate()).isTrue();
    assertThat(c.earningsYieldGap()).isCloseTo(0.03, within(TOL));
    // 12.5 / 20
    assertThat(c.relativePe()).isCloseTo(0.625, within(TOL));
    assertThat(c.smallAsOf()).isEqualTo(d);
    assertThat(c.largeAsOf()).isEqualTo(d);
  }

  @Test
  void compare_differentOrUnknownDates_flagsFalse() {
    LocalDate a = LocalDate.of(2023, 8, 11);
    LocalDate b = LocalDate.of(2026, 6, 29);
    assertThat(Valuation.compare(at(a, 0.08), at(b, 0.05)).sameDate()).isFalse();
    assertThat(Valuation.compare(at(null, 0.08), at(null, 0.05)).sameDate()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"2023-08-11, 2023-08-11, false", "2023-08-11, 2026-06-29, true"})
  void new_wrongSameDateFlag_throws(LocalDate a, LocalDate b, boolean flag) {
    assertThatThrownBy(() -> new UniverseComparison(at(a, 0.1), at(b, 0.1), flag, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sameDate");
  }

  @Test
  void compare_realRutVsSp500_statesBothDates() {
    UniverseComparison c =
        Valuation.compare(
            Valuation.aggregate(RealSnapshots.finviz(), "RUT"),
            Valuation.aggregate(RealSnapshots.sp500(), "S&P 500"));
    assertThat(c.sameDate()).isFalse();
    assertThat(c.smallAsOf()).isEqualTo(LocalDate.of(2023, 8, 11));
    assertThat(c.largeAsOf()).isEqualTo(LocalDate.of(2026, 6, 29));
  }
}
