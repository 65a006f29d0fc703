package dev.rotor.crosssection;

import java.util.Objects;

/**
 * One row of a dated cross-section: a holding of a fund, a line of a screener, or a company's
 * fundamentals.
 *
 * <p>Numeric fields are NaN when the source does not report them (this is an I/O-edge record, not a
 * series). Units are fixed whatever the source: money in US dollars, {@code weight} as a decimal
 * fraction of the fund (0.0123 = 1.23 %), growth rates and margins as decimal fractions, {@code
 * debtToEquity} as a ratio (0.795 = 79.5 %), multiples ({@code pe}) as plain ratios.
 *
 * @param ticker the symbol as published, upper case, never empty
 * @param name company or security name, or {@code ""}
 * @param sector the source's sector label (GICS for iShares, Nasdaq's own for its screener), or
 *     {@code ""}
 * @param industry the source's industry label, or {@code ""}
 * @param assetClass the source's asset class ({@code Equity}, {@code Cash}, ...), or {@code ""}
 * @param memberships index memberships as published (e.g. {@code "RUT"}, {@code "S&P 500"}), or
 *     {@code ""}
 */
public record Constituent(
    String ticker,
    String name,
    String sector,
    String industry,
    String assetClass,
    String memberships,
    double weight,
    double marketValue,
    double marketCap,
    double price,
    double shares,
    double pe,
    double forwardPe,
    double sales,
    double income,
    double salesGrowth,
    double earningsGrowth,
    double profitMargin,
    double debtToEquity) {

  /** Validates the text fields. */
  public Constituent {
    Objects.requireNonNull(ticker, "ticker");
    if (ticker.isBlank()) {
      throw new IllegalArgumentException("ticker: must not be blank");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(assetClass, "assetClass");
    Objects.requireNonNull(memberships, "memberships");
  }

  /** A row with only a ticker; every other field empty or NaN. Use the {@code withX} copies. */
  public static Constituent of(String ticker) {
    double n = Double.NaN;
    return new Constituent(ticker, "", "", "", "", "", n, n, n, n, n, n, n, n, n, n, n, n, n);
  }

  /** A copy with another name. */
  public Constituent withName(String v) {
    return withText(v, sector, industry, assetClass, memberships);
  }

  /** A copy with another sector. */
  public Constituent withSector(String v) {
    return withText(name, v, industry, assetClass, memberships);
  }

  /** A copy with another industry. */
  public Constituent withIndustry(String v) {
    return withText(name, sector, v, assetClass, memberships);
  }

  /** A copy with another asset class. */
  public Constituent withAssetClass(String v) {
    return withText(name, sector, industry, v, memberships);
  }

  /** A copy with other memberships. */
  public Constituent withMemberships(String v) {
    return withText(name, sector, industry, assetClass, v);
  }

  private Constituent withText(String n, String s, String i, String a, String m) {
    double[] v = numbers();
    return new Constituent(
        ticker, n, s, i, a, m, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10],
        v[11], v[12]);
  }

  /**
   * A copy with numeric field {@code field} set to {@code value}. One method rather than fourteen
   * keeps the type small; fields are named by {@link ConstituentField}.
   */
  public Constituent with(ConstituentField field, double value) {
    double[] v = numbers();
    v[field.ordinal()] = value;
    return new Constituent(
        ticker,
        name,
        sector,
        industry,
        assetClass,
        memberships,
        v[0],
        v[1],
        v[2],
        v[3],
        v[4],
        v[5],
        v[6],
        v[7],
        v[8],
        v[9],
        v[10],
        v[11],
        v[12]);
  }

  /** The numeric field {@code field}, NaN when not reported. */
  public double get(ConstituentField field) {
    return numbers()[field.ordinal()];
  }

  private double[] numbers() {
    return new double[] {
      weight,
      marketValue,
      marketCap,
      price,
      shares,
      pe,
      forwardPe,
      sales,
      income,
      salesGrowth,
      earningsGrowth,
      profitMargin,
      debtToEquity
    };
  }
}
