package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeEstimateTest {

  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 12));
  private static final RegimeProbabilities FILTERED =
      new RegimeProbabilities(new double[] {0.3, 0.6}, new double[] {0.7, 0.4});
  private static final RegimeProbabilities SMOOTHED =
      new RegimeProbabilities(new double[] {0.2, 0.9}, new double[] {0.8, 0.1});
  private static final RegimeFit FIT =
      new RegimeFit(
          new RegimeParameters(0.9, 0.8, -1, 1, 1, 4),
          new double[6],
          -3,
          5,
          true,
          FILTERED,
          SMOOTHED);

  @Test
  void constructor_dateCountDiffers_throws() {
    assertThatThrownBy(() -> new RegimeEstimate(DATES.subList(0, 1), FIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dates");
  }

  @Test
  void smoothedAndFiltered_areDatedSeries() {
    RegimeEstimate e = new RegimeEstimate(DATES, FIT);
    DateSeries s1 = e.smoothed(1);
    assertThat(s1.dates()).containsExactly(DATES.toArray(new LocalDate[0]));
    assertThat(s1.values()).containsExactly(0.8, 0.1);
    assertThat(e.filtered(0).values()).containsExactly(0.3, 0.6);
  }

  @Test
  void undefinedFit_givesEmptySeries() {
    RegimeEstimate e = new RegimeEstimate(DATES, RegimeFit.undefined(2));
    assertThat(e.smoothed(0).isEmpty()).isTrue();
    assertThat(e.filtered(1).isEmpty()).isTrue();
  }
}
