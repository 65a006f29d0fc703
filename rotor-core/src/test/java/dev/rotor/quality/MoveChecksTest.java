package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoveChecksTest {

  private static final double SPLIT_TOL = 0.05;
  private static final LocalDate D0 = LocalDate.of(2024, 6, 3);

  /** Consecutive calendar days from D0; the move checks do not look at the calendar. */
  private static LocalDate[] days(int n) {
    LocalDate[] d = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      d[i] = D0.plusDays(i);
    }
    return d;
  }

  private static List<Finding> stale(int minRun, double... v) {
    List<Finding> out = new ArrayList<>();
    MoveChecks.staleRuns(days(v.length), v, minRun, out);
    return out;
  }

  private static List<Finding> moves(double threshold, boolean splits, double... p) {
    List<Finding> out = new ArrayList<>();
    MoveChecks.jumpsAndSplits(days(p.length), p, threshold, splits, SPLIT_TOL, out);
    return out;
  }

  @Test
  void staleRuns_runsOfFiveAndSixIncludingTrailing_twoWarnings() {
    List<Finding> f = stale(5, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4);
    assertThat(f)
        .containsExactly(
            new Finding(
                CheckKind.STALE_RUN,
                Severity.WARNING,
                D0.plusDays(1),
                D0.plusDays(5),
                5,
                "close 2.0 repeated on 5 consecutive observations from 2024-06-04 to 2024-06-08"),
            new Finding(
                CheckKind.STALE_RUN,
                Severity.WARNING,
                D0.plusDays(9),
                D0.plusDays(14),
                6,
                "close 4.0 repeated on 6 consecutive observations from 2024-06-12 to 2024-06-17"));
  }

  @Test
  void staleRuns_lowerMinimum_alsoReportsRunOfThree() {
    List<Finding> f = stale(3, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4);
    assertThat(f).extracting(Finding::count).containsExactly(5, 3, 6);
  }

  @Test
  void staleRuns_runOneShortOfMinimumOrEmpty_noFinding() {
    assertThat(stale(5, 7, 7, 7, 7, 8)).isEmpty();
    assertThat(stale(5)).isEmpty();
    assertThat(stale(2, 1, 1.0000001)).isEmpty();
  }

  @Test
  void jumps_aboveThreshold_warnsAndExactThreshold_doesNot() {
    // 100 -> 126 is +26 %; 126 -> 94.5 is exactly -25 % (0.75 is exact in binary), not beyond.
    assertThat(moves(0.25, false, 100, 126, 94.5))
        .containsExactly(
            new Finding(
                CheckKind.JUMP,
                Severity.WARNING,
                D0.plusDays(1),
                D0.plusDays(1),
                1,
                "close 100.0 on 2024-06-03 to 126.0 on 2024-06-04 (+26.0 %),"
                    + " beyond the 25.0 % jump threshold"));
  }

  @Test
  void splits_halvingNotReversed_isSplitLikeAndNotJump() {
    assertThat(moves(0.4, true, 100, 101, 50.4, 51, 52))
        .containsExactly(
            new Finding(
                CheckKind.SPLIT_LIKE,
                Severity.WARNING,
                D0.plusDays(2),
                D0.plusDays(2),
                1,
                "close 101.0 on 2024-06-04 to 50.4 on 2024-06-05 (-50.1 %), like a 2-for-1 split"));
  }

  @Test
  void splits_tenfoldRise_isReverseSplit() {
    List<Finding> f = moves(0.4, true, 2, 20.4, 20.5);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.check()).isEqualTo(CheckKind.SPLIT_LIKE);
              assertThat(x.message()).endsWith("like a 1-for-10 reverse split");
            });
  }

  @Test
  void splits_halvingReversedNextDay_isTwoJumps() {
    List<Finding> f = moves(0.4, true, 100, 50, 100.5);
    assertThat(f).extracting(Finding::check).containsExactly(CheckKind.JUMP, CheckKind.JUMP);
    assertThat(f).extracting(Finding::from).containsExactly(D0.plusDays(1), D0.plusDays(2));
  }

  @Test
  void splits_halvingOnLastObservation_isSplitLike() {
    assertThat(moves(0.4, true, 100, 50))
        .extracting(Finding::check)
        .containsExactly(CheckKind.SPLIT_LIKE);
  }

  @Test
  void splits_disabled_halvingIsJump() {
    assertThat(moves(0.25, false, 100, 101, 50.4, 51))
        .extracting(Finding::check)
        .containsExactly(CheckKind.JUMP);
  }

  @Test
  void jumps_nonPositivePrices_skipped() {
    assertThat(moves(0.25, true, 100, 0, -5, 100)).isEmpty();
  }

  static Stream<Arguments> ratios() {
    return Stream.of(
        Arguments.of(0.5, 2),
        Arguments.of(1.0 / 3, 3),
        Arguments.of(0.25, 4),
        Arguments.of(0.1, 10),
        Arguments.of(0.05, 20),
        Arguments.of(0.01, 100),
        Arguments.of(0.52, 2), // |0.52 * 2 - 1| = 0.04 <= 0.05
        Arguments.of(0.53, 0), // 0.06 > 0.05
        Arguments.of(2.0, -2),
        Arguments.of(10.4, -10),
        Arguments.of(2.0 / 3, 0), // 3-for-2 deliberately not recognised
        Arguments.of(1.0, 0),
        Arguments.of(0.9, 0));
  }

  @ParameterizedTest
  @MethodSource("ratios")
  void splitFactor_ratio_matchesTable(double ratio, int expected) {
    assertThat(MoveChecks.splitFactor(ratio, SPLIT_TOL)).isEqualTo(expected);
  }

  @Test
  void splitFactor_zeroTolerance_onlyExactRatios() {
    assertThat(MoveChecks.splitFactor(0.5, 0)).isEqualTo(2);
    assertThat(MoveChecks.splitFactor(0.5001, 0)).isZero();
  }

  /**
   * Invariant on a seeded fat-tailed walk without splits checked: the jumps are exactly the moves a
   * naive recount finds with {@code |p[i] / p[i-1] - 1| > threshold}.
   */
  @Test
  void jumps_randomWalk_matchNaiveRecount() {
    Random rnd = new Random(7L);
    int n = 5000;
    double[] p = new double[n];
    p[0] = 50;
    for (int i = 1; i < n; i++) {
      double shock = rnd.nextDouble() < 0.01 ? 0.5 * rnd.nextGaussian() : 0.02 * rnd.nextGaussian();
      p[i] = p[i - 1] * Math.exp(shock);
    }
    List<LocalDate> expected = new ArrayList<>();
    LocalDate[] d = days(n);
    for (int i = 1; i < n; i++) {
      if (Math.abs(p[i] / p[i - 1] - 1) > 0.25) {
        expected.add(d[i]);
      }
    }
    List<Finding> f = moves(0.25, false, p);
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(f).extracting(Finding::from).containsExactlyElementsOf(expected);
  }
}
