package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiquidityProfileTest {

  @Test
  void value_readsTheMeasurement() {
    LiquidityProfile p = Fixtures.profile("IWM", 2.5);
    assertThat(p.value(LiquidityMeasure.AMIHUD)).isEqualTo(2.5);
    assertThat(p.measurement(LiquidityMeasure.ROLL).observations()).isEqualTo(3);
  }

  @Test
  void constructor_missingMeasure_rejectedNamingIt() {
    Map<LiquidityMeasure, Measurement> m = Fixtures.all(1);
    m.remove(LiquidityMeasure.ROLL);
    LocalDate d = LocalDate.of(2024, 1, 2);
    assertThatThrownBy(() -> new LiquidityProfile("X", d, d, 1, Double.NaN, Fixtures.SPEC, m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measures: roll is missing");
  }

  @Test
  void constructor_datesWithoutBars_rejected() {
    LocalDate d = LocalDate.of(2024, 1, 2);
    assertThatThrownBy(
            () -> new LiquidityProfile("X", d, d, 0, Double.NaN, Fixtures.SPEC, Fixtures.all(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("first, last:");
    assertThatThrownBy(
            () ->
                new LiquidityProfile(
                    "X", null, null, -1, Double.NaN, Fixtures.SPEC, Fixtures.all(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bars:");
  }

  @Test
  void measures_areACopyAndUnmodifiable() {
    Map<LiquidityMeasure, Measurement> m = Fixtures.all(1);
    LocalDate d = LocalDate.of(2024, 1, 2);
    LiquidityProfile p = new LiquidityProfile("X", d, d, 1, Double.NaN, Fixtures.SPEC, m);
    m.put(LiquidityMeasure.AMIHUD, Measurement.of(9, 1));
    assertThat(p.value(LiquidityMeasure.AMIHUD)).isEqualTo(1.0);
    assertThatThrownBy(() -> p.measures().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
