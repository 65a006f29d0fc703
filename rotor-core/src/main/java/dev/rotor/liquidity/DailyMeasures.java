package dev.rotor.liquidity;

import java.util.Arrays;

/**
 * Daily quantities on parallel bar arrays: returns, dollar volume, the Amihud ratio and the
 * Corwin-Schultz two-day spread. Each output {@code [i]} is dated on bar {@code i} and depends on
 * bars {@code i - 1} and {@code i} only; NaN where it is undefined. Inputs are trusted (validated
 * by {@link Liquidity}): closes positive, volumes non-negative or NaN, highs and lows positive with
 * {@code high >= low}, or NaN.
 */
final class DailyMeasures {

  /** Amihud's scaling: ILLIQ is reported per US$1 million of daily volume (Amihud 2002). */
  static final double AMIHUD_SCALE = 1e6;

  /** {@code 3 - 2 sqrt(2)}, the denominator of the Corwin-Schultz alpha. */
  private static final double CS_K = 3.0 - 2.0 * Math.sqrt(2.0);

  private DailyMeasures() {}

  /** Simple returns {@code c[i] / c[i-1] - 1}; NaN at 0. */
  static double[] returns(double[] close) {
    double[] r = new double[close.length];
    if (r.length > 0) {
      r[0] = Double.NaN;
    }
    for (int i = 1; i < close.length; i++) {
      r[i] = close[i] / close[i - 1] - 1.0;
    }
    return r;
  }

  /** Dollar volume {@code c[i] v[i]}; NaN where the volume is NaN. */
  static double[] dollarVolume(double[] close, double[] volume) {
    double[] dv = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      dv[i] = close[i] * volume[i];
    }
    return dv;
  }

  /**
   * Amihud's daily ratio {@code 1e6 |r[i]| / (c[i] v[i])}; NaN at 0, where the volume is NaN, and
   * on zero-volume days (excluded, as in Amihud 2002, which averages over days with volume).
   */
  static double[] amihud(double[] close, double[] volume) {
    double[] r = returns(close);
    double[] a = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      double dv = close[i] * volume[i];
      a[i] = dv > 0 ? AMIHUD_SCALE * Math.abs(r[i]) / dv : Double.NaN;
    }
    return a;
  }

  /**
   * Corwin-Schultz two-day spread estimates: {@code [i]} uses bars {@code i - 1} and {@code i}; NaN
   * at 0 and where a high or low of either bar is NaN; negative estimates set to 0.
   *
   * <pre>
   * overnight (OVERNIGHT_ADJUSTED only), on bar i against the close of bar i-1:
   *   L_i > C_{i-1}: H_i, L_i -= L_i - C_{i-1};   H_i < C_{i-1}: H_i, L_i += C_{i-1} - H_i
   * beta  = ln(H_{i-1}/L_{i-1})^2 + ln(H_i/L_i)^2
   * gamma = ln(max(H_{i-1}, H_i) / min(L_{i-1}, L_i))^2
   * alpha = (sqrt(2 beta) - sqrt(beta)) / (3 - 2 sqrt 2) - sqrt(gamma / (3 - 2 sqrt 2))
   * S     = max(0, 2 (e^alpha - 1) / (1 + e^alpha))
   * </pre>
   */
  static double[] corwinSchultz(
      double[] high, double[] low, double[] close, SpreadVariant variant) {
    double[] s = new double[close.length];
    Arrays.fill(s, Double.NaN);
    for (int i = 1; i < close.length; i++) {
      double h0 = high[i - 1];
      double l0 = low[i - 1];
      double h1 = high[i];
      double l1 = low[i];
      if (Double.isNaN(h0) || Double.isNaN(l0) || Double.isNaN(h1) || Double.isNaN(l1)) {
        continue;
      }
      if (variant == SpreadVariant.OVERNIGHT_ADJUSTED) {
        double c0 = close[i - 1];
        double shift = 0;
        if (l1 > c0) {
          shift = c0 - l1;
        } else if (h1 < c0) {
          shift = c0 - h1;
        }
        h1 += shift;
        l1 += shift;
      }
      s[i] = twoDaySpread(h0, l0, h1, l1);
    }
    return s;
  }

  /** The two-day estimate for bars (h0, l0) then (h1, l1), negatives set to 0. */
  static double twoDaySpread(double h0, double l0, double h1, double l1) {
    double a = Math.log(h0 / l0);
    double b = Math.log(h1 / l1);
    double beta = a * a + b * b;
    double g = Math.log(Math.max(h0, h1) / Math.min(l0, l1));
    double gamma = g * g;
    double alpha = (Math.sqrt(2.0 * beta) - Math.sqrt(beta)) / CS_K - Math.sqrt(gamma / CS_K);
    double e = Math.exp(alpha);
    double spread = 2.0 * (e - 1.0) / (1.0 + e);
    return Math.max(spread, 0.0);
  }
}
