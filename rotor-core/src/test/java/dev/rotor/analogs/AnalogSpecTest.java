package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.returns.ReturnKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnalogSpecTest {

  @Test
  void defaults_areDocumentedValues() {
    AnalogSpec s = AnalogSpec.defaults();
    assertThat(s.kind()).isEqualTo(ReturnKind.SIMPLE);
    assertThat(s.horizonMonths()).containsExactly(1, 3, 6, 12);
    assertThat(s.exclusionMonths()).isEqualTo(12);
    assertThat(s.resamples()).isEqualTo(10_000);
    assertThat(s.seed()).isEqualTo(1L);
    assertThat(s.confidence()).isEqualTo(0.90);
    assertThat(s.longestHorizonMonths()).isEqualTo(12);
  }

  @Test
  void withers_changeOnlyTheirFields() {
    AnalogSpec s =
        AnalogSpec.defaults()
            .withKind(ReturnKind.LOG)
            .withHorizons(List.of(2, 24), 30)
            .withBootstrap(99, 7, 0.5);
    assertThat(s).isEqualTo(new AnalogSpec(ReturnKind.LOG, List.of(2, 24), 30, 99, 7, 0.5));
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(List.of(), 12, 10, 0.9, "horizonMonths"),
        Arguments.of(List.of(0, 12), 12, 10, 0.9, "horizonMonths"),
        Arguments.of(List.of(3, 1), 12, 10, 0.9, "horizonMonths"),
        Arguments.of(List.of(1, 12), 11, 10, 0.9, "exclusionMonths"),
        Arguments.of(List.of(1, 12), 12, 0, 0.9, "resamples"),
        Arguments.of(List.of(1, 12), 12, 10, 1.0, "confidence"),
        Arguments.of(List.of(1, 12), 12, 10, 0.0, "confidence"),
        Arguments.of(List.of(1, 12), 12, 10, Double.NaN, "confidence"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_badArgument_throwsNamingIt(
      List<Integer> horizons, int exclusion, int resamples, double confidence, String arg) {
    assertThatThrownBy(
            () -> new AnalogSpec(ReturnKind.SIMPLE, horizons, exclusion, resamples, 1, confidence))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(arg + ":");
  }

  @Test
  void new_nulls_throwNamingThem() {
    assertThatThrownBy(() -> new AnalogSpec(null, List.of(1), 1, 1, 1, 0.9)).hasMessage("kind");
    assertThatThrownBy(() -> new AnalogSpec(ReturnKind.LOG, null, 1, 1, 1, 0.9))
        .hasMessage("horizonMonths");
  }
}
