package dev.rotor.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowSumsTest {

  /** Relative agreement with straightforward sums. */
  private static final double TOL = 1e-13;

  @Test
  void sums_handWorkedWindow_matchArithmetic() {
    // x = {1, 2, 4} shifted by c = 4: -3, -2, 0, sum -5, mean -5/3;
    // deviations -4/3, -1/3, 5/3: squares 42/9; with y = {3, 1, 4} (c = 4, mean -4/3):
    // deviations 1/3, -5/3, 4/3, products (-4 + 5 + 20)/9 = 21/9
    double[] x = {1, 2, 4};
    double[] y = {3, 1, 4};

    assertThat(WindowSums.shiftedSum(x, 0, 3, 4)).isEqualTo(-5.0);
    assertThat(WindowSums.centredSquares(x, 0, 3, 4, -5.0 / 3)).isCloseTo(42.0 / 9, within(1e-14));
    assertThat(WindowSums.centredProducts(x, y, 0, 3, 4, 4, -5.0 / 3, -4.0 / 3))
        .isCloseTo(21.0 / 9, within(1e-14));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 63, 64})
  void sums_seededWindowOfAnyLength_equalStraightforwardSums(int length) {
    SplittableRandom random = new SplittableRandom(length);
    double[] x = StatsOracle.gaussian(random, length + 10, 5, 2);
    double[] y = StatsOracle.gaussian(random, length + 10, -1, 3);
    int from = 7;
    int to = from + length;
    double cx = x[to - 1];
    double cy = y[to - 1];

    double sx = 0;
    double sy = 0;
    for (int j = from; j < to; j++) {
      sx += x[j] - cx;
      sy += y[j] - cy;
    }
    double mx = sx / length;
    double my = sy / length;
    double qx = 0;
    double cxy = 0;
    for (int j = from; j < to; j++) {
      qx += (x[j] - cx - mx) * (x[j] - cx - mx);
      cxy += (x[j] - cx - mx) * (y[j] - cy - my);
    }

    assertThat(WindowSums.shiftedSum(x, from, to, cx)).isCloseTo(sx, within(TOL * length * 2));
    assertThat(WindowSums.centredSquares(x, from, to, cx, mx))
        .isCloseTo(qx, within(TOL * (qx + 1)));
    assertThat(WindowSums.centredProducts(x, y, from, to, cx, cy, mx, my))
        .isCloseTo(cxy, within(TOL * (Math.abs(cxy) + 1) * length));
  }

  @Test
  void centredSquares_roundedMean_removesFirstOrderError() {
    // Deviations from a mean that is off by e: sum (d - e)^2 = sum d^2 + n e^2 after the
    // correction -(sum (d - e))^2 / n = -n e^2, so the result does not depend on e.
    double[] x = {1, 2, 4, 7, 11};
    double exact = WindowSums.centredSquares(x, 0, 5, 0, 5);

    assertThat(WindowSums.centredSquares(x, 0, 5, 0, 5 + 1e-3)).isCloseTo(exact, within(1e-12));
    assertThat(exact).isCloseTo(66.0, within(1e-12)); // deviations -4, -3, -1, 2, 6
  }
}
