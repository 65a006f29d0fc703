package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RangeVolatilityTest {

  private static final double TOL = 1e-12;

  private static final double[] O = {100, 103.5, 104, 101};
  private static final double[] H = {104, 106, 105, 103};
  private static final double[] L = {99, 102, 100, 98};
  private static final double[] C = {103, 105, 101, 102};

  @Test
  void estimators_fourBars_matchNumpy() {
    // /usr/bin/python3 with numpy on the same four bars (the published formulas, per period):
    //   hl = log(H/L); park = sqrt(mean(hl**2) / (4 log 2))                     ->
    // 0.028111106589524475
    //   gk = sqrt(mean(0.5 hl**2 - (2 log 2 - 1) log(C/O)**2))                  ->
    // 0.029983504216001697
    //   rs = log(H/C) log(H/O) + log(L/C) log(L/O); sqrt(mean(rs))              ->
    // 0.029941485318058177
    //   yz over bars 1..3: var(log(O[1:]/C[:-1]), ddof=1) + k var(log(C/O)[1:], ddof=1)
    //      + (1 - k) mean(rs[1:]), k = 0.34 / (1.34 + 4 / 2)                     ->
    // 0.0308779009753757
    assertThat(RangeVolatility.parkinson(H, L)).isCloseTo(0.028111106589524475, within(TOL));
    assertThat(RangeVolatility.garmanKlass(O, H, L, C))
        .isCloseTo(0.029983504216001697, within(TOL));
    assertThat(RangeVolatility.rogersSatchell(O, H, L, C))
        .isCloseTo(0.029941485318058177, within(TOL));
    assertThat(RangeVolatility.yangZhang(O, H, L, C)).isCloseTo(0.0308779009753757, within(TOL));
  }

  @Test
  void estimators_scaledPrices_areUnchanged() {
    double[] o = scale(O, 37.5);
    double[] h = scale(H, 37.5);
    double[] l = scale(L, 37.5);
    double[] c = scale(C, 37.5);
    assertThat(RangeVolatility.parkinson(h, l))
        .isCloseTo(RangeVolatility.parkinson(H, L), within(TOL));
    assertThat(RangeVolatility.garmanKlass(o, h, l, c))
        .isCloseTo(RangeVolatility.garmanKlass(O, H, L, C), within(TOL));
    assertThat(RangeVolatility.yangZhang(o, h, l, c))
        .isCloseTo(RangeVolatility.yangZhang(O, H, L, C), within(TOL));
  }

  @Test
  void estimators_simulatedBrownianDays_recoverDailySigma() {
    // 1,500 days of 390 Gaussian one-minute steps with daily sigma 1% and no overnight gap (open =
    // previous close). The discretely sampled range is slightly narrower than the continuous one
    // (a few percent at 390 steps), so the range estimators land a little below 1%.
    Random rnd = new Random(1980);
    int days = 1500;
    int steps = 390;
    double sigmaStep = 0.01 / Math.sqrt(steps);
    double[] o = new double[days];
    double[] h = new double[days];
    double[] l = new double[days];
    double[] c = new double[days];
    double logP = Math.log(100);
    for (int d = 0; d < days; d++) {
      double open = logP;
      double hi = open;
      double lo = open;
      for (int s = 0; s < steps; s++) {
        logP += sigmaStep * rnd.nextGaussian();
        hi = Math.max(hi, logP);
        lo = Math.min(lo, logP);
      }
      o[d] = Math.exp(open);
      h[d] = Math.exp(hi);
      l[d] = Math.exp(lo);
      c[d] = Math.exp(logP);
    }
    assertThat(RangeVolatility.parkinson(h, l)).isCloseTo(0.01, within(0.0006));
    assertThat(RangeVolatility.garmanKlass(o, h, l, c)).isCloseTo(0.01, within(0.0006));
    assertThat(RangeVolatility.rogersSatchell(o, h, l, c)).isCloseTo(0.01, within(0.0006));
    assertThat(RangeVolatility.yangZhang(o, h, l, c)).isCloseTo(0.01, within(0.0006));
  }

  @Test
  void estimators_barsWithoutOpenHighLow_areSkipped() {
    double nan = Double.NaN;
    double[] o = {100, nan, 103.5, 104, 101};
    double[] h = {104, nan, 106, 105, 103};
    double[] l = {99, 98, 102, 100, 98};
    double[] c = {103, 102.5, 105, 101, 102};
    // Bar 1 lacks open and high: Parkinson and Garman-Klass drop it.
    assertThat(RangeVolatility.parkinson(h, l))
        .isCloseTo(RangeVolatility.parkinson(H, L), within(TOL));
    assertThat(RangeVolatility.garmanKlass(o, h, l, c))
        .isCloseTo(RangeVolatility.garmanKlass(O, H, L, C), within(TOL));
    // Yang-Zhang skips period 1; period 2's overnight return starts from bar 1's close 102.5.
    double yz = RangeVolatility.yangZhang(o, h, l, c);
    assertThat(yz).isFinite().isNotCloseTo(RangeVolatility.yangZhang(O, H, L, C), within(TOL));
  }

  @Test
  void estimators_tooFewBars_giveNaN() {
    double[] one = {100};
    assertThat(RangeVolatility.parkinson(new double[] {104}, new double[] {99})).isNaN();
    assertThat(RangeVolatility.garmanKlass(one, new double[] {104}, new double[] {99}, one))
        .isNaN();
    // Two bars are one Yang-Zhang period: the sample variances need two.
    assertThat(
            RangeVolatility.yangZhang(
                new double[] {100, 101}, new double[] {104, 105},
                new double[] {99, 100}, new double[] {103, 102}))
        .isNaN();
  }

  static Stream<Arguments> badBars() {
    return Stream.of(
        Arguments.of(
            new double[] {100, 0}, new double[] {104, 106}, new double[] {99, 102}, "prices"),
        Arguments.of(
            new double[] {100, 104}, new double[] {104, 101}, new double[] {99, 102}, "high"),
        Arguments.of(
            new double[] {100, 104}, new double[] {104, 106}, new double[] {99, -1}, "prices"),
        Arguments.of(
            new double[] {100, 104},
            new double[] {104, Double.POSITIVE_INFINITY},
            new double[] {99, 102},
            "prices"),
        Arguments.of(new double[] {100}, new double[] {104, 106}, new double[] {99, 102}, "open"));
  }

  @ParameterizedTest
  @MethodSource("badBars")
  void garmanKlass_badBars_areRejectedNamingTheField(
      double[] open, double[] high, double[] low, String field) {
    double[] close = {103, 105};
    assertThatThrownBy(() -> RangeVolatility.garmanKlass(open, high, low, close))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }

  @Test
  void parkinson_lengthMismatch_isRejected() {
    assertThatThrownBy(() -> RangeVolatility.parkinson(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("low");
  }

  private static double[] scale(double[] x, double k) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] * k;
    }
    return out;
  }
}
