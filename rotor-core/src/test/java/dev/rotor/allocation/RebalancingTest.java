package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RebalancingTest {

  static Stream<Arguments> cases() {
    LocalDate jan31 = LocalDate.of(2024, 1, 31);
    LocalDate feb1 = LocalDate.of(2024, 2, 1);
    LocalDate mar28 = LocalDate.of(2024, 3, 28);
    LocalDate apr1 = LocalDate.of(2024, 4, 1);
    LocalDate dec31 = LocalDate.of(2024, 12, 31);
    LocalDate jan2 = LocalDate.of(2025, 1, 2);
    return Stream.of(
        Arguments.of(Rebalancing.NONE, mar28, apr1, false),
        Arguments.of(Rebalancing.MONTHLY, jan31, feb1, true),
        Arguments.of(Rebalancing.MONTHLY, LocalDate.of(2024, 1, 30), jan31, false),
        Arguments.of(Rebalancing.MONTHLY, jan31, null, false),
        Arguments.of(Rebalancing.QUARTERLY, jan31, feb1, false),
        Arguments.of(Rebalancing.QUARTERLY, mar28, apr1, true),
        Arguments.of(Rebalancing.QUARTERLY, dec31, jan2, true),
        Arguments.of(Rebalancing.MONTHLY, dec31, jan2, true),
        // Same month in different years is still a new period.
        Arguments.of(
            Rebalancing.MONTHLY, LocalDate.of(2023, 1, 31), LocalDate.of(2024, 1, 2), true),
        // Monthly data: every date ends its month.
        Arguments.of(Rebalancing.MONTHLY, jan31, LocalDate.of(2024, 2, 29), true));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void after_periodBoundaries_triggerRebalances(
      Rebalancing rule, LocalDate date, LocalDate next, boolean expected) {
    assertThat(rule.after(date, next)).isEqualTo(expected);
  }
}
