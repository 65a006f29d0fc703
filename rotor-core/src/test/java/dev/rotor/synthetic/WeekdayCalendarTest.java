package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekdayCalendarTest {

  private static final WeekdayCalendar CAL = WeekdayCalendar.INSTANCE;

  @Test
  void isTradingDay_weekdaysIncludingHolidays_trueWeekendsFalse() {
    assertThat(CAL.isTradingDay(LocalDate.of(2024, 12, 25))).isTrue(); // Wednesday, Christmas
    assertThat(CAL.isTradingDay(LocalDate.of(2024, 12, 27))).isTrue(); // Friday
    assertThat(CAL.isTradingDay(LocalDate.of(2024, 12, 28))).isFalse(); // Saturday
    assertThat(CAL.isTradingDay(LocalDate.of(2024, 12, 29))).isFalse(); // Sunday
    assertThat(CAL.nextTradingDay(LocalDate.of(2024, 12, 27)))
        .isEqualTo(LocalDate.of(2024, 12, 30));
  }

  /** Oracle: numpy.busday_count('2014-01-02', '2026-01-01') == 3130 (weekmask Mon-Fri). */
  @Test
  void tradingDays_defaultRange_matchesNumpyBusdayCount() {
    assertThat(CAL.tradingDays(LocalDate.of(2014, 1, 2), LocalDate.of(2025, 12, 31))).hasSize(3130);
  }

  @Test
  void name_isWeekdays() {
    assertThat(CAL.name()).isEqualTo("WEEKDAYS");
    assertThat(CAL).hasToString("WEEKDAYS");
  }
}
