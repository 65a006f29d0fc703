package dev.rotor.etf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackingKernelsTest {

  private static final double TOL = 1e-12;

  @Test
  void simpleReturns_handWorked_consecutiveRatios() {
    assertThat(TrackingKernels.simpleReturns(new double[] {100, 110, 99}))
        .containsExactly(new double[] {0.1, -0.1}, within(TOL));
    assertThat(TrackingKernels.simpleReturns(new double[] {5})).isEmpty();
    assertThat(TrackingKernels.simpleReturns(new double[0])).isEmpty();
  }

  @Test
  void annualisedReturn_handWorked_geometric() {
    // 100 -> 121 over 2 periods at 1 period a year: 1.21^(1/2) - 1 = 0.1.
    assertThat(TrackingKernels.annualisedReturn(new double[] {100, 130, 121}, 1))
        .isCloseTo(0.1, within(TOL));
    // 100 -> 110 over 126 daily periods: 1.1^(252/126) - 1 = 0.21.
    double[] l = new double[127];
    for (int i = 0; i < l.length; i++) {
      l[i] = 100 + 10.0 * i / 126;
    }
    assertThat(TrackingKernels.annualisedReturn(l, 252)).isCloseTo(0.21, within(TOL));
  }

  @Test
  void annualisedReturn_fewerThanTwoLevels_nan() {
    assertThat(TrackingKernels.annualisedReturn(new double[] {100}, 252)).isNaN();
    assertThat(TrackingKernels.annualisedReturn(new double[0], 252)).isNaN();
  }

  @Test
  void sampleStdDev_handWorked_nMinusOne() {
    // {1, 2, 3, 4}: mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, / 3.
    assertThat(TrackingKernels.sampleStdDev(new double[] {1, 2, 3, 4}))
        .isCloseTo(Math.sqrt(5.0 / 3.0), within(TOL));
    assertThat(TrackingKernels.sampleStdDev(new double[] {1})).isNaN();
  }

  @Test
  void beta_handWorked_nMinusOne() {
    // x {1, 2, 3}, y {2, 4, 7}: deviations (-1, 0, 1) and (-2.333.., -0.333.., 2.666..) ->
    // cov = (2.333.. + 2.666..) / 2 = 2.5, var(x) = 2 / 2 = 1, beta = 2.5.
    assertThat(TrackingKernels.beta(new double[] {2, 4, 7}, new double[] {1, 2, 3}))
        .isCloseTo(2.5, within(TOL));
    assertThat(TrackingKernels.beta(new double[] {1}, new double[] {2})).isNaN();
  }

  @Test
  void correlationAndBeta_linearRelation_exact() {
    Random rnd = new Random(3);
    double[] x = new double[200];
    double[] y = new double[200];
    for (int i = 0; i < x.length; i++) {
      x[i] = rnd.nextGaussian() * 0.01;
      y[i] = 0.0002 - 1.7 * x[i];
    }
    assertThat(TrackingKernels.beta(y, x)).isCloseTo(-1.7, within(TOL));
    assertThat(TrackingKernels.correlation(y, x)).isCloseTo(-1.0, within(TOL));
  }

  @Test
  void correlationAndBeta_constantSide_nan() {
    double[] c = {2, 2, 2};
    double[] v = {1, 2, 4};
    assertThat(TrackingKernels.beta(v, c)).isNaN();
    assertThat(TrackingKernels.correlation(v, c)).isNaN();
    assertThat(TrackingKernels.correlation(c, v)).isNaN();
    assertThat(TrackingKernels.beta(c, v)).isZero();
  }
}
