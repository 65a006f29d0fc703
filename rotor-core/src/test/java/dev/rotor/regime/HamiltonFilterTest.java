package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HamiltonFilterTest {

  private static final double TOL = 1e-12;

  /** Against statsmodels' filter at the same parameters (its log-space arithmetic differs). */
  private static final double ORACLE_TOL = 1e-9;

  private static final RegimeParameters HAND = new RegimeParameters(0.9, 0.8, -1, 1, 1, 4);

  /**
   * Three observations, worked by hand (checked with statsmodels 0.13.5: {@code
   * MarkovRegression([-1, 1, 3], k_regimes=2, switching_variance=True).smooth([0.9, 0.2, -1, 1, 1,
   * 4])}: llf -6.645463265297826, filtered P(state 0) 0.86833244, 0.53223918, 0.00147958).
   *
   * <pre>
   * pi = (0.2, 0.1) / 0.3 = (2/3, 1/3)
   * t=0, y=-1: phi = (N(-1;-1,1), N(-1;1,4)) = (0.398942, 0.120985)
   *            q*phi = (0.265962, 0.040328), L0 = 0.306290, f0 = 0.868332
   * t=1, y=1:  q = (0.868332*0.9 + 0.131668*0.2, ...) = (0.807833, 0.192167)
   *            phi = (0.053991, 0.199471), q*phi = (0.043616, 0.038332), L1 = 0.081947, f0 = 0.532239
   * t=2, y=3:  q = (0.572567, 0.427433), phi = (0.00013383, 0.120985)
   *            q*phi = (0.0000766, 0.0517131), L2 = 0.0517897, f0 = 0.00147958
   * llf = log(0.306290) + log(0.081947) + log(0.0517897) = -6.6454633
   * </pre>
   */
  @Test
  void run_threeObservations_matchesHandWorkedArithmetic() {
    double[] y = {-1, 1, 3};
    double[] q0 = new double[3];
    double[] q1 = new double[3];
    double[] f0 = new double[3];
    double[] f1 = new double[3];
    double llf = HamiltonFilter.run(y, HAND.toArray(), q0, q1, f0, f1);
    assertThat(llf).isCloseTo(-6.6454632652978267, within(TOL));
    assertThat(f0[0]).isCloseTo(0.86833243833213303, within(TOL));
    assertThat(f0[1]).isCloseTo(0.532239175653478, within(TOL));
    assertThat(f0[2]).isCloseTo(0.001479576242406752, within(TOL));
    assertThat(q0[0]).isCloseTo(2.0 / 3, within(TOL));
    assertThat(q0[1]).isCloseTo(0.86833243833213303 * 0.9 + 0.13166756166786697 * 0.2, within(TOL));
    for (int t = 0; t < 3; t++) {
      assertThat(f0[t] + f1[t]).isCloseTo(1, within(TOL));
      assertThat(q0[t] + q1[t]).isCloseTo(1, within(TOL));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void run_randomShortSeries_matchesEnumerationOfAllPaths(long seed) {
    Random r = new Random(seed);
    RegimeParameters p = randomParameters(r);
    double[] y = Paths.simulate(p, 10, seed).y();
    double[] q0 = new double[10];
    double[] q1 = new double[10];
    double[] f0 = new double[10];
    double[] f1 = new double[10];
    double llf = HamiltonFilter.run(y, p.toArray(), q0, q1, f0, f1);
    assertThat(llf).isCloseTo(Math.log(Paths.enumerate(y, p).likelihood()), within(TOL));
    for (int t = 0; t < 10; t++) {
      // The filtered probability at t is the smoothed probability of the series cut at t.
      double[] head = Arrays.copyOf(y, t + 1);
      assertThat(f0[t]).isCloseTo(Paths.enumerate(head, p).smoothed0()[t], within(TOL));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"smb_monthly", "rut_spx_weekly"})
  void run_statsmodelsParameters_reproducesStatsmodelsFilter(String name) {
    // Golden: oracles/regime/markov_oracle.py (statsmodels 0.13.5), filtered P(state 0) at its MLE.
    Map<String, Double> g = RegimeData.fitGolden(name);
    RegimeData.Probs golden = RegimeData.probsGolden(name);
    double[] y = golden.y();
    int n = y.length;
    double[] f0 = new double[n];
    double llf =
        HamiltonFilter.run(
            y, RegimeData.parameters(g).toArray(), new double[n], new double[n], f0, new double[n]);
    assertThat(llf).isCloseTo(g.get("llf"), within(ORACLE_TOL));
    for (int t = 0; t < n; t++) {
      assertThat(f0[t]).as("t=%d", t).isCloseTo(golden.filtered0()[t], within(ORACLE_TOL));
    }
  }

  @Test
  void logLikelihood_equalsRun() {
    double[] y = Paths.simulate(HAND, 500, 9).y();
    int n = y.length;
    double[] p = HAND.toArray();
    double full =
        HamiltonFilter.run(y, p, new double[n], new double[n], new double[n], new double[n]);
    assertThat(HamiltonFilter.logLikelihood(y, p)).isEqualTo(full);
  }

  @Test
  void logLikelihood_identicalStates_isIidGaussian() {
    RegimeParameters same = new RegimeParameters(0.7, 0.6, 0.5, 0.5, 2, 2);
    double[] y = Paths.simulate(same, 200, 3).y();
    double iid = 0;
    for (double v : y) {
      iid += -0.5 * Math.log(2 * Math.PI * 2) - (v - 0.5) * (v - 0.5) / 4;
    }
    assertThat(HamiltonFilter.logLikelihood(y, same.toArray())).isCloseTo(iid, within(1e-9));
  }

  @Test
  void logLikelihood_longSeries_foldingMatchesLogEveryStep() {
    // 200,000 observations: the running product is folded into the log many times.
    RegimeParameters p = new RegimeParameters(0.99, 0.98, -0.01, 0.01, 1e-4, 4e-4);
    double[] y = Paths.simulate(p, 200_000, 11).y();
    assertThat(HamiltonFilter.logLikelihood(y, p.toArray()))
        .isCloseTo(naiveLogLikelihood(y, p), within(1e-7));
  }

  @Test
  void logLikelihood_extremeOutliers_stayFinite() {
    double[] y = {0, 1e6, -1e6, 0, 1e-300};
    double llf = HamiltonFilter.logLikelihood(y, HAND.toArray());
    assertThat(llf).isFinite();
    assertThat(llf).isCloseTo(naiveLogLikelihood(y, HAND), within(1e-6 * Math.abs(llf)));
  }

  @Test
  void logLikelihood_absorbingStatesAndUnderflow_isNegativeInfinity() {
    // Documented limitation: with p00 = p11 = 1 the first observation makes state 1 impossible
    // in floating point (weight exp(-5000)), the second one then has density 0 under state 0.
    RegimeParameters absorbing = new RegimeParameters(1, 1, 0, 100, 1, 1);
    assertThat(HamiltonFilter.logLikelihood(new double[] {0, 100}, absorbing.toArray()))
        .isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void logLikelihood_empty_isZero() {
    assertThat(HamiltonFilter.logLikelihood(new double[0], HAND.toArray())).isZero();
  }

  /** The same recursion written plainly with a log every step and log-sum-exp. */
  private static double naiveLogLikelihood(double[] y, RegimeParameters p) {
    double q0 = p.steadyState(0);
    double llf = 0;
    for (double v : y) {
      double l0 = Math.log(q0) + logDensity(v, p, 0);
      double l1 = Math.log(1 - q0) + logDensity(v, p, 1);
      double m = Math.max(l0, l1);
      double logL = m + Math.log(Math.exp(l0 - m) + Math.exp(l1 - m));
      llf += logL;
      double f0 = Math.exp(l0 - logL);
      q0 = f0 * p.p00() + (1 - f0) * (1 - p.p11());
    }
    return llf;
  }

  private static double logDensity(double y, RegimeParameters p, int j) {
    double d = y - p.mean(j);
    return -0.5 * Math.log(2 * Math.PI * p.variance(j)) - d * d / (2 * p.variance(j));
  }

  static RegimeParameters randomParameters(Random r) {
    return new RegimeParameters(
        0.5 + 0.49 * r.nextDouble(),
        0.5 + 0.49 * r.nextDouble(),
        -1 + r.nextGaussian(),
        1 + r.nextGaussian(),
        0.2 + r.nextDouble(),
        0.2 + 2 * r.nextDouble());
  }
}
