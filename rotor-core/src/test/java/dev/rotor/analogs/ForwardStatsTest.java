package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ForwardStatsTest {

  private static final double TOL = 1e-12;

  @Test
  void summarise_handWorked_meanMedianHitRate() {
    // x = 0.10, 0.0576923..., -0.04: mean 0.1176923.../3, median the middle value, 2 of 3 above 0.
    double[] x = {0.10, 110.0 / 104 - 1, -0.04};
    ForwardSummary s = ForwardStats.summarise(1, x, 500, 3, 0.9);
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.mean()).isCloseTo((0.10 + 6.0 / 104 - 0.04) / 3, within(TOL));
    assertThat(s.median()).isCloseTo(6.0 / 104, within(TOL));
    assertThat(s.hitRate()).isCloseTo(2.0 / 3, within(TOL));
    assertThat(s.lower()).isBetween(-0.04, s.mean());
    assertThat(s.upper()).isBetween(s.mean(), 0.10);
    assertThat(s.thin()).isTrue();
  }

  @Test
  void summarise_evenCountAndZeros_medianAveragesAndZeroIsNoHit() {
    ForwardSummary s = ForwardStats.summarise(3, new double[] {0.0, 0.2, -0.1, 0.0}, 100, 1, 0.9);
    assertThat(s.median()).isCloseTo(0.0, within(TOL));
    assertThat(s.hitRate()).isCloseTo(0.25, within(TOL));
  }

  @Test
  void summarise_empty_countZeroAndNaN() {
    ForwardSummary s = ForwardStats.summarise(12, new double[0], 100, 1, 0.9);
    assertThat(s.count()).isZero();
    assertThat(s.mean()).isNaN();
    assertThat(s.median()).isNaN();
    assertThat(s.hitRate()).isNaN();
    assertThat(s.lower()).isNaN();
    assertThat(s.upper()).isNaN();
    assertThat(s.thin()).isTrue();
  }

  @Test
  void summarise_single_intervalCollapsesOnTheValue() {
    ForwardSummary s = ForwardStats.summarise(6, new double[] {0.07}, 100, 1, 0.9);
    assertThat(s.lower()).isEqualTo(0.07);
    assertThat(s.upper()).isEqualTo(0.07);
  }

  @Test
  void summarise_bootstrapInterval_matchesPythonPortOfJavaRandom() {
    // Oracle, /usr/bin/python3 with numpy, using JavaRandom from
    // src/test/resources/oracles/analogs/analogs_oracle.py:
    //   rnd = JavaRandom(20260130)
    //   idx = np.array([[rnd.next_int(12) for _ in range(12)] for _ in range(2000)])
    //   m = x[idx].sum(axis=1) / 12; t = (1 - 0.8) / 2; np.quantile(m, [t, 1 - t])
    //   -> [-0.0065, 0.034425]; first draw row 6 4 1 0 5 3 2 3 10 3 3 4
    double[] x = {
      0.031, -0.024, 0.117, -0.052, 0.008, 0.063, -0.011, 0.045, -0.038, 0.092, 0.004, -0.067
    };
    ForwardSummary s = ForwardStats.summarise(1, x, 2000, 20260130L, 0.8);
    assertThat(s.mean()).isCloseTo(0.014, within(TOL));
    assertThat(s.median()).isCloseTo(0.006, within(TOL));
    assertThat(s.lower()).isCloseTo(-0.0065, within(TOL));
    assertThat(s.upper()).isCloseTo(0.034425, within(TOL));
    Random r = new Random(20260130L);
    assertThat(new int[] {r.nextInt(12), r.nextInt(12), r.nextInt(12), r.nextInt(12)})
        .containsExactly(6, 4, 1, 0);
  }

  @Test
  void bootstrapMeans_sameSeed_sameResult_otherSeed_otherResult() {
    double[] x = gaussian(new Random(5), 30, 0.0, 1.0);
    assertThat(ForwardStats.bootstrapMeans(x, 1000, 42))
        .containsExactly(ForwardStats.bootstrapMeans(x, 1000, 42));
    assertThat(ForwardStats.bootstrapMeans(x, 1000, 43))
        .isNotEqualTo(ForwardStats.bootstrapMeans(x, 1000, 42));
    assertThat(ForwardStats.summarise(1, x, 1000, 42, 0.9))
        .isEqualTo(ForwardStats.summarise(1, x, 1000, 42, 0.9));
  }

  @Test
  void summarise_iidNormal_intervalCoversTrueMeanAboutNinetyPercent() {
    // 600 samples of 40 iid N(0.01, 0.05^2); the percentile bootstrap interval of the mean at 90 %
    // should cover 0.01 in roughly 90 % of samples (a little under for n = 40; binomial sd 1.2 %).
    Random rnd = new Random(2024);
    int trials = 600;
    int covered = 0;
    double widthSum = 0;
    for (int t = 0; t < trials; t++) {
      double[] x = gaussian(rnd, 40, 0.01, 0.05);
      ForwardSummary s = ForwardStats.summarise(1, x, 1000, t, 0.9);
      if (s.lower() <= 0.01 && 0.01 <= s.upper()) {
        covered++;
      }
      widthSum += s.upper() - s.lower();
    }
    assertThat(covered / (double) trials).isBetween(0.85, 0.94);
    // Normal theory: width 2 * 1.645 * 0.05 / sqrt(40) = 0.0260.
    assertThat(widthSum / trials).isCloseTo(0.0260, within(0.0015));
  }

  @Test
  void mean_empty_isNaN() {
    assertThat(ForwardStats.mean(new double[0])).isNaN();
    assertThat(ForwardStats.mean(new double[] {1, 2})).isCloseTo(1.5, within(TOL));
  }

  private static double[] gaussian(Random rnd, int n, double mu, double sigma) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = mu + sigma * rnd.nextGaussian();
    }
    return x;
  }
}
