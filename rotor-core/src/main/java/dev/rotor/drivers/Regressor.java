package dev.rotor.drivers;

/** An explanatory variable of a rate regression: the change of a Treasury yield in basis points. */
public enum Regressor {
  /** Change of the 2-year constant-maturity yield (FRED {@code DGS2}) over the period, in bp. */
  TWO_YEAR,
  /** Change of the 10-year constant-maturity yield (FRED {@code DGS10}) over the period, in bp. */
  TEN_YEAR
}
