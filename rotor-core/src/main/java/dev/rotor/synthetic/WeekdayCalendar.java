package dev.rotor.synthetic;

import dev.rotor.time.TradingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The simplest trading calendar: every Monday to Friday is a trading day, with no holidays. The
 * default calendar of {@link SyntheticSpec#defaults()}, so that the synthetic market does not
 * depend on any exchange's holiday rules.
 */
final class WeekdayCalendar implements TradingCalendar {

  static final WeekdayCalendar INSTANCE = new WeekdayCalendar();

  private WeekdayCalendar() {}

  @Override
  public String name() {
    return "WEEKDAYS";
  }

  @Override
  public boolean isTradingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  @Override
  public String toString() {
    return name();
  }
}
