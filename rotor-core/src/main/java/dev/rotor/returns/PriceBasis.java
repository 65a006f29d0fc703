package dev.rotor.returns;

import dev.rotor.series.BarField;

/** Which price a return is computed from. Rotor never chooses silently: callers name the basis. */
public enum PriceBasis {
  /** Price return: the raw close, ignoring dividends. */
  PRICE(BarField.CLOSE),
  /**
   * Total return: the vendor's adjusted close (splits and dividends reinvested), as in Yahoo
   * Finance's {@code Adj Close}.
   */
  TOTAL(BarField.ADJ_CLOSE);

  private final BarField field;

  PriceBasis(BarField field) {
    this.field = field;
  }

  /** The bar field this basis reads. */
  public BarField field() {
    return field;
  }
}
