package dev.rotor.holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnnualisedDistributionTest {

  @Test
  void empty_isAllNaN() {
    AnnualisedDistribution d = AnnualisedDistribution.empty();
    assertThat(new double[] {d.lossProbability(), d.worst(), d.median(), d.best(), d.mean()})
        .containsOnly(Double.NaN);
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(-0.1, 0.0, 0.1, 0.2, "lossProbability"),
        Arguments.of(1.1, 0.0, 0.1, 0.2, "lossProbability"),
        Arguments.of(0.5, 0.2, 0.1, 0.3, "worst/median/best"),
        Arguments.of(0.5, 0.0, 0.4, 0.3, "worst/median/best"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_invalid_throwsNamingField(double p, double w, double m, double b, String name) {
    assertThatThrownBy(() -> new AnnualisedDistribution(p, w, m, b, m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
