package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LiquidityComparisonTest {

  @Test
  void of_twoProfiles_oneRowPerMeasureInEnumOrder() {
    LiquidityComparison c =
        LiquidityComparison.of(Fixtures.profile("IWM", 4), Fixtures.profile("SPY", 2));
    assertThat(c.small()).isEqualTo("IWM");
    assertThat(c.large()).isEqualTo("SPY");
    assertThat(c.rows()).hasSize(LiquidityMeasure.values().length);
    assertThat(c.rows().get(0).measure()).isEqualTo(LiquidityMeasure.values()[0]);
    assertThat(c.row(LiquidityMeasure.IMPACT).ratio()).isEqualTo(2.0);
  }

  @Test
  void of_differentSpecs_rejected() {
    LiquidityProfile a = Fixtures.profile("IWM", 4);
    LiquidityProfile b =
        new LiquidityProfile(
            "SPY",
            LocalDate.of(2024, 1, 2),
            LocalDate.of(2024, 1, 2),
            1,
            Double.NaN,
            Fixtures.SPEC.withParticipation(0.2),
            Fixtures.all(1));
    assertThatThrownBy(() -> LiquidityComparison.of(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("large:");
  }
}
