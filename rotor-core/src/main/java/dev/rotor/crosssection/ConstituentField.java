package dev.rotor.crosssection;

import java.util.Locale;

/**
 * The numeric fields of a {@link Constituent}, in declaration order. Units are those stated on
 * {@link Constituent}.
 */
public enum ConstituentField {
  WEIGHT,
  MARKET_VALUE,
  MARKET_CAP,
  PRICE,
  SHARES,
  PE,
  FORWARD_PE,
  SALES,
  INCOME,
  SALES_GROWTH,
  EARNINGS_GROWTH,
  PROFIT_MARGIN,
  DEBT_TO_EQUITY;

  /** snake_case name used in the store, JSON and CSV ({@code market_cap}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
