package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BucketRuleTest {

  @Test
  void quintiles_fiveLabelledBuckets() {
    BucketRule q = BucketRule.quintiles();
    assertThat(q.buckets()).isEqualTo(5);
    assertThat(q.label(1)).isEqualTo("Q1 (smallest)");
    assertThat(q.label(3)).isEqualTo("Q3");
    assertThat(q.label(5)).isEqualTo("Q5 (largest)");
  }

  @Test
  void thresholds_labelsInDollars() {
    BucketRule t = BucketRule.thresholds(2e9, 10e9, 1.5e12);
    assertThat(t.buckets()).isEqualTo(4);
    assertThat(t.label(1)).isEqualTo("cap < $2B");
    assertThat(t.label(2)).isEqualTo("$2B <= cap < $10B");
    assertThat(t.label(3)).isEqualTo("$10B <= cap < $1.5T");
    assertThat(t.label(4)).isEqualTo("cap >= $1.5T");
    assertThat(BucketRule.thresholds(250e6).label(1)).isEqualTo("cap < $250M");
  }

  @Test
  void bucketOf_lowerBoundInclusive() {
    BucketRule.Thresholds t = (BucketRule.Thresholds) BucketRule.thresholds(2e9, 10e9);
    assertThat(t.bucketOf(1.99e9)).isEqualTo(1);
    assertThat(t.bucketOf(2e9)).isEqualTo(2);
    assertThat(t.bucketOf(9.99e9)).isEqualTo(2);
    assertThat(t.bucketOf(10e9)).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1})
  void quantiles_fewerThanTwo_rejected(int count) {
    assertThatThrownBy(() -> BucketRule.quantiles(count))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("count:");
  }

  static Stream<Arguments> badBounds() {
    return Stream.of(
        Arguments.of((Object) new double[] {}),
        Arguments.of((Object) new double[] {0}),
        Arguments.of((Object) new double[] {-5}),
        Arguments.of((Object) new double[] {Double.NaN}),
        Arguments.of((Object) new double[] {Double.POSITIVE_INFINITY}),
        Arguments.of((Object) new double[] {2e9, 2e9}),
        Arguments.of((Object) new double[] {10e9, 2e9}));
  }

  @ParameterizedTest
  @MethodSource("badBounds")
  void thresholds_badBounds_rejected(double[] bounds) {
    assertThatThrownBy(() -> BucketRule.thresholds(bounds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bounds:");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void label_rankOutOfRange_rejected(int rank) {
    assertThatThrownBy(() -> BucketRule.quintiles().label(rank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rank:");
  }

  @Test
  void equality_byValue() {
    assertThat(BucketRule.thresholds(1e9, 2e9)).isEqualTo(BucketRule.thresholds(1e9, 2e9));
    assertThat(BucketRule.quantiles(5)).isEqualTo(BucketRule.quintiles());
  }
}
