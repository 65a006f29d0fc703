package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link RateCutProxy}: hand-worked as-of alignment and changes. */
class RateCutProxyTest {

  private static final double TOL = 1e-12;

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  @Test
  void of_monthlyFedFunds_usesLatestValueOnOrBeforeEachDate() {
    // Fed funds 5.33 from 2024-02-01, 5.10 from 2024-03-01. 2-year yields on 01-31 (before any fed
    // funds: dropped), 02-15 (4.60 - 5.33 = -0.73), 03-01 (4.50 - 5.10 = -0.60), 03-04 (4.40 -
    // 5.10 = -0.70).
    DateSeries ff = DateSeries.of(new LocalDate[] {d(2, 1), d(3, 1)}, new double[] {5.33, 5.10});
    DateSeries y2 =
        DateSeries.of(
            new LocalDate[] {d(1, 31), d(2, 15), d(3, 1), d(3, 4)},
            new double[] {4.7, 4.6, 4.5, 4.4});
    RateCutProxy p = RateCutProxy.of(y2, ff);
    assertThat(p.spread().dates()).containsExactly(d(2, 15), d(3, 1), d(3, 4));
    assertThat(p.spread().values())
        .containsExactly(new double[] {-0.73, -0.60, -0.70}, within(TOL));
    // Daily changes in bp: (-0.60 + 0.73) * 100 = 13, (-0.70 + 0.60) * 100 = -10.
    DateSeries ch = p.changes(Frequency.DAILY);
    assertThat(ch.dates()).containsExactly(d(3, 1), d(3, 4));
    assertThat(ch.values()).containsExactly(new double[] {13, -10}, within(1e-10));
    // Weekly: 02-15 (week 7), 03-01 (week 9), 03-04 (week 10).
    assertThat(p.changes(Frequency.WEEKLY).size()).isEqualTo(2);
    assertThat(p.changes(Frequency.MONTHLY).values())
        .containsExactly(new double[] {3}, within(1e-10));
  }

  @Test
  void changes_singlePeriod_isEmpty() {
    DateSeries ff = DateSeries.of(new LocalDate[] {d(1, 1)}, new double[] {5});
    DateSeries y2 = DateSeries.of(new LocalDate[] {d(1, 2), d(1, 3)}, new double[] {4, 4.1});
    assertThat(RateCutProxy.of(y2, ff).changes(Frequency.MONTHLY).isEmpty()).isTrue();
  }
}
