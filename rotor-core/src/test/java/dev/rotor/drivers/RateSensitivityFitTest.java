package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.returns.ReturnKind;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RateSensitivityFit}: validation (the values are tested through {@link RateSensitivity}).
 */
class RateSensitivityFitTest {

  @Test
  void constructor_missingTargetOrShortWindow_throwsNamingArgument() {
    Coefficient c = new Coefficient(0, 0, 0);
    RegressionFit f = new RegressionFit(Target.SMALL, 0, 0, c, Map.of(Regressor.TWO_YEAR, c), 0);
    assertThatThrownBy(
            () ->
                new RateSensitivityFit(
                    Frequency.DAILY,
                    ReturnKind.SIMPLE,
                    null,
                    null,
                    Map.of(Target.SMALL, f),
                    Regressor.TWO_YEAR,
                    252,
                    DateSeries.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fits");
    Map<Target, RegressionFit> all =
        Map.of(Target.SMALL, f, Target.LARGE, f, Target.SMALL_MINUS_LARGE, f);
    assertThatThrownBy(
            () ->
                new RateSensitivityFit(
                    Frequency.DAILY,
                    ReturnKind.SIMPLE,
                    null,
                    null,
                    all,
                    Regressor.TWO_YEAR,
                    1,
                    DateSeries.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rollingWindow");
  }
}
