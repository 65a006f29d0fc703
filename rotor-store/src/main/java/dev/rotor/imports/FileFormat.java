package dev.rotor.imports;

import java.util.Locale;

/** The file layouts Rotor reads. Labels are what {@code --format} accepts. */
public enum FileFormat {
  /**
   * Daily bars: Yahoo ({@code Date,Open,High,Low,Close,Adj Close,Volume}), lowercase variants,
   * {@code Date,Close}.
   */
  OHLCV,
  /** FRED: one series ({@code DATE}/{@code observation_date}/{@code date},value) or a wide file. */
  FRED,
  /** Kenneth French data library CSV (preamble, several blocks, percent units). */
  FRENCH,
  /** A plain {@code date,value} file of decimal returns (a user's strategy). */
  RETURNS,
  /** The wide adjusted-close stock panel (one column per ticker), optionally gzip. */
  STOCK_PANEL,
  /** The stock-panel universe file ({@code ticker,in_price_panel,memberships}). */
  UNIVERSE,
  /** iShares ETF holdings export (preamble, quoted numbers, legal footer). */
  ISHARES,
  /** Nasdaq.com stock screener export. */
  NASDAQ_SCREENER,
  /** Finviz screener export (first header labels shifted by one column). */
  FINVIZ,
  /** Company fundamentals ({@code ticker,...,marketCap,trailingPE,...}, yfinance style). */
  FUNDAMENTALS,
  /** FRED's {@code series_id,last_updated} release-date list. */
  FRED_RELEASE_DATES;

  /** Lower-case label with dashes ({@code nasdaq-screener}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a label or name, case-insensitively; dashes and underscores are interchangeable. */
  public static FileFormat parse(String text) {
    String t = text.trim().replace('-', '_');
    for (FileFormat f : values()) {
      if (f.name().equalsIgnoreCase(t)) {
        return f;
      }
    }
    StringBuilder known = new StringBuilder();
    for (FileFormat f : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(f.label());
    }
    throw new IllegalArgumentException(
        "format: unknown '" + text + "' (expected one of " + known + ")");
  }
}
