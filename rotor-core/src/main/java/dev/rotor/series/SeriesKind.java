package dev.rotor.series;

import java.util.Locale;

/** What a series measures; decides how it is displayed and which analytics accept it. */
public enum SeriesKind {
  /** An index level (S&P 500, Russell 2000, ...). */
  INDEX,
  /** An exchange-traded fund's price. */
  ETF,
  /** A single stock's price. */
  STOCK,
  /** A macroeconomic or rates series (FRED and the like), in its published units. */
  MACRO,
  /** A factor return (Fama-French SMB, HML, ...), in decimals per period. */
  FACTOR,
  /** A return series in decimals per period (a portfolio, a user's strategy). */
  RETURNS,
  /** A fundamental quantity observed over time (number of firms, average size, book/market). */
  FUNDAMENTAL;

  /** Lower-case name used in files, JSON and the CLI. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label or name, case-insensitively. */
  public static SeriesKind parse(String text) {
    for (SeriesKind k : values()) {
      if (k.name().equalsIgnoreCase(text.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind: unknown '"
            + text
            + "' (expected one of index, etf, stock, macro, factor, returns, fundamental)");
  }

  /** True for kinds whose values are prices or levels (returns are computed from them). */
  public boolean isLevel() {
    return this == INDEX || this == ETF || this == STOCK;
  }
}
