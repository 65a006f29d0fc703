package dev.rotor.quality;

import dev.rotor.time.TradingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** A test calendar: Monday to Friday, minus the listed holidays. */
record WeekdaysCalendar(Set<LocalDate> holidays) implements TradingCalendar {

  WeekdaysCalendar {
    holidays = Set.copyOf(holidays);
  }

  /** Every weekday trades. */
  static WeekdaysCalendar weekdays() {
    return new WeekdaysCalendar(Set.of());
  }

  static WeekdaysCalendar withHolidays(LocalDate... days) {
    return new WeekdaysCalendar(Set.of(days));
  }

  @Override
  public String name() {
    return "TEST";
  }

  @Override
  public boolean isTradingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(date);
  }
}
