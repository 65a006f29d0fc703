package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DailyMeasuresTest {

  private static final double TOL = 1e-12;

  /** Relative tolerance of invariants that reorder floating-point operations. */
  private static final double REL = 1e-12;

  private static final double NAN = Double.NaN;

  @Test
  void returns_threeCloses_simpleReturnsNaNFirst() {
    double[] r = DailyMeasures.returns(new double[] {100, 102, 99.96});
    assertThat(r[0]).isNaN();
    assertThat(r[1]).isCloseTo(0.02, within(TOL));
    assertThat(r[2]).isCloseTo(-0.02, within(TOL)); // 99.96 / 102 = 0.98
  }

  @Test
  void amihud_handWorked_absoluteReturnPerMillionDollars() {
    // r1 = 0.02, DV1 = 102 * 2000 = 204,000 -> 1e6 * 0.02 / 204,000 = 0.0980392156862745
    // r2 = -0.02, DV2 = 99.96 * 500 = 49,980 -> 1e6 * 0.02 / 49,980 = 0.4001600640256102
    double[] a =
        DailyMeasures.amihud(new double[] {100, 102, 99.96}, new double[] {1000, 2000, 500});
    assertThat(a[0]).isNaN();
    assertThat(a[1]).isCloseTo(0.0980392156862745, within(TOL));
    assertThat(a[2]).isCloseTo(0.4001600640256102, within(TOL));
  }

  @Test
  void amihud_zeroOrMissingVolume_dayExcluded() {
    double[] a =
        DailyMeasures.amihud(new double[] {100, 101, 102, 103}, new double[] {5, 0, NAN, 7});
    assertThat(a[1]).isNaN();
    assertThat(a[2]).isNaN();
    assertThat(a[3]).isCloseTo(1e6 * (103.0 / 102 - 1) / (103 * 7), within(TOL));
  }

  @Test
  void dollarVolume_closeTimesVolume_NaNWhereVolumeMissing() {
    double[] dv = DailyMeasures.dollarVolume(new double[] {10, 20}, new double[] {3, NAN});
    assertThat(dv[0]).isEqualTo(30.0);
    assertThat(dv[1]).isNaN();
  }

  @Test
  void twoDaySpread_identicalBars_equalsRangeOverMidpoint() {
    // a = b = h = ln(101/99); beta = 2 h^2; gamma = h^2 (the two-day range is the day's range).
    // (sqrt(2 beta) - sqrt(beta)) / (3 - 2 sqrt 2) = h (2 - sqrt 2) / (sqrt 2 - 1)^2 = h (2 + sqrt
    // 2)
    // sqrt(gamma / (3 - 2 sqrt 2)) = h / (sqrt 2 - 1) = h (1 + sqrt 2)  ->  alpha = h
    // S = 2 (e^h - 1) / (e^h + 1) with e^h = 101/99: 2 (2/99) / (200/99) = 0.02 = (H - L) / mid
    assertThat(DailyMeasures.twoDaySpread(101, 99, 101, 99)).isCloseTo(0.02, within(TOL));
  }

  @Test
  void twoDaySpread_rangeWidensOverTwoDays_negativeSetToZero() {
    // a = ln(101/99) = 0.0200006667, b = ln(102/100) = 0.0198026273, beta = 0.000792170717,
    // gamma = ln(102/99)^2 = 0.000891199409; alpha = (1 + sqrt 2)(sqrt beta - sqrt gamma)
    // = -0.0041221144 -> S = -0.0041221085 < 0 -> 0
    assertThat(DailyMeasures.twoDaySpread(101, 99, 102, 100)).isEqualTo(0.0);
  }

  @Test
  void corwinSchultz_gapUpAdjusted_secondDayShiftedDownToTheClose() {
    // day 1: H 102, L 98, C 99. day 2 raw: H 103, L 101 > 99 -> both lowered by 2: H 101, L 99.
    // beta = ln(102/98)^2 + ln(101/99)^2 = 0.00160042680 + 0.00040002667 = 0.00200045347
    // gamma = ln(102/98)^2 = 0.00160042680; alpha = 0.0113977305 -> S = 0.0113976071195
    // unadjusted: gamma = ln(103/98)^2 = 0.00247620783 > beta... alpha = -0.0125758 -> 0
    double[] h = {102, 103};
    double[] l = {98, 101};
    double[] c = {99, 102};
    double[] adj = DailyMeasures.corwinSchultz(h, l, c, SpreadVariant.OVERNIGHT_ADJUSTED);
    double[] raw = DailyMeasures.corwinSchultz(h, l, c, SpreadVariant.UNADJUSTED);
    assertThat(adj[0]).isNaN();
    assertThat(adj[1]).isCloseTo(0.0113976071195, within(1e-12));
    assertThat(raw[1]).isEqualTo(0.0);
  }

  @Test
  void corwinSchultz_gapDownAdjusted_secondDayShiftedUpToTheClose() {
    // day 1: H 102, L 98, C 101. day 2 raw: H 97 < 101 -> both raised by 4: H 101, L 99: the same
    // adjusted pair as the gap-up case, S = 0.0113976071195; unadjusted alpha = -0.0627 -> 0
    double[] h = {102, 97};
    double[] l = {98, 95};
    double[] c = {101, 96};
    assertThat(DailyMeasures.corwinSchultz(h, l, c, SpreadVariant.OVERNIGHT_ADJUSTED)[1])
        .isCloseTo(0.0113976071195, within(1e-12));
    assertThat(DailyMeasures.corwinSchultz(h, l, c, SpreadVariant.UNADJUSTED)[1]).isEqualTo(0.0);
  }

  @Test
  void corwinSchultz_noGap_variantsAgree() {
    double[] h = {101, 101.5};
    double[] l = {99, 99.5};
    double[] c = {100, 100};
    assertThat(DailyMeasures.corwinSchultz(h, l, c, SpreadVariant.OVERNIGHT_ADJUSTED)[1])
        .isEqualTo(DailyMeasures.corwinSchultz(h, l, c, SpreadVariant.UNADJUSTED)[1]);
  }

  @Test
  void corwinSchultz_missingHighOrLow_pairsTouchingItAreNaN() {
    double[] h = {101, NAN, 101, 101};
    double[] l = {99, 99, 99, 99};
    double[] c = {100, 100, 100, 100};
    double[] s = DailyMeasures.corwinSchultz(h, l, c, SpreadVariant.OVERNIGHT_ADJUSTED);
    assertThat(s[1]).isNaN();
    assertThat(s[2]).isNaN();
    assertThat(s[3]).isCloseTo(0.02, within(TOL));
  }

  @Test
  void amihud_volumeScaledByK_dividedByK() {
    Random rnd = new Random(11);
    Bars b = Bars.random(rnd, 400);
    double k = 7.5;
    double[] scaled = b.volume.clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= k;
    }
    double[] a = DailyMeasures.amihud(b.close, b.volume);
    double[] ak = DailyMeasures.amihud(b.close, scaled);
    for (int i = 1; i < a.length; i++) {
      assertThat(ak[i]).isCloseTo(a[i] / k, within(REL * a[i]));
    }
  }

  @Test
  void corwinSchultz_randomBars_nonNegativeAndScaleInvariant() {
    Random rnd = new Random(5);
    Bars b = Bars.random(rnd, 2000);
    double k = 3.25;
    double[] hk = b.high.clone();
    double[] lk = b.low.clone();
    double[] ck = b.close.clone();
    for (int i = 0; i < hk.length; i++) {
      hk[i] *= k;
      lk[i] *= k;
      ck[i] *= k;
    }
    for (SpreadVariant v : SpreadVariant.values()) {
      double[] s = DailyMeasures.corwinSchultz(b.high, b.low, b.close, v);
      double[] sk = DailyMeasures.corwinSchultz(hk, lk, ck, v);
      int positive = 0;
      for (int i = 1; i < s.length; i++) {
        assertThat(s[i]).isGreaterThanOrEqualTo(0.0).isLessThan(2.0);
        assertThat(sk[i]).isCloseTo(s[i], within(1e-9));
        positive += s[i] > 0 ? 1 : 0;
      }
      // the random bars carry a spread, so most two-day estimates are positive
      assertThat(positive).isGreaterThan(s.length / 4);
    }
  }

  @Test
  void corwinSchultz_plantedSpreadOnSimulatedPrices_recoveredRoughly() {
    // Corwin-Schultz's model: a mid price following a random walk observed many times a day;
    // highs are at the ask (mid * (1 + S/2)) and lows at the bid. With S = 1 % and small daily
    // volatility the average estimate should land near 1 % (the estimator is biased but close).
    Random rnd = new Random(2012);
    int days = 3000;
    int ticks = 390;
    double spread = 0.01;
    double sigmaTick = 0.004 / Math.sqrt(ticks);
    double[] h = new double[days];
    double[] l = new double[days];
    double[] c = new double[days];
    double mid = 100;
    for (int d = 0; d < days; d++) {
      double hi = 0;
      double lo = Double.MAX_VALUE;
      for (int t = 0; t < ticks; t++) {
        mid *= Math.exp(sigmaTick * rnd.nextGaussian());
        hi = Math.max(hi, mid);
        lo = Math.min(lo, mid);
      }
      h[d] = hi * (1 + spread / 2);
      l[d] = lo * (1 - spread / 2);
      c[d] = mid * (rnd.nextBoolean() ? 1 + spread / 2 : 1 - spread / 2);
    }
    double[] s = DailyMeasures.corwinSchultz(h, l, c, SpreadVariant.OVERNIGHT_ADJUSTED);
    double mean = WindowStats.mean(s, 0, days);
    // measured: 0.00995 (0.00994 unadjusted; no overnight gaps are simulated)
    assertThat(mean).isCloseTo(spread, within(0.001));
  }
}
