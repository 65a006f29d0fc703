package dev.rotor.returns;

import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;

/**
 * Return kernels: prices to returns, conversions and compounding. Static and pure.
 *
 * <p>Too little data gives NaN (compounding an empty array gives 0, the identity). Non-positive
 * prices are an error, since neither kind of return is defined for them.
 */
public final class Returns {

  private Returns() {}

  /**
   * One-period returns of {@code prices}: element {@code i} is the return from {@code prices[i]} to
   * {@code prices[i + 1]}; length {@code prices.length - 1} (empty for fewer than 2 prices).
   *
   * @throws IllegalArgumentException when a price is not finite and positive
   */
  public static double[] fromPrices(double[] prices, ReturnKind kind) {
    if (prices.length < 2) {
      return new double[0];
    }
    double[] out = new double[prices.length - 1];
    for (int i = 0; i < prices.length; i++) {
      if (!(prices[i] > 0) || Double.isInfinite(prices[i])) {
        throw new IllegalArgumentException(
            "prices: " + prices[i] + " at index " + i + " is not a positive finite price");
      }
      if (i > 0) {
        double ratio = prices[i] / prices[i - 1];
        out[i - 1] = kind == ReturnKind.SIMPLE ? ratio - 1.0 : Math.log(ratio);
      }
    }
    return out;
  }

  /**
   * Returns of a price series, each dated at the end of its period; the first observation yields no
   * return.
   */
  public static DateSeries fromPrices(DateSeries prices, ReturnKind kind) {
    if (prices.size() < 2) {
      return DateSeries.empty();
    }
    double[] r = fromPrices(prices.values(), kind);
    LocalDate[] all = prices.dates();
    LocalDate[] d = new LocalDate[r.length];
    System.arraycopy(all, 1, d, 0, r.length);
    return DateSeries.of(d, r);
  }

  /**
   * Returns of bars on the named price basis.
   *
   * @throws IllegalArgumentException when the basis is {@link PriceBasis#TOTAL} and the bars carry
   *     no adjusted close
   */
  public static DateSeries fromBars(BarSeries bars, PriceBasis basis, ReturnKind kind) {
    if (!bars.has(basis.field())) {
      throw new IllegalArgumentException(
          "basis: "
              + basis
              + " needs the "
              + basis.field().label()
              + " field, which these bars do not carry");
    }
    return fromPrices(bars.field(basis.field()), kind);
  }

  /** Converts a simple return to a log return: {@code ln(1 + r)}. */
  public static double simpleToLog(double simple) {
    return Math.log1p(simple);
  }

  /** Converts a log return to a simple return: {@code exp(r) - 1}. */
  public static double logToSimple(double log) {
    return Math.expm1(log);
  }

  /**
   * The total simple return of consecutive one-period returns of {@code kind}: {@code prod(1 + r) -
   * 1} for simple, {@code exp(sum r) - 1} for log. An empty array compounds to 0.
   */
  public static double compound(double[] returns, ReturnKind kind) {
    if (kind == ReturnKind.LOG) {
      double s = 0;
      for (double r : returns) {
        s += r;
      }
      return Math.expm1(s);
    }
    double logSum = 0;
    for (double r : returns) {
      logSum += Math.log1p(r);
    }
    return Math.expm1(logSum);
  }

  /**
   * A growth-of-one index from simple returns: element {@code i} is the value after {@code i + 1}
   * periods starting from {@code 1.0}.
   */
  public static double[] cumulative(double[] simpleReturns) {
    double[] out = new double[simpleReturns.length];
    double level = 1.0;
    for (int i = 0; i < simpleReturns.length; i++) {
      level *= 1.0 + simpleReturns[i];
      out[i] = level;
    }
    return out;
  }

  /**
   * Annualised (geometric) return from a total simple return over {@code periods} periods of a
   * frequency with {@code periodsPerYear}: {@code (1 + total)^(periodsPerYear / periods) - 1}. NaN
   * when {@code periods} is not positive.
   */
  public static double annualise(double totalSimple, double periods, int periodsPerYear) {
    if (!(periods > 0)) {
      return Double.NaN;
    }
    return Math.pow(1.0 + totalSimple, periodsPerYear / periods) - 1.0;
  }
}
