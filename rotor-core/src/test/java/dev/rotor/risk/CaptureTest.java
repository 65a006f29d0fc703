package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptureTest {

  private static final double TOL = 1e-12;

  /** Rolling sums vs a fresh two-pass recompute per window. */
  private static final double ROLLING_TOL = 1e-10;

  @Test
  void betaCorrelationCapture_baconSample_matchNumpy() {
    // risk_oracle.py: np.cov(r, b)[0, 1] / np.var(b, ddof=1), np.corrcoef, and the annualised
    // geometric returns over the benchmark's up (b > 0) and down (b < 0) months.
    double[] p = RiskOracle.BACON_PORTFOLIO;
    double[] b = RiskOracle.BACON_BENCHMARK;
    assertThat(Capture.beta(p, b)).isCloseTo(RiskOracle.value("bacon", "beta"), within(TOL));
    assertThat(Capture.correlation(p, b))
        .isCloseTo(RiskOracle.value("bacon", "correlation"), within(TOL));
    assertThat(Capture.upCapture(p, b, 12))
        .isCloseTo(RiskOracle.value("bacon", "up_capture"), within(TOL));
    assertThat(Capture.downCapture(p, b, 12))
        .isCloseTo(RiskOracle.value("bacon", "down_capture"), within(TOL));
  }

  @Test
  void capture_handWorked() {
    // b up in periods 0 and 2: r there 0.02 and 0.03 vs b 0.01 and 0.02; one period a year, so
    // each side is its product over 2 periods to the power 1/2.
    double[] r = {0.02, -0.03, 0.03, 0.00};
    double[] b = {0.01, -0.02, 0.02, 0.00};
    double up = (Math.sqrt(1.02 * 1.03) - 1) / (Math.sqrt(1.01 * 1.02) - 1);
    assertThat(Capture.upCapture(r, b, 1)).isCloseTo(up, within(TOL));
    // one down period: -0.03 / -0.02
    assertThat(Capture.downCapture(r, b, 1)).isCloseTo(1.5, within(TOL));
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 52, 252})
  void capture_benchmarkAgainstItself_isOneAndBetaAndCorrelationAreOne(int ppy) {
    double[] b = RiskOracle.BACON_BENCHMARK;
    assertThat(Capture.upCapture(b, b, ppy)).isCloseTo(1.0, within(TOL));
    assertThat(Capture.downCapture(b, b, ppy)).isCloseTo(1.0, within(TOL));
    assertThat(Capture.beta(b, b)).isCloseTo(1.0, within(TOL));
    assertThat(Capture.correlation(b, b)).isCloseTo(1.0, within(TOL));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 63, 250})
  void rollingCorrelation_seededRandom_equalsNaiveRecompute(int window) {
    Random rnd = new Random(window);
    int n = 3000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 0.001 + 0.01 * rnd.nextGaussian();
      y[i] = 0.7 * x[i] + 0.008 * rnd.nextGaussian() + (i > n / 2 ? 0.05 : 0.0);
    }
    double[] rolling = Capture.rollingCorrelation(x, y, window);
    for (int i = 0; i < n; i++) {
      if (i < window - 1) {
        assertThat(rolling[i]).isNaN();
      } else {
        double[] wx = Arrays.copyOfRange(x, i - window + 1, i + 1);
        double[] wy = Arrays.copyOfRange(y, i - window + 1, i + 1);
        assertThat(rolling[i])
            .as("index %d", i)
            .isCloseTo(Capture.correlation(wx, wy), within(ROLLING_TOL));
      }
    }
  }

  @Test
  void rollingCorrelation_constantWindowOrShortSeries_giveNaN() {
    double[] x = {0.01, 0.01, 0.01, 0.02, 0.03};
    double[] y = {0.02, 0.01, 0.03, 0.02, 0.01};
    double[] c = Capture.rollingCorrelation(x, y, 3);
    assertThat(c[2]).isNaN();
    assertThat(c[3]).isFinite();
    assertThat(Capture.rollingCorrelation(x, y, 6)).containsOnly(Double.NaN);
  }

  @Test
  void betaAndCorrelation_tooLittleDataOrConstantBenchmark_giveNaN() {
    assertThat(Capture.beta(new double[] {0.1}, new double[] {0.2})).isNaN();
    assertThat(Capture.beta(new double[] {0.1, 0.2}, new double[] {0.3, 0.3})).isNaN();
    assertThat(Capture.correlation(new double[] {0.1, 0.1}, new double[] {0.3, 0.2})).isNaN();
    assertThat(Capture.upCapture(new double[] {0.1}, new double[] {-0.1}, 12)).isNaN();
    assertThat(Capture.downCapture(new double[] {0.1}, new double[] {0.1}, 12)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 0, -3})
  void rollingCorrelation_windowBelowTwo_isRejected(int window) {
    assertThatThrownBy(() -> Capture.rollingCorrelation(new double[3], new double[3], window))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("window");
  }

  @Test
  void kernels_lengthMismatch_isRejected() {
    assertThatThrownBy(() -> Capture.beta(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("benchmark");
    assertThatThrownBy(() -> Capture.upCapture(new double[2], new double[3], 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("benchmark");
  }
}
