package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EpisodeContextTest {

  @Test
  void unavailable_isAllNaN() {
    assertThat(EpisodeContext.unavailable().twoYearYieldChange()).isNaN();
    assertThat(EpisodeContext.unavailable().recession()).isNaN();
  }

  static Stream<Arguments> badContexts() {
    return Stream.of(
        Arguments.of(Double.POSITIVE_INFINITY, 0.0, "twoYearYieldChange"),
        Arguments.of(0.5, 0.5, "recession"),
        Arguments.of(0.5, 2.0, "recession"),
        Arguments.of(0.5, Double.NEGATIVE_INFINITY, "recession"));
  }

  @ParameterizedTest
  @MethodSource("badContexts")
  void constructor_badField_throwsNamingIt(double change, double recession, String name) {
    assertThatThrownBy(() -> new EpisodeContext(change, recession))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
