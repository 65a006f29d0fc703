package dev.rotor.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeLinesTest {

  private static final double TOL = 1e-12;
  private static final LocalDate J1 = LocalDate.of(2024, 1, 31);
  private static final LocalDate J2 = LocalDate.of(2024, 2, 29);
  private static final LocalDate J3 = LocalDate.of(2024, 3, 31);

  @Test
  void ratio_intersectsDates() {
    DateSeries small = DateSeries.of(new LocalDate[] {J1, J2, J3}, new double[] {10, 12, 9});
    DateSeries large = DateSeries.of(new LocalDate[] {J1, J3}, new double[] {20, 30});
    DateSeries rs = RelativeLines.ratio(small, large);
    assertThat(rs.dates()).containsExactly(J1, J3);
    assertThat(rs.values()).containsExactly(new double[] {0.5, 0.3}, within(TOL));
  }

  @Test
  void growthOfOne_compoundsFromTheFirstReturn() {
    // 1.10, 1.10 * 0.95 = 1.045, 1.045 * 1.02 = 1.0659
    DateSeries r = DateSeries.of(new LocalDate[] {J1, J2, J3}, new double[] {0.10, -0.05, 0.02});
    assertThat(RelativeLines.growthOfOne(r).values())
        .containsExactly(new double[] {1.10, 1.045, 1.0659}, within(TOL));
  }

  @Test
  void fromReturns_isTheRatioOfGrowthIndicesOnCommonDates() {
    // small: 0.10, (J2 only in small: dropped), 0.02 -> 1.10, 1.122
    // large: 0.05, 0.01 -> 1.05, 1.0605; ratio 1.10/1.05 = 1.047619..., 1.122/1.0605 = 1.058000...
    DateSeries small = DateSeries.of(new LocalDate[] {J1, J2, J3}, new double[] {0.10, -0.5, 0.02});
    DateSeries large = DateSeries.of(new LocalDate[] {J1, J3}, new double[] {0.05, 0.01});
    DateSeries rs = RelativeLines.fromReturns(small, large);
    assertThat(rs.dates()).containsExactly(J1, J3);
    assertThat(rs.values())
        .containsExactly(new double[] {1.10 / 1.05, 1.122 / 1.0605}, within(TOL));
  }

  @Test
  void growthOfOne_returnOfMinusOneOrBelow_throwsNamingIt() {
    DateSeries r = DateSeries.of(new LocalDate[] {J1, J2}, new double[] {0.1, -1.0});
    assertThatThrownBy(() -> RelativeLines.growthOfOne(r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("simpleReturns:")
        .hasMessageContaining("2024-02-29");
  }

  @Test
  void ratio_nonPositiveLevel_throwsNamingTheSeries() {
    DateSeries ok = DateSeries.of(new LocalDate[] {J1}, new double[] {1});
    DateSeries zero = DateSeries.of(new LocalDate[] {J1}, new double[] {0});
    assertThatThrownBy(() -> RelativeLines.ratio(zero, ok)).hasMessageStartingWith("small:");
    assertThatThrownBy(() -> RelativeLines.ratio(ok, zero)).hasMessageStartingWith("large:");
  }
}
