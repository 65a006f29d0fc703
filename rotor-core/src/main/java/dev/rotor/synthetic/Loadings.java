package dev.rotor.synthetic;

/**
 * The planted factor model of one synthetic asset (index, sector index or stock). Its daily log
 * return on trading day {@code t} is
 *
 * <pre>
 *   r(t) = alpha / 252 + market * MKT(t) + size * SIZE(t) + growth * GROWTH(t)
 *        + rate * dY10(t) + k(t) * idioVol / sqrt(252) * e(t)
 * </pre>
 *
 * where {@code MKT}, {@code SIZE}, {@code GROWTH} are the factor log returns (drift included),
 * {@code dY10} is the day's change of the 10-year yield in percentage points, {@code k(t)} is the
 * recession volatility multiplier (1 outside recession months) and {@code e(t)} is an independent
 * standard normal draw. See {@code docs/synthetic-market.md}.
 *
 * @param alpha annualised log drift added to the factor drifts (decimal a year)
 * @param market loading on the market factor
 * @param size loading on the size factor (small minus large)
 * @param growth loading on the growth factor
 * @param rate decimal log return per percentage point rise of the 10-year yield (-0.07: a 1 pp rise
 *     costs 7 %)
 * @param idioVol annualised volatility of the idiosyncratic term (decimal), at least 0
 */
public record Loadings(
    double alpha, double market, double size, double growth, double rate, double idioVol) {

  /** Validates that every field is finite and the volatility non-negative. */
  public Loadings {
    finite(alpha, "alpha");
    finite(market, "market");
    finite(size, "size");
    finite(growth, "growth");
    finite(rate, "rate");
    finite(idioVol, "idioVol");
    if (idioVol < 0) {
      throw new IllegalArgumentException("idioVol: must be >= 0, was " + idioVol);
    }
  }

  /** Loadings with zero alpha. */
  public static Loadings of(
      double market, double size, double growth, double rate, double idioVol) {
    return new Loadings(0.0, market, size, growth, rate, idioVol);
  }

  static void finite(double v, String name) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + ": must be finite, was " + v);
    }
  }
}
