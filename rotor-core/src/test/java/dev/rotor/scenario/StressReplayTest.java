package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StressReplayTest {

  private static final double TOL = 1e-12;

  private static final LocalDate D0 = LocalDate.of(2020, 2, 17);

  /** Window 2020-02-19 .. 2020-02-25 (inside the daily test path below). */
  private static final StressWindow W =
      new StressWindow("test", D0.plusDays(2), D0.plusDays(8), "test window");

  private static DateSeries daily(double... v) {
    LocalDate[] d = new LocalDate[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = D0.plusDays(i);
    }
    return DateSeries.of(d, v);
  }

  @Test
  void replay_handPath_totalReturnAndDrawdown() {
    // Dates 02-17 .. 02-27; base = 02-19 (100), end = 02-25 (100).
    // Path 100, 120, 90, 110, 80, 95, 100: running peak 120 (02-20), worst 80/120 - 1 = -1/3
    // (02-23).
    DateSeries s = daily(50, 60, 100, 120, 90, 110, 80, 95, 100, 130, 140);
    StressOutcome o = StressReplay.replay(s, W);
    assertThat(o.baseDate()).isEqualTo(LocalDate.of(2020, 2, 19));
    assertThat(o.endDate()).isEqualTo(LocalDate.of(2020, 2, 25));
    assertThat(o.observations()).isEqualTo(7);
    assertThat(o.totalReturn()).isCloseTo(0.0, within(TOL));
    assertThat(o.maxDrawdown()).isCloseTo(-1.0 / 3, within(TOL));
    assertThat(o.peakDate()).isEqualTo(LocalDate.of(2020, 2, 20));
    assertThat(o.troughDate()).isEqualTo(LocalDate.of(2020, 2, 23));
  }

  @Test
  void replay_risingPath_zeroDrawdownAtBase() {
    StressOutcome o = StressReplay.replay(daily(1, 2, 3, 4, 5, 6, 7, 8, 9), W);
    assertThat(o.maxDrawdown()).isZero();
    assertThat(o.peakDate()).isEqualTo(o.baseDate()).isEqualTo(o.troughDate());
    assertThat(o.totalReturn()).isCloseTo(9.0 / 3 - 1, within(TOL));
  }

  @Test
  void replay_gapsSnapToLastObservationOnOrBefore() {
    // Observations on 02-18 and 02-24 and 02-28 only: base 02-18, end 02-24.
    DateSeries s =
        DateSeries.builder()
            .put(LocalDate.of(2020, 2, 18), 100)
            .put(LocalDate.of(2020, 2, 24), 90)
            .put(LocalDate.of(2020, 2, 28), 80)
            .build();
    StressOutcome o = StressReplay.replay(s, W);
    assertThat(o.baseDate()).isEqualTo(LocalDate.of(2020, 2, 18));
    assertThat(o.endDate()).isEqualTo(LocalDate.of(2020, 2, 24));
    assertThat(o.totalReturn()).isCloseTo(-0.1, within(TOL));
  }

  static Stream<Arguments> uncovered() {
    return Stream.of(
        // starts after the window's start
        Arguments.of(
            DateSeries.of(new LocalDate[] {D0.plusDays(3), D0.plusDays(20)}, new double[] {1, 2})),
        // ends before the window's end
        Arguments.of(DateSeries.of(new LocalDate[] {D0, D0.plusDays(7)}, new double[] {1, 2})),
        // no observation inside the window
        Arguments.of(DateSeries.of(new LocalDate[] {D0, D0.plusDays(20)}, new double[] {1, 2})),
        Arguments.of(DateSeries.empty()));
  }

  @ParameterizedTest
  @MethodSource("uncovered")
  void replay_dataNotCoveringWindow_isNaN(DateSeries s) {
    StressOutcome o = StressReplay.replay(s, W);
    assertThat(o).isEqualTo(StressOutcome.uncovered(W));
    assertThat(StressReplay.replayPortfolio(List.of(s), List.of(1.0), W).covered()).isFalse();
  }

  @Test
  void replayPortfolio_buyAndHold_handWorked() {
    // a: 100 -> 50 -> 100; b: 100 -> 150 -> 100 from the base; 50/50: value 1.0, 1.0, 1.0.
    // 70/30: 0.7*0.5 + 0.3*1.5 = 0.8 at the middle: drawdown -0.2; total 0.
    DateSeries a = daily(9, 9, 100, 50, 100, 100, 100, 100, 100);
    DateSeries b = daily(9, 9, 100, 150, 100, 100, 100, 100, 100);
    StressOutcome even = StressReplay.replayPortfolio(List.of(a, b), List.of(0.5, 0.5), W);
    assertThat(even.maxDrawdown()).isZero();
    StressOutcome tilted = StressReplay.replayPortfolio(List.of(a, b), List.of(0.7, 0.3), W);
    assertThat(tilted.maxDrawdown()).isCloseTo(-0.2, within(TOL));
    assertThat(tilted.totalReturn()).isCloseTo(0.0, within(TOL));
    assertThat(tilted.troughDate()).isEqualTo(LocalDate.of(2020, 2, 20));
  }

  @Test
  void replayPortfolio_seeded_matchesWeightedReturnsAndNaiveDrawdown() {
    for (long seed = 1; seed <= 10; seed++) {
      Random rnd = new Random(seed);
      double[][] p = new double[3][30];
      for (double[] s : p) {
        s[0] = 10 + rnd.nextDouble() * 90;
        for (int i = 1; i < s.length; i++) {
          s[i] = s[i - 1] * Math.exp(0.03 * rnd.nextGaussian());
        }
      }
      double w0 = rnd.nextDouble();
      double w1 = (1 - w0) * rnd.nextDouble();
      List<Double> w = List.of(w0, w1, 1 - w0 - w1);
      List<DateSeries> series = List.of(daily(p[0]), daily(p[1]), daily(p[2]));
      StressWindow win = new StressWindow("w", D0.plusDays(3), D0.plusDays(25), "seeded");
      StressOutcome o = StressReplay.replayPortfolio(series, w, win);
      double total = 0;
      double[] v = new double[23];
      for (int k = 0; k < 3; k++) {
        total += w.get(k) * (p[k][25] / p[k][3] - 1);
        for (int i = 0; i < v.length; i++) {
          v[i] += w.get(k) * p[k][3 + i] / p[k][3];
        }
      }
      double naive = 0;
      for (int i = 0; i < v.length; i++) {
        for (int j = i + 1; j < v.length; j++) {
          naive = Math.min(naive, v[j] / v[i] - 1);
        }
      }
      assertThat(o.totalReturn()).isCloseTo(total, within(TOL));
      assertThat(o.maxDrawdown()).isCloseTo(naive, within(TOL));
      // A single series at weight 1 replays like the series itself.
      StressOutcome alone = StressReplay.replayPortfolio(series.subList(0, 1), List.of(1.0), win);
      assertThat(alone.maxDrawdown())
          .isCloseTo(StressReplay.replay(series.get(0), win).maxDrawdown(), within(TOL));
    }
  }

  @Test
  void replay_list_keepsOrder() {
    DateSeries s = daily(50, 60, 100, 120, 90, 110, 80, 95, 100, 130, 140);
    List<StressOutcome> out = StressReplay.replay(s, List.of(W, StressWindow.GFC_2008));
    assertThat(out.get(0).covered()).isTrue();
    assertThat(out.get(1).covered()).isFalse();
  }

  static Stream<Arguments> badWeights() {
    return Stream.of(
        Arguments.of(List.of(1.0)),
        Arguments.of(List.of(0.5, 0.6)),
        Arguments.of(List.of(-0.5, 1.5)),
        Arguments.of(List.of(Double.NaN, 1.0)));
  }

  @ParameterizedTest
  @MethodSource("badWeights")
  void replayPortfolio_badWeights_throwsNamingWeights(List<Double> w) {
    DateSeries s = daily(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThatThrownBy(() -> StressReplay.replayPortfolio(List.of(s, s), w, W))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weights:");
  }

  @Test
  void replay_nonPositiveLevel_throwsNamingLevels() {
    assertThatThrownBy(() -> StressReplay.replay(daily(1, 1, 1, -1, 1, 1, 1, 1, 1), W))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("levels:");
    assertThatThrownBy(() -> StressReplay.replayPortfolio(List.of(), List.of(), W))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("levels:");
  }
}
