package dev.rotor.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trading calendar of the New York Stock Exchange, rule based, for 1953-01-01 to 2100-12-31.
 *
 * <p>A day is a trading day when it is a weekday, not an exchange holiday and not a special
 * (unscheduled) closure. Shortened sessions count as trading days. The calendar starts in 1953, the
 * first full year after the exchange gave up Saturday sessions in 1952; asking about a date outside
 * the range throws {@link IllegalArgumentException} naming the argument.
 *
 * <h2>Holidays</h2>
 *
 * The holidays and the years each applied are in {@code NyseHoliday}. Since 2022 they are: New
 * Year's Day, Martin Luther King, Jr. Day (third Monday of January, from 1998), Washington's
 * Birthday (third Monday of February), Good Friday (two days before Gregorian Easter), Memorial Day
 * (last Monday of May), Juneteenth (19 June, from 2022), Independence Day, Labor Day (first Monday
 * of September), Thanksgiving Day (fourth Thursday of November) and Christmas Day. A holiday on a
 * Sunday closes the Monday after; a holiday on a Saturday closes the Friday before, unless that
 * Friday ends a monthly or yearly accounting period, so a Saturday New Year's Day closes nothing
 * (31 December 2010 and 31 December 2021 were trading days). Before 1959 Saturday holidays were not
 * made up; before 1971 the holiday set was larger (see {@code NyseHoliday}).
 *
 * <h2>Special closures</h2>
 *
 * Days the exchange closed outside its holiday rule, from state funerals and days of mourning to
 * weather and emergencies, are listed with their reasons in a table in this class: from 9/11
 * (2001-09-11 to 2001-09-14), Reagan (2004-06-11), Ford (2007-01-02), Hurricane Sandy (2012-10-29
 * and 30), George H. W. Bush (2018-12-05) and Carter (2025-01-09) back to the 1968 paperwork-crisis
 * Wednesdays. Future unscheduled closures are by nature unknown and must be added when announced.
 *
 * <h2>Early closes</h2>
 *
 * {@link #isEarlyClose(LocalDate)} models the standing 1:00 p.m. closes of the NYSE holiday page:
 * the day before Independence Day, the day after Thanksgiving and Christmas Eve, each only when it
 * is a trading day. It answers from 2010 on; earlier years had other, irregular early closes.
 *
 * <h2>Sources</h2>
 *
 * <ul>
 *   <li>NYSE, "Holidays &amp; Trading Hours", https://www.nyse.com/markets/hours-calendars, and the
 *       yearly NYSE Group press releases of the holiday and early-closings calendar (e.g. 28
 *       December 2020 for 2021-2023, 27 December 2021 for 2022-2024).
 *   <li>NYSE Rule 7.2 "Holidays" (formerly Rule 51.10): the holiday list and the Saturday/Sunday
 *       rule with its exception for "the ending of a monthly or the yearly accounting period"; the
 *       exchange applied it to New Year's Day 2011 in its notice of December 2010.
 *   <li>NYSE's published history of market closings, for the special closures and the pre-1971
 *       holidays; each of them is also confirmed by the two daily records below.
 * </ul>
 *
 * Every trading day from 1953-01-02 on was checked against two independent daily records in the
 * project's shared data: CRSP (via the Kenneth R. French daily factors, to 2026-04-30) and the
 * S&amp;P 500 daily history (Yahoo ^GSPC to 2025-09-26, and an Interactive Brokers series
 * 2016-06-28 to 2026-08-21). Both agree with this calendar on every date; see {@code
 * docs/conventions.md}. From 1971 on the rules above were written first and the records only
 * checked them. For 1953-1970 the records also settled what no rule text found gives (the year the
 * Friday rule began, and the one-off closures, each of which matches a known event), so agreement
 * there is partly by construction.
 */
public final class NyseCalendar implements TradingCalendar {

  private static final LocalDate FIRST = LocalDate.of(1953, Month.JANUARY, 1);
  private static final LocalDate LAST = LocalDate.of(2100, Month.DECEMBER, 31);
  private static final LocalDate FIRST_EARLY_CLOSE = LocalDate.of(2010, Month.JANUARY, 1);

  /**
   * Unscheduled closures (weekdays that are not holidays under {@code NyseHoliday}), with reasons.
   * Each is absent from both the CRSP and the S&amp;P 500 daily records.
   */
  static final Map<LocalDate, String> SPECIAL_CLOSURES =
      specialClosures(
          "1954-12-24", "Christmas Eve (Christmas on a Saturday, before the Friday rule)",
          "1956-12-24", "Christmas Eve",
          "1958-12-26", "Day after Christmas",
          "1961-05-29", "Day before Memorial Day",
          "1963-11-25", "Funeral of President John F. Kennedy",
          "1964-05-29", "Friday before Memorial Day on a Saturday (month end, closed nonetheless)",
          "1968-02-12", "Lincoln's Birthday (one-off closure in 1968)",
          "1968-04-09", "Day of mourning for Martin Luther King, Jr.",
          "1968-06-12", "Paperwork crisis: Wednesday closing",
          "1968-06-19", "Paperwork crisis: Wednesday closing",
          "1968-06-26", "Paperwork crisis: Wednesday closing",
          "1968-07-05", "Paperwork crisis: closing moved to the Friday of Independence Day week",
          "1968-07-10", "Paperwork crisis: Wednesday closing",
          "1968-07-17", "Paperwork crisis: Wednesday closing",
          "1968-07-24", "Paperwork crisis: Wednesday closing",
          "1968-07-31", "Paperwork crisis: Wednesday closing",
          "1968-08-07", "Paperwork crisis: Wednesday closing",
          "1968-08-14", "Paperwork crisis: Wednesday closing",
          "1968-08-21", "Paperwork crisis: Wednesday closing",
          "1968-08-28", "Paperwork crisis: Wednesday closing",
          "1968-09-11", "Paperwork crisis: Wednesday closing",
          "1968-09-18", "Paperwork crisis: Wednesday closing",
          "1968-09-25", "Paperwork crisis: Wednesday closing",
          "1968-10-02", "Paperwork crisis: Wednesday closing",
          "1968-10-09", "Paperwork crisis: Wednesday closing",
          "1968-10-16", "Paperwork crisis: Wednesday closing",
          "1968-10-23", "Paperwork crisis: Wednesday closing",
          "1968-10-30", "Paperwork crisis: Wednesday closing",
          "1968-11-11", "Paperwork crisis: closing moved to Veterans Day (Monday)",
          "1968-11-20", "Paperwork crisis: Wednesday closing",
          "1968-12-04", "Paperwork crisis: Wednesday closing",
          "1968-12-11", "Paperwork crisis: Wednesday closing",
          "1968-12-18", "Paperwork crisis: Wednesday closing",
          "1969-02-10", "Snowstorm",
          "1969-03-31", "Funeral of former President Dwight D. Eisenhower",
          "1969-07-21", "Apollo 11 moon landing",
          "1972-12-28", "Funeral of former President Harry S. Truman",
          "1973-01-25", "Funeral of former President Lyndon B. Johnson",
          "1977-07-14", "New York City blackout",
          "1985-09-27", "Hurricane Gloria",
          "1994-04-27", "Funeral of former President Richard M. Nixon",
          "2001-09-11", "September 11 attacks",
          "2001-09-12", "September 11 attacks",
          "2001-09-13", "September 11 attacks",
          "2001-09-14", "September 11 attacks",
          "2004-06-11", "Day of mourning for former President Ronald Reagan",
          "2007-01-02", "Day of mourning for former President Gerald R. Ford",
          "2012-10-29", "Hurricane Sandy",
          "2012-10-30", "Hurricane Sandy",
          "2018-12-05", "Day of mourning for former President George H. W. Bush",
          "2025-01-09", "Day of mourning for former President Jimmy Carter");

  /** Every weekday closure in the supported range, holiday or special, with its reason. */
  private static final Map<LocalDate, String> CLOSURES = closures();

  private static final NyseCalendar INSTANCE = new NyseCalendar();

  private NyseCalendar() {}

  /** The calendar. It is immutable and safe to share between threads. */
  public static NyseCalendar instance() {
    return INSTANCE;
  }

  /** First date the calendar answers for: 1953-01-01. */
  public LocalDate supportedFrom() {
    return FIRST;
  }

  /** Last date the calendar answers for: 2100-12-31. */
  public LocalDate supportedTo() {
    return LAST;
  }

  @Override
  public String name() {
    return "NYSE";
  }

  /**
   * True when the NYSE held (or will hold) a regular or shortened session on {@code date}.
   *
   * @throws IllegalArgumentException naming {@code date} when it is null or outside {@link
   *     #supportedFrom()}..{@link #supportedTo()}
   */
  @Override
  public boolean isTradingDay(LocalDate date) {
    requireSupported(date, "date");
    return !isWeekend(date) && !CLOSURES.containsKey(date);
  }

  /**
   * Why the exchange is closed on {@code date}: {@code "weekend"}, a holiday name (with {@code "
   * (observed)"} when moved off a weekend) or the reason of a special closure; empty on a trading
   * day.
   *
   * @throws IllegalArgumentException naming {@code date} when it is null or unsupported
   */
  public Optional<String> closureReason(LocalDate date) {
    requireSupported(date, "date");
    if (isWeekend(date)) {
      return Optional.of("weekend");
    }
    return Optional.ofNullable(CLOSURES.get(date));
  }

  /**
   * True when {@code date} is a trading day with a scheduled 1:00 p.m. close: the day before
   * Independence Day, the day after Thanksgiving or Christmas Eve. When that day is itself closed
   * (e.g. 3 July 2026 is the observed Independence Day) there is no early close, and none moves to
   * another day.
   *
   * @throws IllegalArgumentException naming {@code date} when it is null, before 2010-01-01 (the
   *     rule is not modelled for earlier years) or after {@link #supportedTo()}
   */
  public boolean isEarlyClose(LocalDate date) {
    requireSupported(date, "date");
    if (date.isBefore(FIRST_EARLY_CLOSE)) {
      throw new IllegalArgumentException(
          "date " + date + " is before " + FIRST_EARLY_CLOSE + ", where early closes start");
    }
    if (!isTradingDay(date)) {
      return false;
    }
    boolean julyThird = date.getMonth() == Month.JULY && date.getDayOfMonth() == 3;
    boolean christmasEve = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 24;
    LocalDate thanksgiving = NyseHoliday.THANKSGIVING_DAY.scheduled(date.getYear());
    return julyThird || christmasEve || date.equals(thanksgiving.plusDays(1));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException naming {@code date} when it is null or unsupported, or when
   *     the next trading day lies after {@link #supportedTo()}
   */
  @Override
  public LocalDate nextTradingDay(LocalDate date) {
    requireSupported(date, "date");
    for (LocalDate d = date.plusDays(1); !d.isAfter(LAST); d = d.plusDays(1)) {
      if (isTradingDay(d)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "date " + date + " has no trading day after it until " + LAST);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException naming {@code date} when it is null or unsupported, or when
   *     the previous trading day lies before {@link #supportedFrom()}
   */
  @Override
  public LocalDate previousTradingDay(LocalDate date) {
    requireSupported(date, "date");
    for (LocalDate d = date.minusDays(1); !d.isBefore(FIRST); d = d.minusDays(1)) {
      if (isTradingDay(d)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "date " + date + " has no trading day before it from " + FIRST);
  }

  /**
   * {@inheritDoc} The list is unmodifiable.
   *
   * @throws IllegalArgumentException naming {@code from} or {@code to} when null or unsupported
   */
  @Override
  public List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
    requireSupported(from, "from");
    requireSupported(to, "to");
    if (to.isBefore(from)) {
      return List.of();
    }
    List<LocalDate> out =
        new ArrayList<>((int) ((to.toEpochDay() - from.toEpochDay()) * 5 / 7) + 2);
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (!isWeekend(d) && !CLOSURES.containsKey(d)) {
        out.add(d);
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "NyseCalendar[" + FIRST + ".." + LAST + "]";
  }

  private static void requireSupported(LocalDate date, String name) {
    if (date == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (date.isBefore(FIRST) || date.isAfter(LAST)) {
      throw new IllegalArgumentException(
          name + " " + date + " is outside the supported range " + FIRST + ".." + LAST);
    }
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  private static Map<LocalDate, String> specialClosures(String... dateReasonPairs) {
    Map<LocalDate, String> out = new HashMap<>();
    for (int i = 0; i < dateReasonPairs.length; i += 2) {
      out.put(LocalDate.parse(dateReasonPairs[i]), dateReasonPairs[i + 1]);
    }
    return Map.copyOf(out);
  }

  private static Map<LocalDate, String> closures() {
    Map<LocalDate, String> out = new HashMap<>(SPECIAL_CLOSURES);
    for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
      for (NyseHoliday holiday : NyseHoliday.values()) {
        LocalDate nominal = holiday.scheduled(year);
        Optional<LocalDate> day = holiday.observed(year);
        if (day.isPresent()) {
          String label = holiday.label() + (day.get().equals(nominal) ? "" : " (observed)");
          String clash = out.put(day.get(), label);
          if (clash != null) {
            throw new IllegalStateException(day.get() + " is both " + clash + " and " + label);
          }
        }
      }
    }
    return Map.copyOf(out);
  }
}
