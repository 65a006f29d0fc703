package dev.rotor.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EwmaTest {

  /** Relative agreement with pandas and with the explicit weighted sums. */
  private static final double TOL = 1e-12;

  /** Hand-worked values, compared in double arithmetic. */
  private static final double EXACT = 1e-15;

  @Test
  void alpha_span_isTwoOverSpanPlusOne() {
    assertThat(Ewma.alpha(20)).isEqualTo(2.0 / 21);
    assertThat(Ewma.alpha(1)).isEqualTo(1.0);
  }

  @Test
  void meanAndStd_handWorkedSeries_matchPandas() {
    // span 3: alpha = 0.5. mean: 1, 1 + 0.5 * (2 - 1) = 1.5, 1.5 + 0.5 * (3 - 1.5) = 2.25.
    // S: 0, 0.5 * (0 + 0.5 * 1^2) = 0.25, 0.5 * (0.25 + 0.5 * 1.5^2) = 0.6875;
    // W: 1, 0.25 * 1 + 0.25 = 0.5, 0.25 * 0.5 + 0.25 = 0.375; var = 0.25 / 0.5, 0.6875 / 0.625.
    // pandas 1.5.3: pd.Series([1.0, 2, 3]).ewm(span=3, adjust=False).var() -> [nan, 0.5, 1.1]
    double[] x = {1, 2, 3};

    assertThat(Ewma.mean(x, 3)).containsExactly(1.0, 1.5, 2.25);
    double[] s = Ewma.std(x, 3);
    assertThat(s[0]).isNaN();
    assertThat(s[1]).isCloseTo(Math.sqrt(0.5), within(EXACT));
    assertThat(s[2]).isCloseTo(Math.sqrt(1.1), within(EXACT));
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 63})
  void meanAndStd_realRutReturns_matchPandas(int span) {
    StatsOracle oracle = StatsOracle.load();

    double[] m = Ewma.mean(oracle.rut, span);
    double[] s = Ewma.std(oracle.rut, span);

    // The mean is floored at 1e-4 (a typical daily |mean| of returns) as it can cross zero.
    StatsOracle.assertClose(m, oracle.column("rut_ewm_mean_" + span), TOL, 1e-4);
    StatsOracle.assertClose(s, oracle.column("rut_ewm_std_" + span), TOL, 0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.5, 10, 63})
  void meanAndStd_seededRandom_equalExplicitWeightedSums(double span) {
    double[] x = StatsOracle.gaussian(new SplittableRandom(9), 300, 0.001, 0.01);
    double alpha = 2 / (span + 1);

    double[] m = Ewma.mean(x, span);
    double[] s = Ewma.std(x, span);

    for (int t = 1; t < x.length; t++) {
      // weights: alpha (1 - alpha)^(t - i) for i >= 1, (1 - alpha)^t for i = 0; they sum to 1
      double[] w = new double[t + 1];
      for (int i = 0; i <= t; i++) {
        w[i] = i == 0 ? Math.pow(1 - alpha, t) : alpha * Math.pow(1 - alpha, t - i);
      }
      double mean = 0;
      double w2 = 0;
      for (int i = 0; i <= t; i++) {
        mean += w[i] * x[i];
        w2 += w[i] * w[i];
      }
      double biased = 0;
      for (int i = 0; i <= t; i++) {
        biased += w[i] * (x[i] - mean) * (x[i] - mean);
      }
      double sd = Math.sqrt(biased / (1 - w2));
      assertThat(m[t]).as("mean at %d", t).isCloseTo(mean, within(TOL * 0.01));
      assertThat(s[t]).as("std at %d", t).isCloseTo(sd, within(TOL * sd));
    }
  }

  @Test
  void std_largeOffset_equalsStdOfTheNoise() {
    double[] noise = StatsOracle.gaussian(new SplittableRandom(12), 2_000, 0, 1);
    double[] shifted = new double[noise.length];
    for (int i = 0; i < noise.length; i++) {
      shifted[i] = 1e9 + noise[i];
    }

    double[] a = Ewma.std(noise, 20);
    double[] b = Ewma.std(shifted, 20);

    // 1e9 + noise rounds each value to 1.2e-7 (its ulp), which bounds the agreement.
    for (int t = 1; t < noise.length; t++) {
      assertThat(b[t]).isCloseTo(a[t], within(1e-6 * a[t]));
    }
  }

  @Test
  void std_constantSeries_isExactlyZero() {
    double[] x = {0.3, 0.3, 0.3, 0.3};

    assertThat(Ewma.std(x, 5)).containsExactly(Double.NaN, 0.0, 0.0, 0.0);
    assertThat(Ewma.mean(x, 5)).containsOnly(0.3);
  }

  @Test
  void meanAndStd_spanOne_areTheSeriesAndNaN() {
    double[] x = {1, -2, 3};

    assertThat(Ewma.mean(x, 1)).containsExactly(1, -2, 3);
    assertThat(Ewma.std(x, 1)).containsOnly(Double.NaN);
    assertThat(Ewma.std(new double[0], 5)).isEmpty();
    assertThat(Ewma.mean(new double[0], 5)).isEmpty();
  }

  static Stream<Arguments> badInputs() {
    double[] ok = {1, 2, 3};
    return Stream.of(
        Arguments.of(ok, 0.5, "span: 0.5"),
        Arguments.of(ok, 0, "span: 0.0"),
        Arguments.of(ok, Double.NaN, "span: NaN"),
        Arguments.of(ok, Double.POSITIVE_INFINITY, "span: Infinity"),
        Arguments.of(new double[] {1, Double.NaN}, 10, "x: NaN at index 1"),
        Arguments.of(new double[] {Double.NEGATIVE_INFINITY}, 10, "index 0"));
  }

  @ParameterizedTest(name = "span {1}: {2}")
  @MethodSource("badInputs")
  void meanAndStd_badInput_throwIllegalArgumentNamingIt(double[] x, double span, String message) {
    assertThatThrownBy(() -> Ewma.mean(x, span))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
    assertThatThrownBy(() -> Ewma.std(x, span))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
