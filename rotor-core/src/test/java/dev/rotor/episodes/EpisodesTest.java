package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EpisodesTest {

  private static final double TOL = 1e-12;
  private static final TurningPointRules LOOSE =
      new TurningPointRules(1, 1, Double.POSITIVE_INFINITY, 2, 0.0, 0);
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  private static DateSeries daily(double[] x) {
    LocalDate[] d = new LocalDate[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = D0.plusDays(i);
    }
    return DateSeries.of(d, x);
  }

  @Test
  void table_zigzag_handWorkedEpisodes() {
    // Turning points P 3 (1), T 2 (2), P 5 (3), T 4 (4), P 6 (5), T 1 (6); see TurningPointsTest.
    // Episodes: 1->3 +200% (start-censored, rises into a peak: SMALL_LEADS), 3->2 -1/3, 2->5
    // +150%, 5->4 -20%, 4->6 +50%, 6->1 -5/6, 1->2 +100% (ongoing, after a trough: SMALL_LEADS).
    EpisodeTable t = Episodes.table(daily(new double[] {1, 3, 2, 5, 4, 6, 1, 2}), LOOSE);
    assertThat(t.turningPoints()).hasSize(6);
    List<Episode> e = t.episodes();
    assertThat(e).hasSize(7);
    double[] moves = {2.0, -1.0 / 3, 1.5, -0.2, 0.5, -5.0 / 6, 1.0};
    for (int k = 0; k < 7; k++) {
      Episode ep = e.get(k);
      assertThat(ep.start()).isEqualTo(D0.plusDays(k));
      assertThat(ep.end()).isEqualTo(D0.plusDays(k + 1));
      assertThat(ep.periods()).isEqualTo(1);
      assertThat(ep.calendarDays()).isEqualTo(1);
      assertThat(ep.direction())
          .isEqualTo(k % 2 == 0 ? EpisodeDirection.SMALL_LEADS : EpisodeDirection.LARGE_LEADS);
      assertThat(ep.relativeMove()).isCloseTo(moves[k], within(TOL));
      if (k == 0) {
        assertThat(ep.previousMove()).isNaN();
      } else {
        assertThat(ep.previousMove()).isCloseTo(moves[k - 1], within(TOL));
      }
      assertThat(ep.startCensored()).isEqualTo(k == 0);
      assertThat(ep.ongoing()).isEqualTo(k == 6);
      assertThat(ep.context()).isEqualTo(EpisodeContext.unavailable());
    }
  }

  @Test
  void table_singlePeak_twoEpisodes() {
    // One peak (6 at index 6): a censored rise, then an ongoing fall 6 -> 2 (-2/3) over 1 period.
    EpisodeTable t =
        Episodes.table(daily(new double[] {1, 5, 4, 4.5, 4.2, 3, 6, 2}), LOOSE.withWindow(2));
    assertThat(t.episodes())
        .extracting(Episode::direction)
        .containsExactly(EpisodeDirection.SMALL_LEADS, EpisodeDirection.LARGE_LEADS);
    assertThat(t.episodes().get(0).periods()).isEqualTo(6);
    assertThat(t.episodes().get(0).relativeMove()).isCloseTo(5.0, within(TOL));
    assertThat(t.episodes().get(1).relativeMove()).isCloseTo(-2.0 / 3, within(TOL));
    assertThat(t.episodes().get(1).previousMove()).isCloseTo(5.0, within(TOL));
  }

  @Test
  void table_noTurningPoint_isEmpty() {
    EpisodeTable t = Episodes.table(daily(new double[] {1, 2, 3, 4, 5}), LOOSE);
    assertThat(t.turningPoints()).isEmpty();
    assertThat(t.episodes()).isEmpty();
    assertThat(t.ongoing()).isEmpty();
    assertThat(Episodes.table(DateSeries.empty(), LOOSE).episodes()).isEmpty();
  }

  @Test
  void table_withContext_looksUpEachStart() {
    // Monthly line dated month ends 2023-01 .. 2023-08: 1, 3, 2, 5, 4, 6, 1, 2 -> episodes start
    // on 2023-01-31 (censored), 2023-02-28, 2023-03-31, ...
    LocalDate[] d = new LocalDate[8];
    for (int i = 0; i < 8; i++) {
      d[i] = YearMonth.of(2023, 1 + i).atEndOfMonth();
    }
    DateSeries line = DateSeries.of(d, new double[] {1, 3, 2, 5, 4, 6, 1, 2});
    // Yields: 2022-08-31 3.0, 2022-09-30 3.5, 2023-02-28 4.25, 2023-03-31 4.0.
    // Episode starting 2023-02-28: y = 4.25, six months before (2022-08-28) -> as of: nothing on
    // or before 2022-08-28 -> NaN. Starting 2023-03-31: 4.0 - y(2022-09-30) = 4.0 - 3.5 = 0.5.
    DateSeries yields =
        DateSeries.builder()
            .put(LocalDate.of(2022, 8, 31), 3.0)
            .put(LocalDate.of(2022, 9, 30), 3.5)
            .put(LocalDate.of(2023, 2, 28), 4.25)
            .put(LocalDate.of(2023, 3, 31), 4.0)
            .build();
    // Recession flag monthly, dated the 1st: 1 in 2023-03, 0 otherwise (2023-01 .. 2023-05).
    DateSeries.Builder rb = DateSeries.builder();
    for (int m = 1; m <= 5; m++) {
      rb.put(LocalDate.of(2023, m, 1), m == 3 ? 1.0 : 0.0);
    }
    EpisodeTable t = Episodes.table(line, LOOSE, ContextSeries.of(yields, rb.build()));
    List<Episode> e = t.episodes();
    assertThat(e.get(1).start()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(e.get(1).context().twoYearYieldChange()).isNaN();
    assertThat(e.get(1).context().recession()).isEqualTo(0.0);
    assertThat(e.get(2).context().twoYearYieldChange()).isCloseTo(0.5, within(TOL));
    assertThat(e.get(2).context().recession()).isEqualTo(1.0);
    // 2023-06-30: yield as of is 2023-03-31 (91 days old) -> NaN; flag 2023-05-01 is 60 days old
    assertThat(e.get(6).start()).isEqualTo(LocalDate.of(2023, 7, 31));
    assertThat(e.get(5).context().twoYearYieldChange()).isNaN();
    assertThat(e.get(5).context().recession()).isNaN();
    assertThat(e.get(0).calendarDays()).isEqualTo(28);
  }

  @Test
  void table_nonPositiveLine_throwsNamingLine() {
    assertThatThrownBy(() -> Episodes.table(daily(new double[] {1, -1, 2}), LOOSE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line:");
  }

  @Test
  void table_randomLines_episodesTileTheSampleAndMatchTheLine() {
    Random rnd = new Random(99);
    for (int trial = 0; trial < 100; trial++) {
      int n = 300 + rnd.nextInt(900);
      double[] x = new double[n];
      double level = 0;
      for (int i = 0; i < n; i++) {
        level += (i / 150 % 2 == 0 ? 0.001 : -0.001) + 0.006 * rnd.nextGaussian();
        x[i] = Math.exp(level);
      }
      DateSeries line = daily(x);
      EpisodeTable t = Episodes.table(line, TurningPointRules.daily().withWindow(20 + trial));
      List<Episode> e = t.episodes();
      if (e.isEmpty()) {
        continue;
      }
      assertThat(e.get(0).start()).isEqualTo(line.firstDate());
      assertThat(e.get(e.size() - 1).end()).isEqualTo(line.lastDate());
      int periods = 0;
      for (int k = 0; k < e.size(); k++) {
        Episode ep = e.get(k);
        periods += ep.periods();
        double expected = line.get(ep.end()).getAsDouble() / line.get(ep.start()).getAsDouble() - 1;
        assertThat(ep.relativeMove()).isCloseTo(expected, within(TOL));
        if (k > 0) {
          assertThat(ep.start()).isEqualTo(e.get(k - 1).end());
          assertThat(ep.direction()).isNotEqualTo(e.get(k - 1).direction());
          assertThat(ep.previousMove()).isEqualTo(e.get(k - 1).relativeMove());
        }
        if (k > 0 && k < e.size() - 1) {
          assertThat(ep.relativeMove() > 0)
              .isEqualTo(ep.direction() == EpisodeDirection.SMALL_LEADS);
        }
      }
      assertThat(periods).isEqualTo(n - 1);
    }
  }
}
