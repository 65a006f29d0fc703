package dev.rotor.sectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Brinson-Fachler (1985) single-period attribution of a portfolio's return over a benchmark's, by
 * sector: allocation {@code (w_P,s − w_B,s)(r_B,s − r_B)}, selection {@code w_B,s (r_P,s − r_B,s)},
 * interaction {@code (w_P,s − w_B,s)(r_P,s − r_B,s)}. When both weight sets sum to 1 the effects
 * sum to {@code r_P − r_B} exactly (up to rounding).
 *
 * <p>Missing returns: a sector absent from one side's weights has weight 0 there; its return on
 * that side may then be missing and is taken equal to the other side's return (so a sector held
 * only by the portfolio has no interaction and only an allocation effect {@code w_P,s(r_P,s −
 * r_B)}, and one held only by the benchmark has allocation {@code −w_B,s(r_B,s − r_B)} and nothing
 * else).
 */
public final class BrinsonFachler {

  /** How far each weight set's sum may be from 1. */
  public static final double WEIGHT_SUM_TOL = 1e-9;

  private BrinsonFachler() {}

  /**
   * Attributes {@code r_P − r_B}.
   *
   * @param portfolioWeights {@code w_P,s}, summing to 1
   * @param portfolioReturns {@code r_P,s}, required for every sector with {@code w_P,s ≠ 0}
   * @param benchmarkWeights {@code w_B,s}, summing to 1
   * @param benchmarkReturns {@code r_B,s}, required for every sector with {@code w_B,s ≠ 0}
   * @throws IllegalArgumentException naming the argument when a weight set does not sum to 1, a
   *     value is not finite, or a needed return is missing (on both sides)
   */
  public static Attribution attribute(
      Map<String, Double> portfolioWeights,
      Map<String, Double> portfolioReturns,
      Map<String, Double> benchmarkWeights,
      Map<String, Double> benchmarkReturns) {
    Objects.requireNonNull(portfolioWeights, "portfolioWeights");
    Objects.requireNonNull(portfolioReturns, "portfolioReturns");
    Objects.requireNonNull(benchmarkWeights, "benchmarkWeights");
    Objects.requireNonNull(benchmarkReturns, "benchmarkReturns");
    TreeSet<String> sectors = new TreeSet<>(portfolioWeights.keySet());
    sectors.addAll(benchmarkWeights.keySet());
    int n = sectors.size();
    double[] wp = new double[n];
    double[] wb = new double[n];
    double[] rp = new double[n];
    double[] rb = new double[n];
    int i = 0;
    for (String s : sectors) {
      wp[i] = weight("portfolioWeights", s, portfolioWeights);
      wb[i] = weight("benchmarkWeights", s, benchmarkWeights);
      Double p = portfolioReturns.get(s);
      Double b = benchmarkReturns.get(s);
      if (p == null && wp[i] == 0) {
        p = b;
      }
      if (b == null && wb[i] == 0) {
        b = p;
      }
      if (p == null) {
        throw new IllegalArgumentException("portfolioReturns: no return for sector " + s);
      }
      if (b == null) {
        throw new IllegalArgumentException("benchmarkReturns: no return for sector " + s);
      }
      rp[i] = Contributions.finite("portfolioReturns", s, p);
      rb[i] = Contributions.finite("benchmarkReturns", s, b);
      i++;
    }
    requireUnitSum("portfolioWeights", wp);
    requireUnitSum("benchmarkWeights", wb);
    double[][] effects = effects(wp, rp, wb, rb);
    double rP = dot(wp, rp);
    double rB = dot(wb, rb);
    List<AttributionRow> rows = new ArrayList<>(n);
    double a = 0;
    double sel = 0;
    double in = 0;
    i = 0;
    for (String s : sectors) {
      rows.add(
          new AttributionRow(
              s, wp[i], wb[i], rp[i], rb[i], effects[0][i], effects[1][i], effects[2][i]));
      a += effects[0][i];
      sel += effects[1][i];
      in += effects[2][i];
      i++;
    }
    return new Attribution(rows, rP, rB, a, sel, in);
  }

  /** Kernel: {allocation, selection, interaction} per sector. */
  static double[][] effects(double[] wp, double[] rp, double[] wb, double[] rb) {
    double rB = dot(wb, rb);
    int n = wp.length;
    double[][] out = new double[3][n];
    for (int i = 0; i < n; i++) {
      double dw = wp[i] - wb[i];
      out[0][i] = dw * (rb[i] - rB);
      out[1][i] = wb[i] * (rp[i] - rb[i]);
      out[2][i] = dw * (rp[i] - rb[i]);
    }
    return out;
  }

  static double dot(double[] w, double[] r) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * r[i];
    }
    return s;
  }

  private static double weight(String argument, String sector, Map<String, Double> weights) {
    Double w = weights.get(sector);
    return w == null ? 0.0 : Contributions.finite(argument, sector, w);
  }

  private static void requireUnitSum(String argument, double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    if (Math.abs(s - 1.0) > WEIGHT_SUM_TOL) {
      throw new IllegalArgumentException(argument + ": weights sum to " + s + ", not 1");
    }
  }
}
