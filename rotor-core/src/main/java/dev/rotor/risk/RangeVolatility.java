package dev.rotor.risk;

/**
 * Range-based volatility estimators from open, high, low and close prices. Each returns a
 * <b>per-period</b> volatility (the square root of the mean per-bar variance); annualise with
 * {@link Volatility#annualise}. Static, pure, one pass, no allocation.
 *
 * <p>Inputs are parallel arrays, one element per bar. A bar whose open, high or low is NaN (absent
 * in the source) is skipped; every price that is used must be finite and positive, with {@code high
 * >= low}, else the call fails naming the bar index. Bars are otherwise used as given (a high below
 * the close is not corrected). Too few usable bars give NaN: 2 for Parkinson and Garman-Klass, 2
 * periods (3 bars) for Yang-Zhang.
 */
public final class RangeVolatility {

  private static final double LN2 = Math.log(2.0);

  private RangeVolatility() {}

  /**
   * Parkinson (1980), "The extreme value method for estimating the variance of the rate of return",
   * <i>Journal of Business</i> 53(1): {@code sigma^2 = mean(ln(H/L)^2) / (4 ln 2)}.
   */
  public static double parkinson(double[] high, double[] low) {
    requireSameLength(high, low, "low");
    double s = 0;
    int n = 0;
    for (int i = 0; i < high.length; i++) {
      if (Double.isNaN(high[i]) || Double.isNaN(low[i])) {
        continue;
      }
      requireBar(i, high[i], high[i], low[i], low[i]);
      double hl = Math.log(high[i] / low[i]);
      s += hl * hl;
      n++;
    }
    return n < 2 ? Double.NaN : Math.sqrt(s / n / (4.0 * LN2));
  }

  /**
   * Garman and Klass (1980), "On the estimation of security price volatilities from historical
   * data", <i>Journal of Business</i> 53(1), the practical estimator {@code sigma^2 = mean(0.5
   * ln(H/L)^2 - (2 ln 2 - 1) ln(C/O)^2)}. Uses no previous close, so overnight gaps are not
   * measured.
   */
  public static double garmanKlass(double[] open, double[] high, double[] low, double[] close) {
    requireOhlc(open, high, low, close);
    double k = 2.0 * LN2 - 1.0;
    double s = 0;
    int n = 0;
    for (int i = 0; i < close.length; i++) {
      if (Double.isNaN(open[i]) || Double.isNaN(high[i]) || Double.isNaN(low[i])) {
        continue;
      }
      requireBar(i, open[i], high[i], low[i], close[i]);
      double hl = Math.log(high[i] / low[i]);
      double co = Math.log(close[i] / open[i]);
      s += 0.5 * hl * hl - k * co * co;
      n++;
    }
    return n < 2 ? Double.NaN : Math.sqrt(s / n);
  }

  /**
   * Yang and Zhang (2000), "Drift-independent volatility estimation based on high, low, open, and
   * close prices", <i>Journal of Business</i> 73(3): {@code sigma^2 = V_o + k V_c + (1 - k) V_rs}
   * with {@code V_o} the sample variance (divisor {@code n - 1}) of the overnight returns {@code
   * ln(O_t / C_{t-1})}, {@code V_c} that of the open-to-close returns {@code ln(C_t / O_t)}, {@code
   * V_rs} the mean Rogers-Satchell term and {@code k = 0.34 / (1.34 + (n + 1) / (n - 1))}, over the
   * {@code n} periods {@code t = 1..} whose bar has open, high and low. Bar 0 only supplies the
   * previous close of bar 1.
   */
  public static double yangZhang(double[] open, double[] high, double[] low, double[] close) {
    requireOhlc(open, high, low, close);
    // One pass with running sums of the shifted values (shift = the first value) for accuracy.
    int n = 0;
    double o0 = 0;
    double c0 = 0;
    double so = 0;
    double soo = 0;
    double sc = 0;
    double scc = 0;
    double srs = 0;
    for (int i = 1; i < close.length; i++) {
      if (Double.isNaN(open[i]) || Double.isNaN(high[i]) || Double.isNaN(low[i])) {
        continue;
      }
      requireBar(i, open[i], high[i], low[i], close[i]);
      requirePositive(i - 1, close[i - 1]);
      double o = Math.log(open[i] / close[i - 1]);
      double c = Math.log(close[i] / open[i]);
      if (n == 0) {
        o0 = o;
        c0 = c;
      }
      double dob = o - o0;
      double dc = c - c0;
      so += dob;
      soo += dob * dob;
      sc += dc;
      scc += dc * dc;
      srs += rogersSatchellTerm(open[i], high[i], low[i], close[i]);
      n++;
    }
    if (n < 2) {
      return Double.NaN;
    }
    double vo = (soo - so * so / n) / (n - 1);
    double vc = (scc - sc * sc / n) / (n - 1);
    double vrs = srs / n;
    double k = 0.34 / (1.34 + (n + 1.0) / (n - 1.0));
    return Math.sqrt(vo + k * vc + (1.0 - k) * vrs);
  }

  /**
   * Rogers and Satchell (1991), "Estimating variance from high, low and closing prices", <i>Annals
   * of Applied Probability</i> 1(4): {@code sigma^2 = mean(ln(H/C) ln(H/O) + ln(L/C) ln(L/O))}.
   */
  public static double rogersSatchell(double[] open, double[] high, double[] low, double[] close) {
    requireOhlc(open, high, low, close);
    double s = 0;
    int n = 0;
    for (int i = 0; i < close.length; i++) {
      if (Double.isNaN(open[i]) || Double.isNaN(high[i]) || Double.isNaN(low[i])) {
        continue;
      }
      requireBar(i, open[i], high[i], low[i], close[i]);
      s += rogersSatchellTerm(open[i], high[i], low[i], close[i]);
      n++;
    }
    return n < 2 ? Double.NaN : Math.sqrt(s / n);
  }

  private static double rogersSatchellTerm(double o, double h, double l, double c) {
    return Math.log(h / c) * Math.log(h / o) + Math.log(l / c) * Math.log(l / o);
  }

  private static void requireOhlc(double[] open, double[] high, double[] low, double[] close) {
    requireSameLength(close, open, "open");
    requireSameLength(close, high, "high");
    requireSameLength(close, low, "low");
  }

  private static void requireSameLength(double[] reference, double[] other, String name) {
    if (other.length != reference.length) {
      throw new IllegalArgumentException(
          name + ": length " + other.length + " differs from " + reference.length);
    }
  }

  private static void requireBar(int i, double open, double high, double low, double close) {
    requirePositive(i, open);
    requirePositive(i, high);
    requirePositive(i, low);
    requirePositive(i, close);
    if (high < low) {
      throw new IllegalArgumentException("high: " + high + " is below low " + low + " at bar " + i);
    }
  }

  private static void requirePositive(int i, double price) {
    if (!(price > 0) || Double.isInfinite(price)) {
      throw new IllegalArgumentException(
          "prices: " + price + " at bar " + i + " is not a positive finite price");
    }
  }
}
