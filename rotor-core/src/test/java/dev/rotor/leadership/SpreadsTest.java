package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class SpreadsTest {

  private static final double TOL = 1e-12;

  @Test
  void percentile_countsTiesAsLessOrEqual() {
    double[] h = {0.3, -0.1, 0.2, 0.2, 0.5};
    assertThat(Spreads.percentile(h, 0.2)).isEqualTo(3.0 / 5);
    assertThat(Spreads.percentile(h, 0.5)).isEqualTo(1.0);
    assertThat(Spreads.percentile(h, -0.1)).isEqualTo(1.0 / 5);
  }

  @Test
  void tooFewValues_giveNaN() {
    assertThat(Spreads.percentile(new double[] {1}, 1)).isNaN();
    assertThat(Spreads.sd(new double[] {1})).isNaN();
    assertThat(Spreads.mean(new double[0])).isNaN();
    assertThat(Spreads.z(1, 1, Double.NaN)).isNaN();
    assertThat(Spreads.z(1, 1, 0)).isNaN();
  }

  /** Hand-worked: a 100 -> 110 (+0.10), b 50 -> 45 (-0.10), spread 0.20. */
  @Test
  void history_skipsIncompleteWindows() {
    double[] a = {100, 110, 121};
    double[] b = {50, 45, 50};
    double[] h = Spreads.history(a, b, new int[] {-1, 0, 1});
    assertThat(h).hasSize(2);
    assertThat(h[0]).isCloseTo(0.2, within(TOL));
    // 121/110 - 1 = 0.1, 50/45 - 1 = 0.1111...
    assertThat(h[1]).isCloseTo(0.1 - 1.0 / 9, within(TOL));
  }

  /** Mean and N-1 standard deviation against Hipparchus DescriptiveStatistics. */
  @Test
  void meanSd_randomData_matchHipparchus() {
    Random rnd = new Random(4);
    for (int n : new int[] {2, 3, 17, 2500}) {
      double[] h = new double[n];
      for (int i = 0; i < n; i++) {
        h[i] = 0.05 * rnd.nextGaussian() + 0.01;
      }
      DescriptiveStatistics ds = new DescriptiveStatistics(h);
      assertThat(Spreads.mean(h)).isCloseTo(ds.getMean(), within(TOL));
      assertThat(Spreads.sd(h)).isCloseTo(ds.getStandardDeviation(), within(TOL));
    }
  }
}
