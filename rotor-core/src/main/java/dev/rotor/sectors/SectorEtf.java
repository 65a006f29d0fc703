package dev.rotor.sectors;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The eleven GICS sectors with the Select Sector SPDR ETF that tracks each. {@link #sector()} is
 * the canonical GICS name used as the sector key throughout this package.
 */
public enum SectorEtf {
  MATERIALS("XLB", "Materials"),
  COMMUNICATION_SERVICES("XLC", "Communication Services"),
  ENERGY("XLE", "Energy"),
  FINANCIALS("XLF", "Financials"),
  INDUSTRIALS("XLI", "Industrials"),
  INFORMATION_TECHNOLOGY("XLK", "Information Technology"),
  CONSUMER_STAPLES("XLP", "Consumer Staples"),
  REAL_ESTATE("XLRE", "Real Estate"),
  UTILITIES("XLU", "Utilities"),
  HEALTH_CARE("XLV", "Health Care"),
  CONSUMER_DISCRETIONARY("XLY", "Consumer Discretionary");

  private final String ticker;
  private final String sector;

  SectorEtf(String ticker, String sector) {
    this.ticker = ticker;
    this.sector = sector;
  }

  /** The ETF ticker, such as {@code XLF}. */
  public String ticker() {
    return ticker;
  }

  /** The canonical GICS sector name, such as {@code Financials}. */
  public String sector() {
    return sector;
  }

  /** The ETF with this ticker (case-insensitive), if any. */
  public static Optional<SectorEtf> forTicker(String ticker) {
    Objects.requireNonNull(ticker, "ticker");
    for (SectorEtf e : values()) {
      if (e.ticker.equalsIgnoreCase(ticker.trim())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The canonical GICS name of a sector label: case and spacing are ignored and iShares' short
   * {@code Communication} reads as {@code Communication Services}. A label that is no GICS sector
   * (for example {@code Cash and/or Derivatives}) is returned trimmed, unchanged.
   */
  public static String canonical(String label) {
    Objects.requireNonNull(label, "label");
    String t = label.trim().replaceAll("\\s+", " ");
    String key = t.toLowerCase(Locale.ROOT);
    if (key.equals("communication") || key.equals("telecommunication services")) {
      return COMMUNICATION_SERVICES.sector;
    }
    for (SectorEtf e : values()) {
      if (e.sector.toLowerCase(Locale.ROOT).equals(key)) {
        return e.sector;
      }
    }
    return t;
  }
}
