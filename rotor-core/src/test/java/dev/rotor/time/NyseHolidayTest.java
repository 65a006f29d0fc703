package dev.rotor.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NyseHolidayTest {

  // Gregorian Easter dates as published in Easter tables (1818 and 2285 fall on the earliest
  // possible date, 22 March; 1943 and 2038 on the latest, 25 April). Cross-checked here with
  // /usr/bin/python3 -c "from dateutil.easter import easter; print(easter(2038))", which also
  // agrees with NyseHoliday.easterSunday for every year 1583..4099.
  @ParameterizedTest
  @CsvSource({
    "1818, 1818-03-22",
    "1943, 1943-04-25",
    "1954, 1954-04-18",
    "1961, 1961-04-02",
    "2000, 2000-04-23",
    "2008, 2008-03-23",
    "2011, 2011-04-24",
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void easterSunday_publishedYear_matchesTable(int year, LocalDate expected) {
    assertThat(NyseHoliday.easterSunday(year)).isEqualTo(expected);
  }

  @Test
  void easterSunday_everyYear1583to4099_isSundayBetween22MarchAnd25April() {
    for (int year = 1583; year <= 4099; year++) {
      LocalDate easter = NyseHoliday.easterSunday(year);
      assertThat(easter.getDayOfWeek()).as("year %d", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter)
          .as("year %d", year)
          .isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
    }
  }

  @ParameterizedTest
  @CsvSource({
    // Sunday -> Monday
    "2022-06-19, 2022-06-20",
    "2022-12-25, 2022-12-26",
    "2023-01-01, 2023-01-02",
    "1953-02-22, 1953-02-23",
    // Saturday -> Friday
    "2021-12-25, 2021-12-24",
    "2020-07-04, 2020-07-03",
    "2027-06-19, 2027-06-18",
    "1959-07-04, 1959-07-03",
    // weekday: unchanged
    "2024-07-04, 2024-07-04"
  })
  void observe_weekendOrWeekdayHoliday_movesToAdjacentWeekday(LocalDate nominal, LocalDate closed) {
    assertThat(NyseHoliday.observe(nominal)).contains(closed);
  }

  @ParameterizedTest
  @CsvSource({
    // Saturday New Year's Day: Friday 31 December ends the year (NYSE Rule 7.2 exception).
    "2011-01-01",
    "2022-01-01",
    "2005-01-01",
    // Saturday 30 May before 1971: Friday 29 May is the last weekday of May.
    "1959-05-30",
    "1970-05-30",
    // Before 1959 a Saturday holiday was not made up.
    "1953-07-04",
    "1958-02-22"
  })
  void observe_saturdayHolidayExcepted_notObserved(LocalDate nominal) {
    assertThat(NyseHoliday.observe(nominal)).isEmpty();
  }

  @Test
  void scheduled_martinLutherKingDay_onlyFrom1998() {
    assertThat(NyseHoliday.MARTIN_LUTHER_KING_JR_DAY.scheduled(1997)).isNull();
    assertThat(NyseHoliday.MARTIN_LUTHER_KING_JR_DAY.scheduled(1998))
        .isEqualTo(LocalDate.of(1998, 1, 19));
  }

  @Test
  void scheduled_juneteenth_onlyFrom2022() {
    assertThat(NyseHoliday.JUNETEENTH.observed(2021)).isEmpty();
    assertThat(NyseHoliday.JUNETEENTH.observed(2022)).contains(LocalDate.of(2022, 6, 20));
  }

  @Test
  void scheduled_washingtonsBirthday_fixedUntil1970ThenThirdMonday() {
    assertThat(NyseHoliday.WASHINGTONS_BIRTHDAY.observed(1970)).contains(LocalDate.of(1970, 2, 23));
    assertThat(NyseHoliday.WASHINGTONS_BIRTHDAY.observed(1971)).contains(LocalDate.of(1971, 2, 15));
  }

  @Test
  void scheduled_memorialDay_fixedUntil1970ThenLastMonday() {
    assertThat(NyseHoliday.MEMORIAL_DAY.scheduled(1969)).isEqualTo(LocalDate.of(1969, 5, 30));
    assertThat(NyseHoliday.MEMORIAL_DAY.scheduled(1971)).isEqualTo(LocalDate.of(1971, 5, 31));
    assertThat(NyseHoliday.MEMORIAL_DAY.scheduled(2024)).isEqualTo(LocalDate.of(2024, 5, 27));
  }

  @Test
  void scheduled_electionDay_everyYearTo1968ThenPresidentialYearsTo1980() {
    assertThat(NyseHoliday.ELECTION_DAY.scheduled(1967)).isEqualTo(LocalDate.of(1967, 11, 7));
    assertThat(NyseHoliday.ELECTION_DAY.scheduled(1968)).isEqualTo(LocalDate.of(1968, 11, 5));
    assertThat(NyseHoliday.ELECTION_DAY.scheduled(1969)).isNull();
    assertThat(NyseHoliday.ELECTION_DAY.scheduled(1972)).isEqualTo(LocalDate.of(1972, 11, 7));
    assertThat(NyseHoliday.ELECTION_DAY.scheduled(1980)).isEqualTo(LocalDate.of(1980, 11, 4));
    assertThat(NyseHoliday.ELECTION_DAY.scheduled(1984)).isNull();
  }

  @Test
  void scheduled_lincolnColumbusArmistice_onlyUntil1953() {
    for (NyseHoliday h :
        new NyseHoliday[] {
          NyseHoliday.LINCOLNS_BIRTHDAY, NyseHoliday.COLUMBUS_DAY, NyseHoliday.ARMISTICE_DAY
        }) {
      assertThat(h.scheduled(1953)).as(h.name()).isNotNull();
      assertThat(h.scheduled(1954)).as(h.name()).isNull();
    }
  }

  @Test
  void observed_anyHolidayAnyYear_isWeekdayOfThatYear() {
    for (int year = 1953; year <= 2100; year++) {
      for (NyseHoliday h : NyseHoliday.values()) {
        Optional<LocalDate> day = h.observed(year);
        if (day.isPresent()) {
          assertThat(day.get().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
          assertThat(day.get().getYear()).as("%s %d", h, year).isEqualTo(year);
        }
      }
    }
  }

  @Test
  void scheduled_thanksgiving_isFourthThursdayOfNovember() {
    assertThat(NyseHoliday.THANKSGIVING_DAY.scheduled(2024)).isEqualTo(LocalDate.of(2024, 11, 28));
    assertThat(NyseHoliday.THANKSGIVING_DAY.scheduled(2023)).isEqualTo(LocalDate.of(2023, 11, 23));
  }
}
