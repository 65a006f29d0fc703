package dev.rotor.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The recurring holidays of the New York Stock Exchange since 1953, each with the years in which
 * the exchange observed it and the date it falls on in a given year.
 *
 * <p>The list follows NYSE Rule 7.2 "Holidays" (numbered Rule 51 before the 2010s) and, for the
 * years before 1971, the holiday set that both the CRSP daily record and the S&amp;P 500 daily
 * history confirm (see {@link NyseCalendar} for the sources):
 *
 * <ul>
 *   <li>Lincoln's Birthday, Columbus Day and Armistice Day (11 November, Veterans Day from 1954)
 *       were exchange holidays until 1953 inclusive.
 *   <li>Washington's Birthday was 22 February and Memorial Day 30 May until 1970; the Uniform
 *       Monday Holiday Act (Public Law 90-363) moved them to the third Monday of February and the
 *       last Monday of May from 1971.
 *   <li>Election Day (the Tuesday after the first Monday of November) was a holiday every year
 *       until 1968, then only in the presidential election years 1972, 1976 and 1980.
 *   <li>Martin Luther King, Jr. Day (third Monday of January) was added from 1998 (SEC release
 *       34-38818, filing SR-NYSE-97-22, amending Rule 51.10).
 *   <li>Juneteenth National Independence Day (19 June) was added from 2022 (NYSE amendment of Rule
 *       7.2 filed in September 2021).
 * </ul>
 *
 * <p>{@link #scheduled(int)} gives the nominal date; {@link #observed(int)} applies the weekend
 * rule of {@link #observe(LocalDate)}.
 */
enum NyseHoliday {
  NEW_YEARS_DAY("New Year's Day") {
    @Override
    LocalDate scheduled(int year) {
      return LocalDate.of(year, Month.JANUARY, 1);
    }
  },
  MARTIN_LUTHER_KING_JR_DAY("Martin Luther King, Jr. Day") {
    @Override
    LocalDate scheduled(int year) {
      return year >= 1998 ? nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3) : null;
    }
  },
  LINCOLNS_BIRTHDAY("Lincoln's Birthday") {
    @Override
    LocalDate scheduled(int year) {
      return year <= 1953 ? LocalDate.of(year, Month.FEBRUARY, 12) : null;
    }
  },
  WASHINGTONS_BIRTHDAY("Washington's Birthday") {
    @Override
    LocalDate scheduled(int year) {
      return year <= 1970
          ? LocalDate.of(year, Month.FEBRUARY, 22)
          : nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3);
    }
  },
  GOOD_FRIDAY("Good Friday") {
    @Override
    LocalDate scheduled(int year) {
      return easterSunday(year).minusDays(2);
    }
  },
  MEMORIAL_DAY("Memorial Day") {
    @Override
    LocalDate scheduled(int year) {
      return year <= 1970
          ? LocalDate.of(year, Month.MAY, 30)
          : LocalDate.of(year, Month.MAY, 31)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
  },
  JUNETEENTH("Juneteenth National Independence Day") {
    @Override
    LocalDate scheduled(int year) {
      return year >= 2022 ? LocalDate.of(year, Month.JUNE, 19) : null;
    }
  },
  INDEPENDENCE_DAY("Independence Day") {
    @Override
    LocalDate scheduled(int year) {
      return LocalDate.of(year, Month.JULY, 4);
    }
  },
  LABOR_DAY("Labor Day") {
    @Override
    LocalDate scheduled(int year) {
      return nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1);
    }
  },
  COLUMBUS_DAY("Columbus Day") {
    @Override
    LocalDate scheduled(int year) {
      return year <= 1953 ? LocalDate.of(year, Month.OCTOBER, 12) : null;
    }
  },
  ELECTION_DAY("Election Day") {
    @Override
    LocalDate scheduled(int year) {
      boolean observed = year <= 1968 || (year <= 1980 && year % 4 == 0);
      return observed ? nthWeekday(year, Month.NOVEMBER, DayOfWeek.MONDAY, 1).plusDays(1) : null;
    }
  },
  ARMISTICE_DAY("Armistice Day") {
    @Override
    LocalDate scheduled(int year) {
      return year <= 1953 ? LocalDate.of(year, Month.NOVEMBER, 11) : null;
    }
  },
  THANKSGIVING_DAY("Thanksgiving Day") {
    @Override
    LocalDate scheduled(int year) {
      return nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
    }
  },
  CHRISTMAS_DAY("Christmas Day") {
    @Override
    LocalDate scheduled(int year) {
      return LocalDate.of(year, Month.DECEMBER, 25);
    }
  };

  /**
   * First year in which a holiday falling on a Saturday closed the exchange on the Friday before.
   * In 1953 (Memorial Day, Independence Day) and 1958 (Washington's Birthday) the Friday traded;
   * from 1959 on it closed unless it ended a month. No NYSE document stating the start was found:
   * the year is where CRSP and S&amp;P 500 daily records change behaviour. The single earlier
   * Friday closure, 24 December 1954, is kept as a special closure in {@link NyseCalendar}.
   */
  static final int SATURDAY_RULE_FROM_YEAR = 1959;

  private final String label;

  NyseHoliday(String label) {
    this.label = label;
  }

  /** The holiday's name as the exchange lists it. */
  String label() {
    return label;
  }

  /** The nominal date of the holiday in {@code year}, or null when it was not an NYSE holiday. */
  abstract LocalDate scheduled(int year);

  /** The weekday on which the exchange closed for this holiday in {@code year}, if any. */
  Optional<LocalDate> observed(int year) {
    LocalDate date = scheduled(year);
    return date == null ? Optional.empty() : observe(date);
  }

  /**
   * The weekday on which a holiday with nominal date {@code date} closes the exchange, following
   * NYSE Rule 7.2: a Sunday holiday is observed on the Monday after; a Saturday holiday is observed
   * on the Friday before, unless that Friday ends a monthly or yearly accounting period (here: is
   * the last weekday of its month), in which case it is not observed at all. This is why a Saturday
   * New Year's Day (e.g. 2011, 2022) gives no closure. Before {@link #SATURDAY_RULE_FROM_YEAR} a
   * Saturday holiday was never observed.
   */
  static Optional<LocalDate> observe(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case SUNDAY -> Optional.of(date.plusDays(1));
      case SATURDAY -> {
        LocalDate friday = date.minusDays(1);
        boolean kept = date.getYear() >= SATURDAY_RULE_FROM_YEAR && !isLastWeekdayOfMonth(friday);
        yield kept ? Optional.of(friday) : Optional.empty();
      }
      default -> Optional.of(date);
    };
  }

  /**
   * Easter Sunday of {@code year} in the Gregorian calendar, by the anonymous Gregorian algorithm
   * (Meeus/Jones/Butcher; J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed., 1998, ch. 8). Valid
   * for every Gregorian year (1583 on).
   */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate nthWeekday(int year, Month month, DayOfWeek dow, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  private static boolean isLastWeekdayOfMonth(LocalDate date) {
    LocalDate last = date.with(TemporalAdjusters.lastDayOfMonth());
    while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY) {
      last = last.minusDays(1);
    }
    return date.equals(last);
  }
}
