package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObservedInformationTest {

  /** Relative tolerance against statsmodels' complex-step Hessian (different step scheme). */
  private static final double SE_REL_TOL = 1e-4;

  private static final String[] KEYS = {
    "se_p00", "se_p11", "se_mean0", "se_mean1", "se_variance0", "se_variance1"
  };

  @ParameterizedTest
  @ValueSource(strings = {"smb_monthly", "rut_spx_weekly"})
  void standardErrors_statsmodelsMle_matchStatsmodelsApprox(String name) {
    // Golden: statsmodels 0.13.5 bse with cov_type='approx' (oracles/regime/markov_oracle.py).
    Map<String, Double> g = RegimeData.fitGolden(name);
    double[] y = RegimeData.probsGolden(name).y();
    double[] se = ObservedInformation.standardErrors(y, RegimeData.parameters(g).toArray());
    for (int k = 0; k < 6; k++) {
      double expected = g.get(KEYS[k]);
      assertThat(se[k]).as(KEYS[k]).isCloseTo(expected, within(SE_REL_TOL * expected));
    }
  }

  @Test
  void standardErrors_separatedStates_matchClosedForm() {
    // States 1000 sd apart: filtered probabilities are exactly 0 or 1, so the likelihood splits
    // into two Gaussian samples plus the transition term. At the per-state sample mean and
    // (population) variance: se(mean_j) = sqrt(v_j / n_j), se(variance_j) = sqrt(2 v_j^2 / n_j).
    RegimeParameters truth = new RegimeParameters(0.95, 0.9, -1000, 1000, 1, 4);
    Paths.Simulation sim = Paths.simulate(truth, 2000, 5);
    double[] y = sim.y();
    double[] n = new double[2];
    double[] sum = new double[2];
    double[] stays = new double[2];
    double[] leaves = new double[2];
    for (int t = 0; t < y.length; t++) {
      int s = sim.states()[t];
      n[s]++;
      sum[s] += y[t];
      if (t > 0) {
        int prev = sim.states()[t - 1];
        if (prev == s) {
          stays[prev]++;
        } else {
          leaves[prev]++;
        }
      }
    }
    double[] mean = {sum[0] / n[0], sum[1] / n[1]};
    double[] var = new double[2];
    for (int t = 0; t < y.length; t++) {
      int s = sim.states()[t];
      var[s] += (y[t] - mean[s]) * (y[t] - mean[s]) / n[s];
    }
    double[] p = {
      stays[0] / (stays[0] + leaves[0]),
      stays[1] / (stays[1] + leaves[1]),
      mean[0],
      mean[1],
      var[0],
      var[1]
    };
    double[] se = ObservedInformation.standardErrors(y, p);
    for (int j = 0; j < 2; j++) {
      assertThat(se[2 + j]).isCloseTo(Math.sqrt(var[j] / n[j]), within(1e-5 * se[2 + j]));
      assertThat(se[4 + j])
          .isCloseTo(Math.sqrt(2 * var[j] * var[j] / n[j]), within(1e-5 * se[4 + j]));
    }
  }

  @Test
  void hessian_statsmodelsMle_symmetricNegativeDiagonal() {
    Map<String, Double> g = RegimeData.fitGolden("rut_spx_weekly");
    double[] y = RegimeData.probsGolden("rut_spx_weekly").y();
    double[][] h = ObservedInformation.hessian(y, RegimeData.parameters(g).toArray());
    for (int i = 0; i < 6; i++) {
      assertThat(h[i][i]).isNegative();
      for (int j = 0; j < 6; j++) {
        assertThat(h[i][j]).isEqualTo(h[j][i]);
      }
    }
  }

  @Test
  void standardErrors_boundaryProbability_areNaN() {
    double[] y = Paths.simulate(new RegimeParameters(0.9, 0.9, 0, 1, 1, 1), 100, 1).y();
    double[] se = ObservedInformation.standardErrors(y, new double[] {1 - 1e-9, 0.9, 0, 1, 1, 1});
    assertThat(se).containsOnly(Double.NaN);
  }

  @Test
  void standardErrors_notAMaximum_areNaN() {
    // Far from the optimum (means swapped far outside the data) minus the Hessian is not
    // positive definite.
    double[] y = Paths.simulate(new RegimeParameters(0.9, 0.9, 0, 1, 1, 1), 200, 2).y();
    double[] se = ObservedInformation.standardErrors(y, new double[] {0.5, 0.5, 0, 0, 1e-3, 1e3});
    assertThat(se).containsOnly(Double.NaN);
  }
}
