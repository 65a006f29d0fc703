package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThresholdRuleTest {

  @Test
  void defaults_areThreeMonthsUpThreePercentAfterTwelveMonthsBehind() {
    assertThat(ThresholdRule.defaults()).isEqualTo(new ThresholdRule(3, 0.03, 12, 0.0));
  }

  @Test
  void test_boundsAreInclusive_andNaNNeverQualifies() {
    ThresholdRule r = ThresholdRule.defaults();
    assertThat(r.test(0.03, 0.0)).isTrue();
    assertThat(r.test(0.10, -0.20)).isTrue();
    assertThat(r.test(0.0299, -0.2)).isFalse();
    assertThat(r.test(0.05, 0.0001)).isFalse();
    assertThat(r.test(Double.NaN, -0.2)).isFalse();
    assertThat(r.test(0.05, Double.NaN)).isFalse();
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(0, 0.03, 12, 0.0, "recentMonths"),
        Arguments.of(3, 0.03, 0, 0.0, "priorMonths"),
        Arguments.of(3, Double.NaN, 12, 0.0, "minRecent"),
        Arguments.of(3, 0.03, 12, Double.POSITIVE_INFINITY, "maxPrior"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_badArgument_throwsNamingIt(int n, double x, int m, double y, String arg) {
    assertThatThrownBy(() -> new ThresholdRule(n, x, m, y))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(arg + ":");
  }
}
