package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollingWindowsTest {

  private static final double TOL = 1e-12;

  @Test
  void simpleMean_handWorked_meanOfLastWindow() {
    // window 2 over {0.5, 0.6, 0.3}: -, (0.5+0.6)/2 = 0.55, (0.6+0.3)/2 = 0.45
    double[] m = RollingWindows.simpleMean(new double[] {0.5, 0.6, 0.3}, 2);
    assertThat(m[0]).isNaN();
    assertThat(m[1]).isCloseTo(0.55, within(TOL));
    assertThat(m[2]).isCloseTo(0.45, within(TOL));
  }

  @Test
  void exponentialMean_handWorked_recursionSeededWithFirstValue() {
    // span 3 -> alpha = 2/4 = 0.5: e0 = 0.5, e1 = 0.5*0.5 + 0.5*0.6 = 0.55,
    // e2 = 0.5*0.55 + 0.5*0.3 = 0.425; minPoints 3 hides e0 and e1
    double[] e = RollingWindows.exponentialMean(new double[] {0.5, 0.6, 0.3}, 3, 3);
    assertThat(e[0]).isNaN();
    assertThat(e[1]).isNaN();
    assertThat(e[2]).isCloseTo(0.425, within(TOL));
  }

  @Test
  void exponentialMean_spanOne_returnsInputExactly() {
    double[] x = {3.25, -1.5, 7.125};
    assertThat(RollingWindows.exponentialMean(x, 1, 1)).containsExactly(x);
  }

  @Test
  void olsSlope_handWorked_slopeOfLine() {
    // y = {0, 0.1, 0.3}, t = {0, 1, 2}: slope = Σ(t-1)(y-ȳ)/Σ(t-1)² = (0.3 - 0)/2 = 0.15;
    // then y = {0.1, 0.3, 0.3}: (0.3 - 0.1)/2 = 0.1
    double[] s = RollingWindows.olsSlope(new double[] {0, 0.1, 0.3, 0.3}, 3);
    assertThat(s[0]).isNaN();
    assertThat(s[1]).isNaN();
    assertThat(s[2]).isCloseTo(0.15, within(TOL));
    assertThat(s[3]).isCloseTo(0.1, within(TOL));
  }

  @Test
  void kernels_randomWalk_equalNaiveRecompute() {
    Random rnd = new Random(11);
    double[] x = new double[2000];
    for (int i = 1; i < x.length; i++) {
      x[i] = x[i - 1] + 0.02 * rnd.nextGaussian();
    }
    for (int w : new int[] {2, 5, 26, 63}) {
      double[] sma = RollingWindows.simpleMean(x, w);
      double[] slope = RollingWindows.olsSlope(x, w);
      double[] ema = RollingWindows.exponentialMean(x, w, 1);
      double alpha = 2.0 / (w + 1.0);
      for (int i = 0; i < x.length; i++) {
        // EMA closed form: (1-a)^i x0 + Σ_{j=1..i} a (1-a)^(i-j) x_j
        double closed = Math.pow(1 - alpha, i) * x[0];
        for (int j = 1; j <= i; j++) {
          closed += alpha * Math.pow(1 - alpha, i - j) * x[j];
        }
        assertThat(ema[i]).isCloseTo(closed, within(1e-11));
        if (i < w - 1) {
          assertThat(sma[i]).isNaN();
          assertThat(slope[i]).isNaN();
          continue;
        }
        double[] win = Arrays.copyOfRange(x, i - w + 1, i + 1);
        double mean = Arrays.stream(win).average().orElseThrow();
        assertThat(sma[i]).isCloseTo(mean, within(TOL));
        double tBar = (w - 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < w; t++) {
          sxy += (t - tBar) * (win[t] - mean);
          sxx += (t - tBar) * (t - tBar);
        }
        assertThat(slope[i]).isCloseTo(sxy / sxx, within(TOL));
      }
    }
  }

  @Test
  void kernels_prefix_givesIdenticalPrefixOfOutput() {
    Random rnd = new Random(5);
    double[] x = new double[500];
    for (int i = 0; i < x.length; i++) {
      x[i] = rnd.nextGaussian();
    }
    double[] p = Arrays.copyOf(x, 321);
    assertThat(RollingWindows.simpleMean(p, 20))
        .containsExactly(Arrays.copyOf(RollingWindows.simpleMean(x, 20), 321));
    assertThat(RollingWindows.olsSlope(p, 20))
        .containsExactly(Arrays.copyOf(RollingWindows.olsSlope(x, 20), 321));
    assertThat(RollingWindows.exponentialMean(p, 20, 20))
        .containsExactly(Arrays.copyOf(RollingWindows.exponentialMean(x, 20, 20), 321));
  }
}
