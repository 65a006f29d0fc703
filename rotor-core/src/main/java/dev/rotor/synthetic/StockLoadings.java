package dev.rotor.synthetic;

import java.util.Objects;

/**
 * The planted truth for one synthetic stock: its sector, its market cap on the first trading day
 * (which set its size loading) and its factor {@link Loadings}. Drawn from the seed; see {@link
 * SyntheticMarket} for the rules.
 *
 * @param ticker e.g. {@code S001}
 * @param sector its sector
 * @param startMarketCap market capitalisation on the first trading day, USD
 * @param loadings its factor model
 */
public record StockLoadings(
    String ticker, GicsSector sector, double startMarketCap, Loadings loadings) {

  /** Validates that nothing is null and the cap is positive. */
  public StockLoadings {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(loadings, "loadings");
    if (!(startMarketCap > 0) || Double.isInfinite(startMarketCap)) {
      throw new IllegalArgumentException(
          "startMarketCap: must be finite and > 0, was " + startMarketCap);
    }
  }
}
