package dev.rotor.holding;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HoldingComparisonTest {

  private static final WindowSpan NONE = new WindowSpan(1, Frequency.MONTHLY, 12, 0, 0, null, null);
  private static final AnnualisedDistribution E = AnnualisedDistribution.empty();

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(-0.1, 0.5, 0.0, "smallBeatsLarge"),
        Arguments.of(0.5, 1.5, 0.0, "largeBeatsSmall"),
        Arguments.of(0.5, 0.5, -1.0, "ties"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_probabilityOutOfRange_throwsNamingField(double s, double l, double t, String name) {
    assertThatThrownBy(() -> new HoldingComparison(NONE, E, E, E, s, l, t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
