package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErgodicTransitionsTest {

  private static final double TOL = 1e-12;

  /**
   * stay 8, leave 2, other 0.25: the quadratic is {@code (1 - 10) u^2 + (2 - 1 - 0.25 * 10) u + 2 *
   * 0.25 = -9 u^2 - 1.5 u + 0.5 = 0}, root in (0, 1): {@code u = (-1.5 + sqrt(2.25 + 18)) / 18 =
   * 1/6}. Check: {@code -8 / (5/6) + 2 / (1/6) - 1 / (1/6 + 1/4) = -9.6 + 12 - 2.4 = 0}.
   */
  @Test
  void leaving_handWorkedQuadratic_isOneSixth() {
    assertThat(ErgodicTransitions.leaving(8, 2, 0.25)).isCloseTo(1.0 / 6, within(TOL));
  }

  @Test
  void leaving_neverLeft_isFloor() {
    // Q = 10 log(1 - u) - log(u + 0.1) decreases in u: the maximum is at the floor.
    assertThat(ErgodicTransitions.leaving(10, 0, 0.1)).isEqualTo(ErgodicTransitions.PROB_FLOOR);
  }

  @Test
  void leaving_neverStayed_isOneMinusFloor() {
    // Q = 3 log u - log(u + 0.1) increases in u: the maximum is at 1 - floor.
    assertThat(ErgodicTransitions.leaving(0, 3, 0.1)).isEqualTo(1 - ErgodicTransitions.PROB_FLOOR);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void maximise_randomCounts_isStationaryAndBeatsRandomPoints(long seed) {
    Random r = new Random(seed);
    double[] t = {50 * r.nextDouble(), 5 * r.nextDouble(), 5 * r.nextDouble(), 50 * r.nextDouble()};
    double g0 = r.nextDouble();
    double[] out = new double[2];
    ErgodicTransitions.maximise(t, g0, 1 - g0, out);
    double u = 1 - out[0];
    double v = 1 - out[1];
    double a = t[0];
    double b = t[1] + 1 - g0;
    double c = t[3];
    double d = t[2] + g0;
    // Stationary: both partial derivatives of Q vanish.
    assertThat(-a / (1 - u) + b / u - 1 / (u + v)).isCloseTo(0, within(1e-8 * (a + b) / u));
    assertThat(-c / (1 - v) + d / v - 1 / (u + v)).isCloseTo(0, within(1e-8 * (c + d) / v));
    double best = q(a, b, c, d, u, v);
    assertThat(best)
        .isGreaterThanOrEqualTo(q(a, b, c, d, t[1] / (t[0] + t[1]), t[2] / (t[2] + t[3])));
    for (int k = 0; k < 2000; k++) {
      assertThat(best).isGreaterThanOrEqualTo(q(a, b, c, d, r.nextDouble(), r.nextDouble()));
    }
  }

  @Test
  void maximise_largeCounts_nearHamiltonClosedForm() {
    // With thousands of transitions the steady-state term moves p by O(1/n).
    double[] t = {9000, 100, 100, 4000};
    double[] out = new double[2];
    ErgodicTransitions.maximise(t, 1, 0, out);
    assertThat(out[0]).isCloseTo(9000.0 / 9100, within(1e-3));
    assertThat(out[1]).isCloseTo(4000.0 / 4100, within(1e-3));
  }

  private static double q(double a, double b, double c, double d, double u, double v) {
    return a * Math.log1p(-u)
        + b * Math.log(u)
        + c * Math.log1p(-v)
        + d * Math.log(v)
        - Math.log(u + v);
  }
}
