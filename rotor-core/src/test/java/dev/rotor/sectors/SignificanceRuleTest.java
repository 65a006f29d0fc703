package dev.rotor.sectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignificanceRuleTest {

  @Test
  void defaults_oneStandardErrorOverAYear() {
    assertThat(SignificanceRule.defaults()).isEqualTo(new SignificanceRule(1.0, 252));
  }

  @ParameterizedTest
  @CsvSource({"0, 252, threshold", "-1, 252, threshold", "NaN, 252, threshold", "1, 19, lookback"})
  void new_badArgument_throwsNamingIt(double threshold, int lookback, String argument) {
    assertThatThrownBy(() -> new SignificanceRule(threshold, lookback))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(argument);
  }
}
