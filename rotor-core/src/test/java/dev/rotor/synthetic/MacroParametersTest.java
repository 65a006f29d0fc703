package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacroParametersTest {

  @Test
  void defaults_recessionWorseThanCalm() {
    MacroParameters m = MacroParameters.defaults();

    assertThat(m.retailRecessionGrowth()).isLessThan(m.retailGrowth());
    assertThat(m.sentimentRecessionMean()).isLessThan(m.sentimentMean());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0.1, 0.5, 1, retailStart",
    "-1, 0.1, 0.5, 1, retailStart",
    "100, -0.1, 0.5, 1, retailVol",
    "100, 0.1, 0, 1, sentimentSpeed",
    "100, 0.1, 1.5, 1, sentimentSpeed",
    "100, 0.1, 0.5, -1, sentimentVol",
    "NaN, 0.1, 0.5, 1, retailStart"
  })
  void constructor_badArgument_throwsNamingIt(
      double retailStart, double retailVol, double speed, double sentimentVol, String name) {
    assertThatThrownBy(
            () ->
                new MacroParameters(
                    retailStart, 0.0, -0.01, retailVol, 80, 90, 70, speed, sentimentVol))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }
}
