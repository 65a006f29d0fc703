package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NeighbourRuleTest {

  @Test
  void defaults_tenNeighboursOnFourReturnsAndVolatility() {
    NeighbourRule r = NeighbourRule.defaults();
    assertThat(r.k()).isEqualTo(10);
    assertThat(r.featureNames()).containsExactly("rel_1m", "rel_3m", "rel_6m", "rel_12m", "vol_6m");
    assertThat(r.featureCount()).isEqualTo(5);
    assertThat(r.withK(3).k()).isEqualTo(3);
  }

  @Test
  void featureNames_withoutVolatility_onlyReturns() {
    assertThat(new NeighbourRule(2, List.of(2, 9), 0).featureNames())
        .containsExactly("rel_2m", "rel_9m");
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(0, List.of(1), 6, "k"),
        Arguments.of(1, List.of(), 6, "lookbackMonths"),
        Arguments.of(1, List.of(0, 3), 6, "lookbackMonths"),
        Arguments.of(1, List.of(3, 3), 6, "lookbackMonths"),
        Arguments.of(1, List.of(6, 3), 6, "lookbackMonths"),
        Arguments.of(1, List.of(1), -1, "volatilityMonths"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_badArgument_throwsNamingIt(int k, List<Integer> lookbacks, int vol, String arg) {
    assertThatThrownBy(() -> new NeighbourRule(k, lookbacks, vol))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(arg + ":");
  }

  @Test
  void new_nullLookbacks_throwsNamingThem() {
    assertThatThrownBy(() -> new NeighbourRule(1, null, 0)).hasMessage("lookbackMonths");
  }
}
