package dev.rotor.liquidity;

import java.util.Locale;

/**
 * The liquidity measures of a {@link LiquidityProfile}. Each is a statistic of daily quantities
 * dated in the profile's window; {@code r_t = C_t / C_{t-1} - 1} is the simple close-to-close
 * return against the previous bar of the series. Formulas and references: {@code
 * docs/conventions-liquidity.md}.
 */
public enum LiquidityMeasure {
  /**
   * Amihud (2002) illiquidity: the mean over days with positive dollar volume of {@code |r_t| /
   * (C_t V_t)}, times {@code 1e6}: the absolute daily return per US$1 million traded. Larger is
   * less liquid. Needs volume.
   */
  AMIHUD("|return| per $1M traded"),
  /** Average daily dollar volume: the mean of {@code C_t V_t}. Needs volume. */
  ADV_DOLLARS("USD per day"),
  /** Average daily share volume: the mean of {@code V_t}. Needs volume. */
  ADV_SHARES("shares per day"),
  /**
   * Daily turnover: average daily share volume divided by shares outstanding (a fraction of the
   * shares per day). Needs volume and a known share count.
   */
  TURNOVER("fraction of shares outstanding per day"),
  /**
   * Daily volatility: the sample standard deviation (divisor {@code n - 1}) of {@code r_t}. Needs
   * closes only.
   */
  VOLATILITY("standard deviation of daily returns"),
  /**
   * Days to liquidate the spec's position: {@code Q / (p ADV)} with {@code Q} the position, {@code
   * p} the participation rate and {@code ADV} the average daily volume in the position's unit.
   */
  DAYS_TO_LIQUIDATE("trading days"),
  /**
   * Square-root-law market impact of trading the spec's position: {@code Y sigma sqrt(Q / ADV)},
   * with {@code Y} the spec's impact coefficient and {@code sigma} the daily volatility; a decimal
   * fraction of the price (0.0015 = 15 basis points).
   */
  IMPACT("fraction of price"),
  /**
   * Corwin and Schultz (2012) high-low spread: the mean of the two-day estimates, negatives set to
   * zero, per the spec's {@link SpreadVariant}. A proportional spread (0.004 = 0.4 %). Needs highs
   * and lows.
   */
  CORWIN_SCHULTZ("proportional spread"),
  /**
   * Roll (1984) spread from closes: {@code 2 sqrt(-cov(r_t, r_{t-1}))}, the sample covariance of
   * each return with the one before; undefined (NaN) when that covariance is not negative. A
   * proportional spread. Needs closes only.
   */
  ROLL("proportional spread");

  private final String unit;

  LiquidityMeasure(String unit) {
    this.unit = unit;
  }

  /** The unit of the measure's value, for display. */
  public String unit() {
    return unit;
  }

  /** snake_case name used in JSON and CSV ({@code adv_dollars}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
