package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarChecksTest {

  /** January 2024: the 1st is a Monday; holidays on the 1st and the 15th (MLK day). */
  private static final WeekdaysCalendar CAL = WeekdaysCalendar.withHolidays(jan(1), jan(15));

  private static final int LISTED = 5;

  private static LocalDate jan(int day) {
    return LocalDate.of(2024, 1, day);
  }

  private static List<Finding> gaps(int longGapRun, LocalDate... dates) {
    List<Finding> out = new ArrayList<>();
    CalendarChecks.gaps(dates, CAL, longGapRun, LISTED, out);
    return out;
  }

  @Test
  void gaps_noMissingDay_noFinding() {
    // Jan 12 (Fri) -> Jan 16 (Tue): the weekend and the holiday are not gaps.
    assertThat(gaps(10, jan(11), jan(12), jan(16), jan(17))).isEmpty();
  }

  @Test
  void gaps_oneMissingThursday_oneWarning() {
    assertThat(gaps(10, jan(2), jan(3), jan(5), jan(8)))
        .containsExactly(
            new Finding(
                CheckKind.GAP,
                Severity.WARNING,
                jan(4),
                jan(4),
                1,
                "1 missing trading day in 1 run of at most 10 days (TEST calendar): 2024-01-04"));
  }

  @Test
  void gaps_runAcrossWeekendAndHoliday_isOneRunOfThree() {
    // Missing Fri 12, Tue 16, Wed 17: consecutive trading days (13-14 weekend, 15 holiday).
    assertThat(gaps(3, jan(11), jan(18)))
        .containsExactly(
            new Finding(
                CheckKind.GAP,
                Severity.WARNING,
                jan(12),
                jan(17),
                3,
                "3 missing trading days in 1 run of at most 3 days (TEST calendar): "
                    + "2024-01-12, 2024-01-16, 2024-01-17"));
  }

  @Test
  void gaps_runLongerThanLimit_isError() {
    assertThat(gaps(2, jan(11), jan(18)))
        .containsExactly(
            new Finding(
                CheckKind.GAP,
                Severity.ERROR,
                jan(12),
                jan(17),
                3,
                "3 consecutive missing trading days from 2024-01-12 to 2024-01-17 (TEST calendar)"));
  }

  @Test
  void gaps_shortAndLongRuns_summaryThenEachLongRun() {
    // Short: Jan 3 and Jan 9 (two runs of one). Long: Jan 11, 12, 16, 17 (a run of four).
    List<Finding> f = gaps(2, jan(2), jan(4), jan(5), jan(8), jan(10), jan(18), jan(19));
    assertThat(f).hasSize(2);
    assertThat(f.get(0))
        .isEqualTo(
            new Finding(
                CheckKind.GAP,
                Severity.WARNING,
                jan(3),
                jan(9),
                2,
                "2 missing trading days in 2 runs of at most 2 days (TEST calendar): "
                    + "2024-01-03, 2024-01-09"));
    assertThat(f.get(1).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(1).from()).isEqualTo(jan(11));
    assertThat(f.get(1).to()).isEqualTo(jan(17));
    assertThat(f.get(1).count()).isEqualTo(4);
  }

  @Test
  void gaps_saturdayRowInsideRun_doesNotBreakRun() {
    // Missing Fri 12 and Tue 16; the Saturday 13 row is not a trading session.
    List<Finding> f = gaps(1, jan(11), jan(13), jan(17));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.from()).isEqualTo(jan(12));
              assertThat(x.to()).isEqualTo(jan(16));
              assertThat(x.count()).isEqualTo(2);
            });
  }

  @Test
  void gaps_lastRowOnSaturday_trailingMissingDayCounted() {
    assertThat(gaps(10, jan(11), jan(13)))
        .extracting(Finding::from, Finding::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(jan(12), 1));
  }

  @Test
  void gaps_emptyOrSingleDate_noFinding() {
    assertThat(gaps(10)).isEmpty();
    assertThat(gaps(10, jan(6))).isEmpty();
  }

  @Test
  void nonTradingDays_holidayAndSaturdayRows_oneWarning() {
    List<Finding> out = new ArrayList<>();
    CalendarChecks.nonTradingDays(
        new LocalDate[] {jan(1), jan(2), jan(6), jan(8)}, CAL, LISTED, out);
    assertThat(out)
        .containsExactly(
            new Finding(
                CheckKind.NON_TRADING_DAY,
                Severity.WARNING,
                jan(1),
                jan(6),
                2,
                "2 observations on days that are not TEST trading days: "
                    + "2024-01-01 (monday), 2024-01-06 (saturday)"));
  }

  @Test
  void nonTradingDays_onlyTradingDays_noFinding() {
    List<Finding> out = new ArrayList<>();
    CalendarChecks.nonTradingDays(new LocalDate[] {jan(2), jan(3)}, CAL, LISTED, out);
    assertThat(out).isEmpty();
  }

  /**
   * Invariant on seeded random date sets: the streaming pass equals a naive recount that lists the
   * calendar's trading days in range, splits the unobserved ones into runs of consecutive trading
   * days, sums the short runs and keeps each long run.
   */
  @Test
  void gaps_randomDateSets_matchNaiveRecount() {
    Random rnd = new Random(20240601L);
    LocalDate start = LocalDate.of(2019, 1, 1);
    for (int trial = 0; trial < 200; trial++) {
      int limit = 1 + rnd.nextInt(6);
      double keep = 0.3 + 0.7 * rnd.nextDouble();
      List<LocalDate> kept = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        LocalDate d = start.plusDays(i);
        boolean trading = CAL.isTradingDay(d);
        if ((trading && rnd.nextDouble() < keep) || (!trading && rnd.nextDouble() < 0.02)) {
          kept.add(d);
        }
      }
      LocalDate[] dates = kept.toArray(LocalDate[]::new);

      Set<LocalDate> observed = new HashSet<>(kept);
      List<LocalDate> days = CAL.tradingDays(dates[0], dates[dates.length - 1]);
      int shortCount = 0;
      List<Finding> longRuns = new ArrayList<>();
      int i = 0;
      while (i < days.size()) {
        int j = i;
        while (j < days.size() && !observed.contains(days.get(j))) {
          j++;
        }
        int run = j - i;
        if (run > limit) {
          longRuns.add(
              new Finding(
                  CheckKind.GAP,
                  Severity.ERROR,
                  days.get(i),
                  days.get(j - 1),
                  run,
                  run
                      + " consecutive missing trading days from "
                      + days.get(i)
                      + " to "
                      + days.get(j - 1)
                      + " (TEST calendar)"));
        } else {
          shortCount += run;
        }
        i = Math.max(j, i + 1);
      }

      List<Finding> f = gaps(limit, dates);
      List<Finding> warnings = f.stream().filter(x -> !x.isError()).toList();
      assertThat(warnings.stream().mapToInt(Finding::count).sum()).isEqualTo(shortCount);
      assertThat(warnings).hasSizeLessThanOrEqualTo(1);
      assertThat(f.stream().filter(Finding::isError).toList()).isEqualTo(longRuns);
    }
  }
}
