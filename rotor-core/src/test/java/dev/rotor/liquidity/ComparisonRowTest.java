package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ComparisonRowTest {

  private static final double TOL = 1e-12;

  @Test
  void of_bothDefined_ratioSmallOverLarge() {
    ComparisonRow r =
        ComparisonRow.of(LiquidityMeasure.AMIHUD, Measurement.of(3, 1), Measurement.of(2, 1));
    assertThat(r.ratio()).isCloseTo(1.5, within(TOL));
  }

  @Test
  void of_missingSideOrZeroLarge_ratioNaN() {
    Measurement none = Measurement.missing("no volume", 0);
    assertThat(ComparisonRow.of(LiquidityMeasure.AMIHUD, none, Measurement.of(2, 1)).ratio())
        .isNaN();
    assertThat(ComparisonRow.of(LiquidityMeasure.AMIHUD, Measurement.of(2, 1), none).ratio())
        .isNaN();
    assertThat(
            ComparisonRow.of(LiquidityMeasure.ROLL, Measurement.of(2, 1), Measurement.of(0, 1))
                .ratio())
        .isNaN();
  }

  @Test
  void constructor_infiniteRatio_rejected() {
    assertThatThrownBy(
            () ->
                new ComparisonRow(
                    LiquidityMeasure.ROLL,
                    Measurement.of(1, 1),
                    Measurement.of(0, 1),
                    Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ratio:");
  }
}
