package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VasicekTest {

  private static final double TOL = 1e-12;
  private static final Vasicek V = new Vasicek(3.0, 2.75, 0.8, 0.85);

  /**
   * Oracle, /usr/bin/python3: 2.75 + (3.0 - 2.75) * (1 - math.exp(-0.8 * 12.5)) / (0.8 * 12.5) and
   * 0.85 / (0.8 * math.sqrt(12.5)).
   */
  @Test
  void expectedAverageAndStandardError_matchPythonOracle() {
    assertThat(V.expectedAverage(12.5)).isCloseTo(2.774998865001756, offset(TOL));
    assertThat(V.averageStandardError(12.5)).isCloseTo(0.30052038200428266, offset(TOL));
  }

  @Test
  void expectedAverage_longHorizon_tendsToMean() {
    assertThat(V.expectedAverage(1e9)).isCloseTo(2.75, offset(1e-9));
  }

  @ParameterizedTest
  @CsvSource({"0.0", "-1.0", "NaN"})
  void expectedAverage_nonPositiveYears_throws(double years) {
    assertThatThrownBy(() -> V.expectedAverage(years))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("years");
    assertThatThrownBy(() -> V.averageStandardError(years))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("years");
  }

  @ParameterizedTest
  @CsvSource({
    "NaN, 1, 1, 1, start",
    "1, Infinity, 1, 1, mean",
    "1, 1, 0, 1, speed",
    "1, 1, -1, 1, speed",
    "1, 1, 1, -0.1, vol",
    "1, 1, 1, NaN, vol"
  })
  void constructor_badArgument_throwsNamingIt(
      double start, double mean, double speed, double vol, String name) {
    assertThatThrownBy(() -> new Vasicek(start, mean, speed, vol))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }
}
