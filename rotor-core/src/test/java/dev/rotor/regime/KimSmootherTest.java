package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KimSmootherTest {

  private static final double TOL = 1e-12;

  /** Against statsmodels' log-space smoother at the same parameters. */
  private static final double ORACLE_TOL = 1e-9;

  /**
   * The three observations of {@code HamiltonFilterTest} (p00 0.9, p11 0.8, means -1, 1, variances
   * 1, 4; y = -1, 1, 3), smoothed by hand (statsmodels 0.13.5 gives 0.51660092, 0.12557362,
   * 0.00147958 for P(state 0)):
   *
   * <pre>
   * s_2 = f_2 = (0.00147958, 0.99852042);  q_2 = (0.572567, 0.427433)
   * t=1: r = s_2 / q_2 = (0.00258411, 2.33608872)
   *      s_1 = f_1 * (P r) = (0.532239 * (0.9*0.00258411 + 0.1*2.33608872),
   *                           0.467761 * (0.2*0.00258411 + 0.8*2.33608872)) = (0.125574, 0.874426)
   * t=0: q_1 = (0.807833, 0.192167), r = (0.155445, 4.550339)
   *      s_0 = (0.868332 * 0.594944, 0.131668 * 3.671361) = (0.516601, 0.483399)
   * </pre>
   */
  @Test
  void run_threeObservations_matchesHandWorkedArithmetic() {
    double[] s0 = smooth(new double[] {-1, 1, 3}, new RegimeParameters(0.9, 0.8, -1, 1, 1, 4))[0];
    assertThat(s0[0]).isCloseTo(0.51660092471057817, within(TOL));
    assertThat(s0[1]).isCloseTo(0.12557362101831854, within(TOL));
    assertThat(s0[2]).isCloseTo(0.001479576242406752, within(TOL));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void run_randomShortSeries_matchesEnumerationOfAllPaths(long seed) {
    RegimeParameters p = HamiltonFilterTest.randomParameters(new Random(seed));
    double[] y = Paths.simulate(p, 12, seed + 100).y();
    double[] transitions = new double[4];
    double[][] s = smooth(y, p, transitions);
    Paths.Exact exact = Paths.enumerate(y, p);
    for (int t = 0; t < y.length; t++) {
      assertThat(s[0][t]).isCloseTo(exact.smoothed0()[t], within(TOL));
    }
    for (int k = 0; k < 4; k++) {
      assertThat(transitions[k]).isCloseTo(exact.transitions()[k], within(TOL));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"smb_monthly", "rut_spx_weekly"})
  void run_statsmodelsParameters_reproducesStatsmodelsSmoother(String name) {
    // Golden: oracles/regime/markov_oracle.py (statsmodels 0.13.5), smoothed P(state 0) at its MLE.
    Map<String, Double> g = RegimeData.fitGolden(name);
    RegimeData.Probs golden = RegimeData.probsGolden(name);
    double[] s0 = smooth(golden.y(), RegimeData.parameters(g))[0];
    for (int t = 0; t < s0.length; t++) {
      assertThat(s0[t]).as("t=%d", t).isCloseTo(golden.smoothed0()[t], within(ORACLE_TOL));
    }
  }

  @Test
  void run_seededSeries_invariants() {
    RegimeParameters p = new RegimeParameters(0.97, 0.9, -0.5, 0.8, 0.3, 1.5);
    double[] y = Paths.simulate(p, 3000, 21).y();
    int n = y.length;
    double[] q0 = new double[n];
    double[] q1 = new double[n];
    double[] f0 = new double[n];
    double[] f1 = new double[n];
    double[] s0 = new double[n];
    double[] s1 = new double[n];
    double[] transitions = new double[4];
    HamiltonFilter.run(y, p.toArray(), q0, q1, f0, f1);
    KimSmoother.run(p.toArray(), q0, q1, f0, f1, s0, s1, transitions);
    assertThat(s0[n - 1]).isEqualTo(f0[n - 1]);
    double sum0 = 0;
    for (int t = 0; t < n; t++) {
      assertThat(s0[t]).isBetween(0.0, 1.0);
      assertThat(s1[t]).isBetween(0.0, 1.0);
      assertThat(s0[t] + s1[t]).isCloseTo(1, within(TOL));
      if (t < n - 1) {
        sum0 += s0[t];
      }
    }
    double total = transitions[0] + transitions[1] + transitions[2] + transitions[3];
    assertThat(total).isCloseTo(n - 1, within(1e-8));
    // Leaving state 0 at t = 0..n-2: n00 + n01 = sum of smoothed P(state 0) over those periods.
    assertThat(transitions[0] + transitions[1]).isCloseTo(sum0, within(1e-8));
  }

  @Test
  void run_empty_noOutput() {
    double[] e = new double[0];
    double[] transitions = {9, 9, 9, 9};
    KimSmoother.run(new double[] {0.9, 0.9, 0, 1, 1, 1}, e, e, e, e, e, e, transitions);
    assertThat(transitions).containsOnly(0.0);
  }

  private static double[][] smooth(double[] y, RegimeParameters p) {
    return smooth(y, p, null);
  }

  private static double[][] smooth(double[] y, RegimeParameters p, double[] transitions) {
    int n = y.length;
    double[] q0 = new double[n];
    double[] q1 = new double[n];
    double[] f0 = new double[n];
    double[] f1 = new double[n];
    double[] s0 = new double[n];
    double[] s1 = new double[n];
    HamiltonFilter.run(y, p.toArray(), q0, q1, f0, f1);
    KimSmoother.run(p.toArray(), q0, q1, f0, f1, s0, s1, transitions);
    return new double[][] {s0, s1};
  }
}
