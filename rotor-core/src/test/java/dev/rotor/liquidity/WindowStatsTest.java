package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowStatsTest {

  private static final double TOL = 1e-12;
  private static final double NAIVE_TOL = 1e-9;
  private static final double NAN = Double.NaN;

  @Test
  void meanAndCount_skipNaN_rangeIsHalfOpen() {
    double[] x = {1, NAN, 3, 5, 100};
    assertThat(WindowStats.count(x, 0, 4)).isEqualTo(3);
    assertThat(WindowStats.mean(x, 0, 4)).isCloseTo(3.0, within(TOL)); // (1 + 3 + 5) / 3
    assertThat(WindowStats.mean(x, 1, 2)).isNaN();
    assertThat(WindowStats.mean(x, 2, 2)).isNaN();
  }

  @Test
  void sampleSd_handWorked_divisorNMinusOne() {
    // {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, sum of squares 32, sample variance 32/7
    double[] x = {2, 4, 4, NAN, 4, 5, 5, 7, 9};
    assertThat(WindowStats.sampleSd(x, 0, x.length)).isCloseTo(Math.sqrt(32.0 / 7), within(TOL));
    assertThat(WindowStats.sampleSd(new double[] {1, NAN}, 0, 2)).isNaN();
  }

  @Test
  void lagCovariance_handWorked_eachLegOnItsOwnMean() {
    // x = {1, -1, 2, -2}: pairs (x_i, x_{i-1}) = (-1, 1), (2, -1), (-2, 2)
    // means: a = -1/3, b = 2/3; products (-2/3)(1/3) + (7/3)(-5/3) + (-5/3)(4/3) = -2/9 - 35/9 -
    // 20/9
    // = -57/9; divided by n - 1 = 2 -> -57/18 = -3.1666...
    double[] x = {1, -1, 2, -2};
    assertThat(WindowStats.lagPairs(x, 0, 4)).isEqualTo(3);
    assertThat(WindowStats.lagCovariance(x, 0, 4)).isCloseTo(-57.0 / 18, within(TOL));
    // from = 2: pairs (2, -1), (-2, 2) end at 2 and 3 and reach back to x[1]; means 0 and 1/2;
    // products 2 (-3/2) + (-2)(3/2) = -6, divided by n - 1 = 1 -> -6
    assertThat(WindowStats.lagPairs(x, 2, 4)).isEqualTo(2);
    assertThat(WindowStats.lagCovariance(x, 2, 4)).isCloseTo(-6.0, within(TOL));
  }

  @Test
  void lagCovariance_fewerThanTwoPairs_NaN() {
    assertThat(WindowStats.lagCovariance(new double[] {1, 2}, 0, 2)).isNaN();
    assertThat(WindowStats.lagCovariance(new double[] {1, NAN, 2, 3}, 0, 4)).isNaN();
  }

  @Test
  void rollingMean_handWorked_NaNUntilFullAndAcrossGaps() {
    double[] r = WindowStats.rollingMean(new double[] {1, 2, 3, NAN, 4, 5, 6}, 2);
    assertThat(r[0]).isNaN();
    assertThat(r[1]).isCloseTo(1.5, within(TOL));
    assertThat(r[2]).isCloseTo(2.5, within(TOL));
    assertThat(r[3]).isNaN();
    assertThat(r[4]).isNaN();
    assertThat(r[5]).isCloseTo(4.5, within(TOL));
    assertThat(r[6]).isCloseTo(5.5, within(TOL));
  }

  @Test
  void rollingMean_randomWithGaps_equalsNaiveRecompute() {
    Random rnd = new Random(29);
    double[] x = new double[3000];
    for (int i = 0; i < x.length; i++) {
      x[i] = rnd.nextDouble() < 0.01 ? NAN : 1e9 * Math.exp(rnd.nextGaussian());
    }
    int w = 21;
    double[] r = WindowStats.rollingMean(x, w);
    for (int i = 0; i < x.length; i++) {
      boolean full = i >= w - 1 && WindowStats.count(x, i - w + 1, i + 1) == w;
      if (!full) {
        assertThat(r[i]).isNaN();
      } else {
        double naive = WindowStats.mean(x, i - w + 1, i + 1);
        assertThat(r[i]).isCloseTo(naive, within(NAIVE_TOL * naive));
      }
    }
  }

  @Test
  void median_oddEvenAndEmpty() {
    assertThat(WindowStats.median(new double[] {3, NAN, 1, 2})).isEqualTo(2.0);
    assertThat(WindowStats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(WindowStats.median(new double[] {NAN})).isNaN();
  }
}
