package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RrgParametersTest {

  private static final RrgParameters D = RrgParameters.defaults();

  @Test
  void defaults_areTheDocumentedValues() {
    assertThat(D).isEqualTo(new RrgParameters(Frequency.WEEKLY, 5, 26, 4, 26, 1.0, 10));
    assertThat(D.ratioWarmUp()).isEqualTo(26);
    assertThat(D.momentumWarmUp()).isEqualTo(55);
  }

  @Test
  void withers_changeOneComponent() {
    assertThat(D.withFrequency(Frequency.DAILY).frequency()).isEqualTo(Frequency.DAILY);
    assertThat(D.withSmoothingSpan(1).smoothingSpan()).isEqualTo(1);
    assertThat(D.withRatioWindow(52).ratioWindow()).isEqualTo(52);
    assertThat(D.withMomentumLag(1).momentumLag()).isEqualTo(1);
    assertThat(D.withMomentumWindow(13).momentumWindow()).isEqualTo(13);
    assertThat(D.withScale(2).scale()).isEqualTo(2.0);
    assertThat(D.withTailLength(5).withScale(1))
        .isEqualTo(new RrgParameters(Frequency.WEEKLY, 5, 26, 4, 26, 1.0, 5));
  }

  static Stream<Arguments> badParameters() {
    return Stream.of(
        Arguments.of((Supplier<?>) () -> D.withFrequency(null), "frequency"),
        Arguments.of((Supplier<?>) () -> D.withSmoothingSpan(0), "smoothingSpan"),
        Arguments.of((Supplier<?>) () -> D.withRatioWindow(1), "ratioWindow"),
        Arguments.of((Supplier<?>) () -> D.withMomentumLag(0), "momentumLag"),
        Arguments.of((Supplier<?>) () -> D.withMomentumWindow(0), "momentumWindow"),
        Arguments.of((Supplier<?>) () -> D.withScale(0), "scale"),
        Arguments.of((Supplier<?>) () -> D.withScale(-1), "scale"),
        Arguments.of((Supplier<?>) () -> D.withScale(Double.NaN), "scale"),
        Arguments.of((Supplier<?>) () -> D.withScale(Double.POSITIVE_INFINITY), "scale"),
        Arguments.of((Supplier<?>) () -> D.withTailLength(0), "tailLength"));
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void constructor_badParameter_throwsNamingIt(Supplier<?> build, String name) {
    assertThatThrownBy(build::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
