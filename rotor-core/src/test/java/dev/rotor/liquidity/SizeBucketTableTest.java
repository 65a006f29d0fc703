package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SizeBucketTableTest {

  private static BucketLiquidity bucket(int rank, double v) {
    return new BucketLiquidity(rank, "B" + rank, List.of("T" + rank), v, v, v, Fixtures.all(v));
  }

  @Test
  void smallVersusLarge_firstAgainstLastBucket() {
    SizeBucketTable t =
        new SizeBucketTable(
            BucketRule.quantiles(3),
            Fixtures.SPEC,
            List.of(bucket(1, 6), bucket(2, 4), bucket(3, 2)),
            List.of(),
            List.of("ZZZ"));
    LiquidityComparison c = t.smallVersusLarge();
    assertThat(c.small()).isEqualTo("B1");
    assertThat(c.large()).isEqualTo("B3");
    assertThat(c.row(LiquidityMeasure.ROLL).ratio()).isEqualTo(3.0);
    assertThat(t.withoutCloses()).containsExactly("ZZZ");
  }

  @Test
  void constructor_bucketCountDiffersFromRule_rejected() {
    assertThatThrownBy(
            () ->
                new SizeBucketTable(
                    BucketRule.quintiles(),
                    Fixtures.SPEC,
                    List.of(bucket(1, 1)),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("buckets:");
  }
}
