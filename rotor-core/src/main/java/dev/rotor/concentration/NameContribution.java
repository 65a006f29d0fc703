package dev.rotor.concentration;

import java.util.Objects;

/**
 * One name's contribution to an index return over a window.
 *
 * @param ticker the name
 * @param asOfWeight weight in the snapshot, normalised over the names used
 * @param startWeight weight at the window start after the relative-price rollback (sums to 1 over
 *     the names used)
 * @param priceReturn simple price return over the window
 * @param contribution {@code startWeight * priceReturn}
 */
public record NameContribution(
    String ticker, double asOfWeight, double startWeight, double priceReturn, double contribution) {

  /** Validates the ticker. */
  public NameContribution {
    Objects.requireNonNull(ticker, "ticker");
  }
}
