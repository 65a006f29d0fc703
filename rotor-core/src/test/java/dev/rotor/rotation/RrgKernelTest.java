package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RrgKernelTest {

  private static final double TOL = 1e-12;
  private static final double NAIVE_TOL = 1e-9;

  @Test
  void ratio_handWorked_zScoreAgainstTrailingWindow() {
    // W = 3: window {0,1,2}: mean 1, sample sd 1 -> 100 + (2-1)/1 = 101.
    // window {1,2,4}: mean 7/3, SS = 16/9+1/9+25/9 = 42/9, var = 21/9, (4-7/3)/sqrt(21/9)
    // = 5/sqrt(21) -> 101.0910894511799...
    double[] r = RrgKernel.ratio(new double[] {0, 1, 2, 4}, 3, 1.0);
    assertThat(r[0]).isNaN();
    assertThat(r[1]).isNaN();
    assertThat(r[2]).isCloseTo(101.0, within(TOL));
    assertThat(r[3]).isCloseTo(100 + 5 / Math.sqrt(21), within(TOL));
  }

  @Test
  void ratio_scale_multipliesTheDeviation() {
    double[] r = RrgKernel.ratio(new double[] {0, 1, 2, 4}, 3, 2.5);
    assertThat(r[3]).isCloseTo(100 + 2.5 * 5 / Math.sqrt(21), within(TOL));
  }

  @Test
  void momentum_handWorked_changeOverRootMeanSquare() {
    // lag 1: d = {-, -, 1, 2, -1}; window 2: i=3 rms = sqrt((1+4)/2) -> 100 + 2/sqrt(2.5);
    // i=4 rms = sqrt((4+1)/2) -> 100 - 1/sqrt(2.5)
    double[] m = RrgKernel.momentum(new double[] {Double.NaN, 100, 101, 103, 102}, 1, 2, 1.0);
    assertThat(m[0]).isNaN();
    assertThat(m[1]).isNaN();
    assertThat(m[2]).isNaN();
    assertThat(m[3]).isCloseTo(100 + 2 / Math.sqrt(2.5), within(TOL));
    assertThat(m[4]).isCloseTo(100 - 1 / Math.sqrt(2.5), within(TOL));
  }

  @Test
  void ratioAndMomentum_flatInput_sitAtExactly100() {
    double[] y = new double[60];
    double[] r = RrgKernel.ratio(y, 10, 1.0);
    double[] m = RrgKernel.momentum(r, 3, 10, 1.0);
    for (int i = 9; i < 60; i++) {
      assertThat(r[i]).isEqualTo(100.0);
    }
    for (int i = 9 + 3 + 9; i < 60; i++) {
      assertThat(m[i]).isEqualTo(100.0);
    }
    assertThat(m[9 + 3 + 8]).isNaN();
  }

  @Test
  void ratioAndMomentum_randomWalk_equalNaiveTwoPassRecompute() {
    Random rnd = new Random(17);
    double[] y = new double[1500];
    for (int i = 1; i < y.length; i++) {
      y[i] = y[i - 1] + 0.03 * rnd.nextGaussian() + 0.001;
    }
    int w = 26;
    int lag = 4;
    int wm = 13;
    double[] r = RrgKernel.ratio(y, w, 1.0);
    double[] m = RrgKernel.momentum(r, lag, wm, 1.0);
    for (int i = w - 1; i < y.length; i++) {
      double[] win = Arrays.copyOfRange(y, i - w + 1, i + 1);
      double mean = Arrays.stream(win).average().orElseThrow();
      double ss = Arrays.stream(win).map(v -> (v - mean) * (v - mean)).sum();
      assertThat(r[i]).isCloseTo(100 + (y[i] - mean) / Math.sqrt(ss / (w - 1)), within(NAIVE_TOL));
    }
    int first = w - 1 + lag + wm - 1;
    for (int i = 0; i < y.length; i++) {
      if (i < first) {
        assertThat(m[i]).isNaN();
        continue;
      }
      double sq = 0;
      for (int j = i - wm + 1; j <= i; j++) {
        double d = r[j] - r[j - lag];
        sq += d * d;
      }
      double d = r[i] - r[i - lag];
      assertThat(m[i]).isCloseTo(100 + d / Math.sqrt(sq / wm), within(NAIVE_TOL));
      // sign: momentum above 100 exactly when the ratio rose over the lag
      assertThat(m[i] > 100).isEqualTo(d > 0);
    }
  }

  @Test
  void ratioAndMomentum_anyInput_boundedByWindowSize() {
    // |y - mean| / sd <= (W-1)/sqrt(W) and |d| / rms <= sqrt(Wm)
    Random rnd = new Random(23);
    double[] y = new double[800];
    for (int i = 0; i < y.length; i++) {
      y[i] = rnd.nextDouble() < 0.02 ? 50 * rnd.nextGaussian() : rnd.nextGaussian();
    }
    double[] r = RrgKernel.ratio(y, 8, 1.0);
    double[] m = RrgKernel.momentum(r, 2, 5, 1.0);
    for (int i = 20; i < y.length; i++) {
      assertThat(Math.abs(r[i] - 100)).isLessThanOrEqualTo(7 / Math.sqrt(8) + TOL);
      assertThat(Math.abs(m[i] - 100)).isLessThanOrEqualTo(Math.sqrt(5) + TOL);
    }
  }
}
