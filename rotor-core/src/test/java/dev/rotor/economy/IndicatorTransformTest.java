package dev.rotor.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTransformTest {

  private static final double TOL = 1e-12;

  // Jan 100, Feb 110, (Mar missing), Apr 99, May 99
  private static final DateSeries LEVELS =
      DateSeries.builder()
          .put(LocalDate.of(2020, 1, 1), 100)
          .put(LocalDate.of(2020, 2, 1), 110)
          .put(LocalDate.of(2020, 4, 1), 99)
          .put(LocalDate.of(2020, 5, 1), 99)
          .build();

  @Test
  void apply_percentGrowth_consecutiveMonthsOnly() {
    DateSeries g = IndicatorTransform.PERCENT_GROWTH.apply(LEVELS);
    // Feb 110/100 - 1 = 0.1; Apr has no March; May 99/99 - 1 = 0
    assertThat(g.dates()).containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 5, 1));
    assertThat(g.valueAt(0)).isCloseTo(0.1, within(TOL));
    assertThat(g.valueAt(1)).isCloseTo(0.0, within(TOL));
  }

  @Test
  void apply_levelChange_differences() {
    DateSeries d = IndicatorTransform.LEVEL_CHANGE.apply(LEVELS);
    assertThat(d.values()).containsExactly(10.0, 0.0);
  }

  @Test
  void apply_level_identity() {
    assertThat(IndicatorTransform.LEVEL.apply(LEVELS)).isEqualTo(LEVELS);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0})
  void apply_nonPositiveLevelForGrowth_throws(double bad) {
    DateSeries s = DateSeries.builder().put(LocalDate.of(2020, 1, 1), bad).build();
    assertThatThrownBy(() -> IndicatorTransform.PERCENT_GROWTH.apply(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthlyLevels");
  }

  @Test
  void apply_twoObservationsInOneMonth_throws() {
    DateSeries s =
        DateSeries.builder()
            .put(LocalDate.of(2020, 1, 1), 1)
            .put(LocalDate.of(2020, 1, 15), 2)
            .build();
    assertThatThrownBy(() -> IndicatorTransform.LEVEL_CHANGE.apply(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthlyLevels");
  }
}
