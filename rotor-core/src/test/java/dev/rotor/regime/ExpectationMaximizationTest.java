package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpectationMaximizationTest {

  /** Rounding slack when checking that the log-likelihood never decreases. */
  private static final double MONOTONE_SLACK = 1e-9;

  private static final RegimeParameters TRUTH = new RegimeParameters(0.97, 0.93, -0.6, 0.7, 0.5, 2);

  @Test
  void step_mStep_isSmoothedWeightedMomentsAndErgodicTransitions() {
    double[] y = Paths.simulate(TRUTH, 400, 1).y();
    ExpectationMaximization.Workspace w = workspace(y);
    double[] p = {0.9, 0.8, -1, 1, 1, 1};
    double[] out = new double[6];
    double llf = ExpectationMaximization.step(w, p, out);
    assertThat(llf).isEqualTo(HamiltonFilter.logLikelihood(y, p));
    // Recompute the moments from the smoothed probabilities independently.
    int n = y.length;
    double[] q0 = new double[n];
    double[] q1 = new double[n];
    double[] f0 = new double[n];
    double[] f1 = new double[n];
    double[] s0 = new double[n];
    double[] s1 = new double[n];
    double[] transitions = new double[4];
    HamiltonFilter.run(y, p, q0, q1, f0, f1);
    KimSmoother.run(p, q0, q1, f0, f1, s0, s1, transitions);
    double w0 = 0;
    double m0 = 0;
    for (int t = 0; t < n; t++) {
      w0 += s0[t];
      m0 += s0[t] * y[t];
    }
    m0 /= w0;
    double v0 = 0;
    for (int t = 0; t < n; t++) {
      v0 += s0[t] * (y[t] - m0) * (y[t] - m0) / w0;
    }
    double[] trans = new double[2];
    ErgodicTransitions.maximise(transitions, s0[0], s1[0], trans);
    assertThat(out[2]).isCloseTo(m0, within(1e-12));
    assertThat(out[4]).isCloseTo(v0, within(1e-12));
    assertThat(out[0]).isEqualTo(trans[0]);
    assertThat(out[1]).isEqualTo(trans[1]);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void run_seededData_logLikelihoodNeverDecreases(boolean accelerate) {
    for (long seed = 1; seed <= 10; seed++) {
      double[] y = Paths.simulate(TRUTH, 600, seed).y();
      ExpectationMaximization.Run run =
          ExpectationMaximization.run(
              workspace(y), new double[] {0.8, 0.8, -0.1, 0.1, 1, 1}, 400, 1e-12, accelerate);
      double[] trace = run.trace();
      assertThat(trace.length).isGreaterThan(1);
      for (int i = 1; i < trace.length; i++) {
        assertThat(trace[i])
            .as("seed %d, iterate %d", seed, i)
            .isGreaterThanOrEqualTo(trace[i - 1] - MONOTONE_SLACK);
      }
      assertThat(run.logLikelihood()).isEqualTo(trace[trace.length - 1]);
    }
  }

  @Test
  void run_acceleratedAndPlain_reachTheSameStationaryPoint() {
    double[] y = Paths.simulate(TRUTH, 800, 3).y();
    double[] start = {0.8, 0.8, -0.1, 0.1, 1, 1};
    ExpectationMaximization.Run fast =
        ExpectationMaximization.run(workspace(y), start, 5000, 1e-13, true);
    ExpectationMaximization.Run slow =
        ExpectationMaximization.run(workspace(y), start, 100_000, 1e-13, false);
    assertThat(fast.converged()).isTrue();
    assertThat(slow.converged()).isTrue();
    assertThat(fast.iterations()).isLessThan(slow.iterations());
    assertThat(fast.logLikelihood()).isCloseTo(slow.logLikelihood(), within(1e-8));
    for (int k = 0; k < 6; k++) {
      assertThat(fast.params()[k]).isCloseTo(slow.params()[k], within(1e-5));
    }
    // Stationary point of the exact likelihood: the numerical gradient, scaled by each
    // parameter's standard error, vanishes.
    double[] p = fast.params();
    double[] se = ObservedInformation.standardErrors(y, p);
    for (int k = 0; k < 6; k++) {
      double h = 1e-4 * se[k];
      double[] up = p.clone();
      double[] down = p.clone();
      up[k] += h;
      down[k] -= h;
      double grad =
          (HamiltonFilter.logLikelihood(y, up) - HamiltonFilter.logLikelihood(y, down)) / (2 * h);
      assertThat(grad * se[k]).as("parameter %d", k).isCloseTo(0, within(1e-3));
    }
  }

  @Test
  void run_fixedSteps_stopsWithoutConverging() {
    double[] y = Paths.simulate(TRUTH, 300, 4).y();
    ExpectationMaximization.Run run =
        ExpectationMaximization.run(
            workspace(y), new double[] {0.8, 0.8, -0.1, 0.1, 1, 1}, 10, 0, false);
    assertThat(run.iterations()).isEqualTo(10);
    assertThat(run.converged()).isFalse();
    assertThat(run.trace()).hasSize(10);
  }

  @Test
  void run_stateCollapsingOnOneObservation_isDegenerate() {
    double[] y = Paths.simulate(new RegimeParameters(0.9, 0.9, 0, 0, 1, 1), 200, 5).y();
    y[17] = 50;
    // State 0 starts on the outlier with a tiny variance: it takes only that observation.
    double[] start = {0.5, 0.5, 50, 0, 1e-5, 1};
    ExpectationMaximization.Run run =
        ExpectationMaximization.run(workspace(y), start, 100, 1e-12, true);
    assertThat(run.degenerate()).isTrue();
    assertThat(run.converged()).isFalse();
  }

  @Test
  void scaled_unscaled_roundTrip() {
    ExpectationMaximization.Workspace w = workspace(new double[] {1, 2, 3, 5});
    double[] p = {0.9, 0.2, -0.5, 0.5, 0.25, 4};
    double[] back = new double[6];
    ExpectationMaximization.unscaled(w, ExpectationMaximization.scaled(w, p), back);
    for (int k = 0; k < 6; k++) {
      assertThat(back[k]).isCloseTo(p[k], within(1e-15));
    }
  }

  static ExpectationMaximization.Workspace workspace(double[] y) {
    double m = 0;
    for (double v : y) {
      m += v;
    }
    m /= y.length;
    double var = 0;
    for (double v : y) {
      var += (v - m) * (v - m) / y.length;
    }
    return new ExpectationMaximization.Workspace(y, var);
  }
}
