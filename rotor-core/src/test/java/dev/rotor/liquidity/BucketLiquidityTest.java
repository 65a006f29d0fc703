package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BucketLiquidityTest {

  @Test
  void accessors_membersAndValues() {
    BucketLiquidity b =
        new BucketLiquidity(1, "Q1", List.of("A", "B"), 1e8, 2e8, 1.5e8, Fixtures.all(0.3));
    assertThat(b.members()).isEqualTo(2);
    assertThat(b.value(LiquidityMeasure.VOLATILITY)).isEqualTo(0.3);
    assertThat(b.measurement(LiquidityMeasure.ROLL).observations()).isEqualTo(3);
  }

  @Test
  void constructor_missingMedianOrBadRank_rejected() {
    Map<LiquidityMeasure, Measurement> m = Fixtures.all(1);
    m.remove(LiquidityMeasure.AMIHUD);
    assertThatThrownBy(() -> new BucketLiquidity(1, "Q1", List.of(), 1, 1, 1, m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("medians: amihud is missing");
    assertThatThrownBy(() -> new BucketLiquidity(0, "Q1", List.of(), 1, 1, 1, Fixtures.all(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rank:");
  }
}
