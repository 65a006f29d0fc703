package dev.rotor.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NyseCalendarTest {

  private static final NyseCalendar NYSE = NyseCalendar.instance();
  private static final long SEED = 20_240_601L;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Test
  void name_always_isNyse() {
    assertThat(NYSE.name()).isEqualTo("NYSE");
    assertThat(NyseCalendar.instance()).isSameAs(NYSE);
    assertThat(NYSE.supportedFrom()).isEqualTo(LocalDate.of(1953, 1, 1));
    assertThat(NYSE.supportedTo()).isEqualTo(LocalDate.of(2100, 12, 31));
  }

  // ---- golden: published holiday lists -------------------------------------------------------

  /**
   * Every weekday closure of a year, as published:
   *
   * <ul>
   *   <li>2011-2016: NYSE holiday tables (nyse.com), as reproduced in "NYSE Holiday Schedule",
   *       wallstreetdiary.blogspot.com, March 2013; 2012 adds Hurricane Sandy (29-30 October).
   *   <li>2021-2024: NYSE Group press releases "NYSE Group Announces 2021, 2022 and 2023 Holiday
   *       and Early Closings Calendar" (28 Dec 2020) and "... 2022, 2023 and 2024 ..." (27 Dec
   *       2021). 2022 lists no New Year's Day closure "pursuant to NYSE Rule 7.2".
   *   <li>2025-2026: NYSE "Holidays &amp; Trading Hours" page; 2025 adds the day of mourning for
   *       President Carter (9 January).
   * </ul>
   */
  static Stream<Arguments> publishedClosures() {
    return Stream.of(
        year(2011, "01-17", "02-21", "04-22", "05-30", "07-04", "09-05", "11-24", "12-26"),
        year(
            2012, "01-02", "01-16", "02-20", "04-06", "05-28", "07-04", "09-03", "10-29", "10-30",
            "11-22", "12-25"),
        year(2013, "01-01", "01-21", "02-18", "03-29", "05-27", "07-04", "09-02", "11-28", "12-25"),
        year(2014, "01-01", "01-20", "02-17", "04-18", "05-26", "07-04", "09-01", "11-27", "12-25"),
        year(2015, "01-01", "01-19", "02-16", "04-03", "05-25", "07-03", "09-07", "11-26", "12-25"),
        year(2016, "01-01", "01-18", "02-15", "03-25", "05-30", "07-04", "09-05", "11-24", "12-26"),
        year(2021, "01-01", "01-18", "02-15", "04-02", "05-31", "07-05", "09-06", "11-25", "12-24"),
        year(2022, "01-17", "02-21", "04-15", "05-30", "06-20", "07-04", "09-05", "11-24", "12-26"),
        year(
            2023, "01-02", "01-16", "02-20", "04-07", "05-29", "06-19", "07-04", "09-04", "11-23",
            "12-25"),
        year(
            2024, "01-01", "01-15", "02-19", "03-29", "05-27", "06-19", "07-04", "09-02", "11-28",
            "12-25"),
        year(
            2025, "01-01", "01-09", "01-20", "02-17", "04-18", "05-26", "06-19", "07-04", "09-01",
            "11-27", "12-25"),
        year(
            2026, "01-01", "01-19", "02-16", "04-03", "05-25", "06-19", "07-03", "09-07", "11-26",
            "12-25"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedClosures")
  void isTradingDay_weekdaysOfPublishedYear_closedExactlyOnPublishedDays(
      int year, List<LocalDate> published) {
    List<LocalDate> closed = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (!isWeekend(d) && !NYSE.isTradingDay(d)) {
        closed.add(d);
      }
    }
    assertThat(closed).containsExactlyElementsOf(published);
  }

  @ParameterizedTest
  @CsvSource({
    // Saturday New Year's Day is not observed on the Friday (NYSE Rule 7.2: Friday ends the
    // yearly accounting period; NYSE notice of December 2010 for 2011).
    "2010-12-31",
    "2021-12-31",
    "2004-12-31",
    "1999-12-31",
    "1993-12-31",
    // Juneteenth was first observed in 2022: Friday 18 June 2021 traded.
    "2021-06-18",
    "2020-06-19",
    // The day before each Good Friday below, and ordinary days next to holidays.
    "2024-03-28",
    "2025-04-17",
    "2026-04-02",
    "2022-12-23",
    "2023-12-22",
    "2022-06-17"
  })
  void isTradingDay_dayNearHoliday_true(LocalDate date) {
    assertThat(NYSE.isTradingDay(date)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "2024-03-29, Good Friday",
    "2025-04-18, Good Friday",
    "2026-04-03, Good Friday",
    "2022-06-20, Juneteenth National Independence Day (observed)",
    "2021-12-24, Christmas Day (observed)",
    "2027-06-18, Juneteenth National Independence Day (observed)",
    "2023-01-02, New Year's Day (observed)",
    "1998-01-19, 'Martin Luther King, Jr. Day'",
    "1980-11-04, Election Day",
    "1970-02-23, Washington's Birthday (observed)",
    "1953-11-11, Armistice Day",
    "2010-12-25, weekend"
  })
  void closureReason_holiday_namesHoliday(LocalDate date, String reason) {
    assertThat(NYSE.isTradingDay(date)).isFalse();
    assertThat(NYSE.closureReason(date)).contains(reason);
  }

  // NYSE history of market closings; each date is also absent from the CRSP and S&P 500 records.
  @ParameterizedTest
  @CsvSource({
    "1963-11-25, Kennedy",
    "1968-06-12, Paperwork crisis",
    "1969-07-21, Apollo 11",
    "1977-07-14, blackout",
    "1985-09-27, Gloria",
    "1994-04-27, Nixon",
    "2001-09-11, September 11",
    "2001-09-14, September 11",
    "2004-06-11, Reagan",
    "2007-01-02, Ford",
    "2012-10-29, Sandy",
    "2012-10-30, Sandy",
    "2018-12-05, Bush",
    "2025-01-09, Carter"
  })
  void closureReason_specialClosure_givesReason(LocalDate date, String reasonPart) {
    assertThat(NYSE.isTradingDay(date)).isFalse();
    assertThat(NYSE.closureReason(date))
        .hasValueSatisfying(r -> assertThat(r).contains(reasonPart));
  }

  @Test
  void closureReason_tradingDay_empty() {
    assertThat(NYSE.closureReason(LocalDate.of(2024, 7, 5))).isEmpty();
  }

  @Test
  void specialClosures_each_isWeekdayNotOtherwiseAHoliday() {
    assertThat(NyseCalendar.SPECIAL_CLOSURES).hasSize(51);
    NyseCalendar.SPECIAL_CLOSURES.forEach(
        (date, reason) -> {
          assertThat(isWeekend(date)).as("%s", date).isFalse();
          assertThat(NYSE.closureReason(date)).contains(reason);
          for (NyseHoliday h : NyseHoliday.values()) {
            assertThat(h.observed(date.getYear())).as("%s", date).isNotEqualTo(Optional.of(date));
          }
        });
  }

  // ---- golden: trading days a year --------------------------------------------------------------

  // Weekdays in the year minus weekday closures of the published lists above; e.g. 2022 starts on
  // a Saturday: 260 weekdays - 9 holidays = 251; 2024 (leap, starts Monday): 262 - 10 = 252;
  // 2001: 261 - 9 holidays - 4 days after 9/11 = 248. The same counts are the rows per year of
  // silverlight/SPX.csv (S&P 500 daily), checked with /usr/bin/python3 and pandas:
  // pd.to_datetime(pd.read_csv("silverlight/SPX.csv").Date).dt.year.value_counts().
  @ParameterizedTest
  @CsvSource({
    "1968, 226",
    "2001, 248",
    "2012, 250",
    "2019, 252",
    "2020, 253",
    "2021, 252",
    "2022, 251",
    "2023, 250",
    "2024, 252",
    "2025, 250"
  })
  void tradingDays_calendarYear_matchesPublishedCount(int year, int count) {
    assertThat(NYSE.tradingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
        .hasSize(count);
  }

  // ---- golden: early closes ---------------------------------------------------------------------

  // NYSE Group press releases of 28 Dec 2020 and 27 Dec 2021, and the NYSE holidays page:
  // "Each market will close early at 1:00 p.m." on these dates.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-11-26", "2022-11-25", "2023-07-03", "2023-11-24", "2024-07-03", "2024-11-29",
        "2024-12-24", "2025-07-03", "2025-11-28", "2025-12-24", "2026-11-27", "2026-12-24"
      })
  void isEarlyClose_publishedEarlyClose_true(LocalDate date) {
    assertThat(NYSE.isEarlyClose(date)).isTrue();
    assertThat(NYSE.isTradingDay(date)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Christmas on a weekend: no early close on the Thursday/Friday before.
        "2021-12-23",
        "2022-12-23",
        "2023-12-22",
        // Independence Day on a Saturday/Sunday/Monday: no early close the weekday before.
        "2020-07-02",
        "2021-07-02",
        "2022-07-01",
        "2026-07-02",
        // Observed holidays themselves and ordinary days.
        "2026-07-03",
        "2021-12-24",
        "2024-12-31",
        "2025-07-02"
      })
  void isEarlyClose_otherDay_false(LocalDate date) {
    assertThat(NYSE.isEarlyClose(date)).isFalse();
  }

  @Test
  void isEarlyClose_years2021to2024_exactlyThePublishedDays() {
    List<LocalDate> early =
        NYSE.tradingDays(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)).stream()
            .filter(NYSE::isEarlyClose)
            .collect(Collectors.toList());
    assertThat(early)
        .containsExactly(
            LocalDate.of(2021, 11, 26),
            LocalDate.of(2022, 11, 25),
            LocalDate.of(2023, 7, 3),
            LocalDate.of(2023, 11, 24),
            LocalDate.of(2024, 7, 3),
            LocalDate.of(2024, 11, 29),
            LocalDate.of(2024, 12, 24));
  }

  // ---- bad inputs -------------------------------------------------------------------------------

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"1952-12-31", "2101-01-01", "-999999999-01-01", "+999999999-12-31"})
  void isTradingDay_unsupportedDate_throwsNamingDate(LocalDate date) {
    assertThatThrownBy(() -> NYSE.isTradingDay(date))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date");
    assertThatThrownBy(() -> NYSE.closureReason(date))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date");
    assertThatThrownBy(() -> NYSE.nextTradingDay(date))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date");
  }

  @ParameterizedTest
  @CsvSource({
    "1952-12-31, 2000-01-01, from",
    "2000-01-01, 2101-01-01, to",
    ", 2000-01-01, from",
    "2000-01-01, , to"
  })
  void tradingDays_unsupportedBound_throwsNamingIt(LocalDate from, LocalDate to, String name) {
    assertThatThrownBy(() -> NYSE.tradingDays(from, to))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2009-12-24", "1990-07-03"})
  void isEarlyClose_before2010_throwsNamingDate(LocalDate date) {
    assertThatThrownBy(() -> NYSE.isEarlyClose(date))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date");
  }

  @Test
  void nextAndPreviousTradingDay_pastTheRangeEnds_throw() {
    assertThatThrownBy(() -> NYSE.nextTradingDay(LocalDate.of(2100, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date");
    // 1953-01-01 was New Year's Day, so nothing precedes 1953-01-02 in the range.
    assertThatThrownBy(() -> NYSE.previousTradingDay(LocalDate.of(1953, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date");
    assertThat(NYSE.nextTradingDay(LocalDate.of(2100, 12, 30)))
        .isEqualTo(LocalDate.of(2100, 12, 31));
  }

  // ---- invariants -------------------------------------------------------------------------------

  @Test
  void nextAndPreviousTradingDay_randomDates_consistentWithIsTradingDay() {
    Random rnd = new Random(SEED);
    long first = LocalDate.of(1953, 1, 2).toEpochDay();
    long span = LocalDate.of(2100, 12, 30).toEpochDay() - first + 1;
    for (int i = 0; i < 5_000; i++) {
      LocalDate d = LocalDate.ofEpochDay(first + (long) (rnd.nextDouble() * span));
      LocalDate next = NYSE.nextTradingDay(d);
      assertThat(next).isAfter(d);
      assertThat(NYSE.isTradingDay(next)).isTrue();
      // The longest run of closed days is 9/11: Monday 10 to Monday 17 September 2001.
      assertThat(ChronoUnit.DAYS.between(d, next)).isLessThanOrEqualTo(7);
      for (LocalDate x = d.plusDays(1); x.isBefore(next); x = x.plusDays(1)) {
        assertThat(NYSE.isTradingDay(x)).as("%s", x).isFalse();
      }
      LocalDate lastOnOrBefore = NYSE.isTradingDay(d) ? d : NYSE.previousTradingDay(d);
      assertThat(NYSE.previousTradingDay(next)).isEqualTo(lastOnOrBefore);
      LocalDate prev = NYSE.previousTradingDay(next);
      assertThat(NYSE.nextTradingDay(prev)).isEqualTo(next);
    }
  }

  @Test
  void tradingDays_randomRanges_equalNaiveFilterAscendingWithoutWeekends() {
    Random rnd = new Random(SEED + 1);
    long first = LocalDate.of(1953, 1, 1).toEpochDay();
    long span = LocalDate.of(2100, 12, 31).toEpochDay() - first + 1;
    for (int i = 0; i < 200; i++) {
      LocalDate from = LocalDate.ofEpochDay(first + (long) (rnd.nextDouble() * span));
      LocalDate to = from.plusDays(rnd.nextInt(3_000));
      if (to.isAfter(NYSE.supportedTo())) {
        to = NYSE.supportedTo();
      }
      List<LocalDate> naive = new ArrayList<>();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (NYSE.isTradingDay(d)) {
          naive.add(d);
        }
      }
      List<LocalDate> days = NYSE.tradingDays(from, to);
      assertThat(days).isEqualTo(naive).isSorted().doesNotHaveDuplicates();
      assertThat(days).noneMatch(NyseCalendarTest::isWeekend);
    }
  }

  @Test
  void tradingDays_toBeforeFrom_empty() {
    assertThat(NYSE.tradingDays(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1))).isEmpty();
  }

  @Test
  void tradingDays_everySupportedYear_between248And254ExceptPaperworkCrisis1968() {
    for (int year = 1953; year <= 2100; year++) {
      int n = NYSE.tradingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).size();
      if (year == 1968) {
        assertThat(n).isEqualTo(226);
      } else {
        assertThat(n).as("year %d", year).isBetween(248, 254);
      }
    }
  }

  @Test
  void tradingDays_thirtyYears_countMatchesPandasOracle() {
    // /usr/bin/python3: the rule set re-implemented in a throw-away script gives 7559 trading days
    // for 1990-01-01..2019-12-31, equal to the rows of silverlight/SPX.csv in that range.
    assertThat(NYSE.tradingDays(LocalDate.of(1990, 1, 1), LocalDate.of(2019, 12, 31)))
        .hasSize(7559);
  }

  // ---- real data --------------------------------------------------------------------------------

  /**
   * Index and factor files whose rows are exactly the NYSE trading days of their range. The
   * differences were investigated with a throw-away /usr/bin/python3 + pandas script that compared
   * each file's dates with this rule set: there are none, so the documented lists of expected
   * differences are empty (rows on closed days: none; trading days without a row: none). Files:
   * S&amp;P 500 from Interactive Brokers (market-base, 2,552 rows); S&amp;P 500 ^GSPC from Yahoo
   * (silverlight), over the window 1990-01-02..2025-09-26 and over the whole supported span from
   * 1953; CRSP market via the Kenneth R. French daily factors (first column {@code Date}).
   */
  @ParameterizedTest(name = "{0} {1}..{2}")
  @CsvSource({
    "market-base/indices/SPX.csv, 2016-06-28, 2026-08-21, 2552",
    "silverlight/SPX.csv, 1990-01-02, 2025-09-26, 9001",
    "silverlight/SPX.csv, 1953-01-02, 2025-09-26, 18307",
    "ken_french/F-F_Research_Data_Factors_daily.csv, 1953-01-02, 2026-04-30, 18455"
  })
  void tradingDays_realDailyFile_sameDatesAsFile(
      String file, LocalDate from, LocalDate to, int rows) throws IOException {
    TreeSet<LocalDate> inFile = new TreeSet<>(datedRows(SharedData.file(file)).keySet());
    TreeSet<LocalDate> fileDays = new TreeSet<>(inFile.subSet(from, true, to, true));
    TreeSet<LocalDate> calendarDays = new TreeSet<>(NYSE.tradingDays(from, to));

    TreeSet<LocalDate> rowsOnClosedDays = new TreeSet<>(fileDays);
    rowsOnClosedDays.removeAll(calendarDays);
    TreeSet<LocalDate> tradingDaysWithoutRow = new TreeSet<>(calendarDays);
    tradingDaysWithoutRow.removeAll(fileDays);

    assertThat(fileDays.first()).isEqualTo(from);
    assertThat(fileDays.last()).isEqualTo(to);
    assertThat(fileDays).hasSize(rows);
    assertThat(rowsOnClosedDays).as("rows on NYSE closed days").isEmpty();
    assertThat(tradingDaysWithoutRow).as("NYSE trading days without a row").isEmpty();
  }

  /**
   * Yahoo ^VIX (silverlight/VIX.csv, 1990-01-02..2025-09-25) has a row on 323 weekdays when the
   * NYSE was closed (holidays and special closures such as 2001-09-11..14 and 2012-10-29/30). The
   * expected difference: every such row is a placeholder whose six value cells are the literal
   * {@code null} (the README's 1,938 null cells = 323 rows x 6), and no trading day lacks a row.
   */
  @Test
  void tradingDays_vixFile_extraRowsAreExactlyTheNullPlaceholders() throws IOException {
    LocalDate from = LocalDate.of(1990, 1, 2);
    LocalDate to = LocalDate.of(2025, 9, 25);
    TreeMap<LocalDate, String[]> rows = datedRows(SharedData.file("silverlight/VIX.csv"));
    TreeSet<LocalDate> nullRows = new TreeSet<>();
    rows.forEach(
        (date, cells) -> {
          if (cells.length == 6 && Arrays.stream(cells).allMatch("null"::equals)) {
            nullRows.add(date);
          }
        });
    TreeSet<LocalDate> calendarDays = new TreeSet<>(NYSE.tradingDays(from, to));
    TreeSet<LocalDate> rowsOnClosedDays = new TreeSet<>(rows.keySet());
    rowsOnClosedDays.removeAll(calendarDays);
    TreeSet<LocalDate> tradingDaysWithoutRow = new TreeSet<>(calendarDays);
    tradingDaysWithoutRow.removeAll(rows.keySet());

    assertThat(rows.firstKey()).isEqualTo(from);
    assertThat(rows.lastKey()).isEqualTo(to);
    assertThat(nullRows).hasSize(323);
    assertThat(rowsOnClosedDays).isEqualTo(nullRows);
    assertThat(rowsOnClosedDays).noneMatch(NyseCalendarTest::isWeekend);
    assertThat(tradingDaysWithoutRow).isEmpty();
  }

  /** Rows of a CSV whose first cell is an ISO date, mapped to their remaining cells. */
  private static TreeMap<LocalDate, String[]> datedRows(Path file) throws IOException {
    TreeMap<LocalDate, String[]> out = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.strip().split(",", -1);
      if (ISO_DATE.matcher(cells[0]).matches()) {
        out.put(LocalDate.parse(cells[0]), Arrays.copyOfRange(cells, 1, cells.length));
      }
    }
    return out;
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static Arguments year(int year, String... monthDays) {
    List<LocalDate> dates = new ArrayList<>();
    for (String md : monthDays) {
      dates.add(LocalDate.parse(year + "-" + md));
    }
    return Arguments.of(year, dates);
  }
}
