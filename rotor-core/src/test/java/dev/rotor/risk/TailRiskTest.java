package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TailRiskTest {

  private static final double TOL = 1e-12;

  /** Simulated quantiles of 200,000 normals: standard error about 0.003 sd at 95%. */
  private static final double SIM_TOL = 0.0004;

  @Test
  void quantile_handWorked_isType7() {
    // numpy.quantile([1..10], 0.05) = 1.45: h = 9 * 0.05 = 0.45 -> 1 + 0.45 * (2 - 1).
    double[] x = {7, 3, 10, 1, 5, 2, 9, 4, 8, 6};
    assertThat(TailRisk.quantile(x, 0.05)).isCloseTo(1.45, within(TOL));
    assertThat(TailRisk.quantile(x, 0.95)).isCloseTo(9.55, within(TOL));
    assertThat(TailRisk.quantile(x, 0.0)).isEqualTo(1.0);
    assertThat(TailRisk.quantile(x, 1.0)).isEqualTo(10.0);
    assertThat(TailRisk.tailRatio(x)).isCloseTo(9.55 / 1.45, within(TOL));
    assertThat(TailRisk.quantile(new double[0], 0.5)).isNaN();
  }

  @Test
  void quantileSorted_type7_matchesNumpy() {
    // numpy.quantile([1, 2, 3, 4], [0.05, 0.95, 0.5]) -> [1.15, 3.85, 2.5]
    double[] s = {1, 2, 3, 4};
    assertThat(TailRisk.quantileSorted(s, 0.05)).isCloseTo(1.15, within(TOL));
    assertThat(TailRisk.quantileSorted(s, 0.95)).isCloseTo(3.85, within(TOL));
    assertThat(TailRisk.quantileSorted(s, 0.5)).isCloseTo(2.5, within(TOL));
    assertThat(TailRisk.quantileSorted(s, 1.0)).isEqualTo(4.0);
    assertThat(TailRisk.quantileSorted(s, 0.0)).isEqualTo(1.0);
    // numpy.quantile([1,2,4,8,16], [0.5, 0.3, 0.9]) = [4.0, 2.4, 12.8] (method='linear', R-7)
    double[] x = {1, 2, 4, 8, 16};
    assertThat(TailRisk.quantileSorted(x, 0.5)).isEqualTo(4.0);
    assertThat(TailRisk.quantileSorted(x, 0.3)).isCloseTo(2.4, within(TOL));
    assertThat(TailRisk.quantileSorted(x, 0.9)).isCloseTo(12.8, within(TOL));
    assertThat(TailRisk.quantileSorted(new double[] {1, 2, 4, 8}, 0.5)).isEqualTo(3.0);
    assertThat(TailRisk.quantileSorted(new double[0], 0.5)).isNaN();
  }

  @Test
  void historical_baconSample_handWorkedAndOracle() {
    // Sorted Bacon returns start -0.065, -0.061, -0.049: h = 23 * 0.05 = 1.15, so VaR95 =
    // -0.061 + 0.15 * 0.012 = -0.0592; CVaR95 = mean(-0.065, -0.061) = -0.063.
    double[] p = RiskOracle.BACON_PORTFOLIO;
    assertThat(TailRisk.var(p, 0.95, VarMethod.HISTORICAL)).isCloseTo(-0.0592, within(TOL));
    assertThat(TailRisk.cvar(p, 0.95, VarMethod.HISTORICAL)).isCloseTo(-0.063, within(TOL));
  }

  @Test
  void everyMethod_baconSample_matchesNumpyScipyOracle() {
    // risk_oracle.py: numpy.quantile, scipy.stats.norm, and the Cornish-Fisher CVaR by
    // scipy.integrate.quad of the Cornish-Fisher quantile (not the closed form used here).
    double[] p = RiskOracle.BACON_PORTFOLIO;
    String[] names = {"historical", "gaussian", "cornish_fisher"};
    for (int level : new int[] {95, 99}) {
      for (VarMethod m : VarMethod.values()) {
        String suffix = level + "_" + names[m.ordinal()];
        assertThat(TailRisk.var(p, level / 100.0, m))
            .as("var " + suffix)
            .isCloseTo(RiskOracle.value("bacon", "var_" + suffix), within(TOL));
        assertThat(TailRisk.cvar(p, level / 100.0, m))
            .as("cvar " + suffix)
            .isCloseTo(RiskOracle.value("bacon", "cvar_" + suffix), within(1e-11));
      }
    }
    assertThat(TailRisk.tailRatio(p))
        .isCloseTo(RiskOracle.value("bacon", "tail_ratio"), within(TOL));
  }

  @Test
  void gaussian_standardQuantiles_matchScipy() {
    // scipy.stats.norm: ppf(1 - 0.95) = -1.6448536269514722, mean - sd pdf(z) / alpha with mean
    // 0.0005 and sd 0.01: VaR95 -0.015948536269514722, CVaR95 -0.020127128075074257, VaR99
    // -0.02276347874040841, CVaR99 -0.026152142203458052.
    assertThat(TailRisk.gaussianVar(0, 1, 0.95)).isCloseTo(-1.6448536269514722, within(TOL));
    assertThat(TailRisk.gaussianVar(0.0005, 0.01, 0.95))
        .isCloseTo(-0.015948536269514722, within(TOL));
    assertThat(TailRisk.gaussianCvar(0.0005, 0.01, 0.95))
        .isCloseTo(-0.020127128075074257, within(TOL));
    assertThat(TailRisk.gaussianVar(0.0005, 0.01, 0.99))
        .isCloseTo(-0.02276347874040841, within(TOL));
    assertThat(TailRisk.gaussianCvar(0.0005, 0.01, 0.99))
        .isCloseTo(-0.026152142203458052, within(TOL));
  }

  @Test
  void everyMethod_seededNormalReturns_nearAnalyticQuantiles() {
    Random rnd = new Random(95);
    double[] r = new double[200_000];
    for (int i = 0; i < r.length; i++) {
      r[i] = 0.0005 + 0.01 * rnd.nextGaussian();
    }
    for (double conf : new double[] {0.95, 0.99}) {
      double var = TailRisk.gaussianVar(0.0005, 0.01, conf);
      double cvar = TailRisk.gaussianCvar(0.0005, 0.01, conf);
      for (VarMethod m : VarMethod.values()) {
        assertThat(TailRisk.var(r, conf, m)).as("%s %s", m, conf).isCloseTo(var, within(SIM_TOL));
        assertThat(TailRisk.cvar(r, conf, m)).as("%s %s", m, conf).isCloseTo(cvar, within(SIM_TOL));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.9, 0.95, 0.975, 0.99, 0.999})
  void cornishFisher_zeroSkewAndKurtosis_equalsGaussian(double conf) {
    assertThat(TailRisk.cornishFisherVar(0.001, 0.02, 0, 0, conf))
        .isCloseTo(TailRisk.gaussianVar(0.001, 0.02, conf), within(TOL));
    assertThat(TailRisk.cornishFisherCvar(0.001, 0.02, 0, 0, conf))
        .isCloseTo(TailRisk.gaussianCvar(0.001, 0.02, conf), within(TOL));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void cornishFisherCvar_seededMoments_equalsTailAverageOfCornishFisherVar(int seed) {
    // CVaR = (1/alpha) * integral of the Cornish-Fisher quantile over tail probabilities; here by
    // Simpson's rule in z-space, integral_{-12}^{z_alpha} z_cf(x) phi(x) dx, 20,000 intervals.
    Random rnd = new Random(seed);
    double s = -0.5 + rnd.nextDouble();
    double k = 3 * rnd.nextDouble();
    double conf = 0.9 + 0.09 * rnd.nextDouble();
    NormalDistribution nd = new NormalDistribution(0, 1);
    double za = nd.inverseCumulativeProbability(1 - conf);
    int m = 20_000;
    double a = -12;
    double h = (za - a) / m;
    double sum = 0;
    for (int i = 0; i <= m; i++) {
      double x = a + i * h;
      double f =
          (x
                  + (x * x - 1) * s / 6
                  + (x * x * x - 3 * x) * k / 24
                  - (2 * x * x * x - 5 * x) * s * s / 36)
              * nd.density(x);
      sum += f * (i == 0 || i == m ? 1 : (i % 2 == 1 ? 4 : 2));
    }
    double tailMeanZ = sum * h / 3 / (1 - conf);
    assertThat(TailRisk.cornishFisherCvar(0.0, 1.0, s, k, conf)).isCloseTo(tailMeanZ, within(1e-9));
    // The tail average lies below the VaR at the same level for a monotone expansion.
    assertThat(TailRisk.cornishFisherCvar(0.0, 1.0, s, k, conf))
        .isLessThan(TailRisk.cornishFisherVar(0.0, 1.0, s, k, conf));
  }

  @Test
  void measures_tooLittleData_giveNaN() {
    for (VarMethod m : VarMethod.values()) {
      assertThat(TailRisk.var(new double[] {0.01}, 0.95, m)).isNaN();
      assertThat(TailRisk.cvar(new double[0], 0.95, m)).isNaN();
    }
    // Cornish-Fisher needs the excess kurtosis: 4 returns.
    assertThat(TailRisk.var(new double[] {0.01, -0.02, 0.03}, 0.95, VarMethod.CORNISH_FISHER))
        .isNaN();
    assertThat(TailRisk.var(new double[] {0.01, -0.02, 0.03}, 0.95, VarMethod.GAUSSIAN)).isFinite();
    assertThat(TailRisk.tailRatio(new double[] {0.01})).isNaN();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.05, 1.5, Double.NaN})
  void var_confidenceOutsideOpenUnitInterval_isRejected(double conf) {
    assertThatThrownBy(() -> TailRisk.var(new double[] {0.01, 0.02}, conf, VarMethod.HISTORICAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence");
    assertThatThrownBy(() -> TailRisk.gaussianCvar(0, 1, conf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence");
  }

  @Test
  void var_nullMethodOrBadProbability_isRejected() {
    assertThatThrownBy(() -> TailRisk.cvar(new double[] {0.01, 0.02}, 0.95, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("method");
    assertThatThrownBy(() -> TailRisk.quantile(new double[] {1}, 1.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("p");
  }
}
