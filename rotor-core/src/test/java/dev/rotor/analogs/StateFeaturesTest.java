package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.ReturnKind;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StateFeaturesTest {

  private static final double TOL = 1e-12;

  @Test
  void relative_simpleAndLog_handWorked() {
    double[] level = {2.0, 2.2, 1.98};
    // 2.2 / 2 - 1 = 0.1; 1.98 / 2.2 - 1 = -0.1; 1.98 / 2 - 1 = -0.01
    assertThat(StateFeatures.relative(level, 0, 1, ReturnKind.SIMPLE)).isCloseTo(0.1, within(TOL));
    assertThat(StateFeatures.relative(level, 1, 2, ReturnKind.SIMPLE)).isCloseTo(-0.1, within(TOL));
    assertThat(StateFeatures.relative(level, 0, 2, ReturnKind.LOG))
        .isCloseTo(Math.log(0.99), within(TOL));
    assertThat(StateFeatures.relative(level, -1, 2, ReturnKind.SIMPLE)).isNaN();
  }

  @Test
  void rollingVolatility_handWorked() {
    // log returns ln 2, ln 0.5, ln 2: window 2 at t = 2 -> sd of (ln 2, -ln 2) = sqrt(2) ln 2;
    // at t = 3 the same; annualiser 3.
    double[] level = {1, 2, 1, 2};
    double[] v = StateFeatures.rollingVolatility(level, 2, 3.0);
    assertThat(v[0]).isNaN();
    assertThat(v[1]).isNaN();
    assertThat(v[2]).isCloseTo(3 * Math.sqrt(2) * Math.log(2), within(TOL));
    assertThat(v[3]).isCloseTo(3 * Math.sqrt(2) * Math.log(2), within(TOL));
  }

  @Test
  void rollingVolatility_randomWalk_equalsNaiveRecompute() {
    Random rnd = new Random(99);
    double[] level = new double[700];
    level[0] = 1.0;
    for (int i = 1; i < level.length; i++) {
      level[i] = level[i - 1] * Math.exp(0.01 * rnd.nextGaussian() + 0.0005);
    }
    for (int window : new int[] {2, 6, 21, 126}) {
      double[] rolled = StateFeatures.rollingVolatility(level, window, 1.0);
      for (int t = window; t < level.length; t++) {
        double[] r = new double[window];
        for (int j = 0; j < window; j++) {
          int u = t - window + 1 + j;
          r[j] = Math.log(level[u] / level[u - 1]);
        }
        assertThat(rolled[t])
            .isCloseTo(StateFeatures.standardDeviation(r, 0, window - 1), within(TOL));
      }
    }
  }

  @Test
  void rollingVolatility_shortSeries_allNaN() {
    assertThat(StateFeatures.rollingVolatility(new double[] {1.0}, 2, 1.0))
        .containsOnly(Double.NaN);
    assertThat(StateFeatures.rollingVolatility(new double[] {1.0, 2.0}, 2, 1.0))
        .containsOnly(Double.NaN);
  }

  @Test
  void rollingVolatility_windowBelowTwo_throwsNamingIt() {
    assertThatThrownBy(() -> StateFeatures.rollingVolatility(new double[] {1, 2, 3}, 1, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("window:");
  }

  @Test
  void standardDeviation_handWorked() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, N-1 variance 32 / 7
    double[] x = {0, 2, 4, 4, 4, 5, 5, 7, 9};
    assertThat(StateFeatures.standardDeviation(x, 1, 8))
        .isCloseTo(Math.sqrt(32.0 / 7), within(TOL));
    assertThat(StateFeatures.standardDeviation(x, 3, 3)).isNaN();
  }
}
