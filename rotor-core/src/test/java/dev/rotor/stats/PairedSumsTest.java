package dev.rotor.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PairedSumsTest {

  private static final double TOL = 1e-12;

  @Test
  void of_handWorked_meansAndCentredSums() {
    // x = 1..4, y = 2, 4, 5, 9: means 2.5 and 5; dx = -1.5, -0.5, 0.5, 1.5; dy = -3, -1, 0, 4;
    // sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5, sxy = 4.5 + 0.5 + 0 + 6 = 11, syy = 9 + 1 + 0 + 16 = 26.
    PairedSums s = PairedSums.of(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9}, 4);
    assertThat(s.n()).isEqualTo(4);
    assertThat(s.meanX()).isCloseTo(2.5, within(TOL));
    assertThat(s.meanY()).isCloseTo(5.0, within(TOL));
    assertThat(s.sxx()).isCloseTo(5.0, within(TOL));
    assertThat(s.sxy()).isCloseTo(11.0, within(TOL));
    assertThat(s.syy()).isCloseTo(26.0, within(TOL));
  }

  @Test
  void correlation_handWorked_matchesNumpy() {
    // /usr/bin/python3 -c "import numpy as np; print(repr(np.corrcoef([1,2,3,4.],
    // [2,4,5,9.])[0,1]))"
    // -> 0.9647638212377321 (= 11 / sqrt(130)).
    PairedSums s = PairedSums.of(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9}, 4);
    assertThat(s.correlation()).isCloseTo(0.9647638212377321, within(TOL));
  }

  @Test
  void of_prefix_usesFirstNPairsOnly() {
    PairedSums s =
        PairedSums.of(new double[] {1, 2, 3, 4, 1e9}, new double[] {2, 4, 5, 9, -1e9}, 4);
    assertThat(s.sxy()).isCloseTo(11.0, within(TOL));
  }

  @Test
  void correlation_tooFewOrConstant_nan() {
    assertThat(PairedSums.of(new double[] {1, 2}, new double[] {3, 5}, 2).correlation()).isNaN();
    assertThat(PairedSums.of(new double[] {1, 1, 1}, new double[] {3, 5, 6}, 3).correlation())
        .isNaN();
    assertThat(PairedSums.of(new double[0], new double[0], 0).meanX()).isNaN();
  }

  @Test
  void correlation_seededRandom_invariantToAffineMapsAndBounded() {
    Random rnd = new Random(20261124L);
    for (int k = 0; k < 50; k++) {
      int n = 3 + rnd.nextInt(200);
      double[] x = new double[n];
      double[] y = new double[n];
      double[] x2 = new double[n];
      double[] y2 = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = rnd.nextGaussian();
        y[i] = 0.5 * x[i] + rnd.nextGaussian();
        x2[i] = 3 * x[i] - 7;
        y2[i] = -2 * y[i] + 1;
      }
      double r = PairedSums.of(x, y, n).correlation();
      assertThat(r).isBetween(-1.0, 1.0);
      assertThat(PairedSums.of(x2, y2, n).correlation()).isCloseTo(-r, within(1e-10));
      assertThat(PairedSums.of(y, x, n).correlation()).isCloseTo(r, within(TOL));
    }
  }

  static Stream<Arguments> badArguments() {
    double[] three = {1, 2, 3};
    return Stream.of(
        Arguments.of(null, three, 3, "x:"),
        Arguments.of(three, null, 3, "y:"),
        Arguments.of(three, three, -1, "n:"),
        Arguments.of(three, new double[] {1, 2}, 3, "n:"));
  }

  @ParameterizedTest
  @MethodSource("badArguments")
  void of_badArgument_throwsNamingIt(double[] x, double[] y, int n, String name) {
    assertThatThrownBy(() -> PairedSums.of(x, y, n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }
}
