package dev.rotor.liquidity;

/**
 * Execution kernels on scalars: days to liquidate, square-root-law impact and the Roll spread.
 * Arguments are trusted (validated by {@link LiquiditySpec} and {@link Liquidity}); NaN in gives
 * NaN out.
 */
final class ExecutionCost {

  private ExecutionCost() {}

  /**
   * Days to liquidate {@code position / (participation * adv)}, position and ADV in the same unit
   * (shares with shares, dollars with dollars); NaN when {@code adv} is not positive.
   */
  static double daysToLiquidate(double position, double participation, double adv) {
    return adv > 0 ? position / (participation * adv) : Double.NaN;
  }

  /**
   * Square-root-law impact {@code y * sigma * sqrt(position / adv)}, a fraction of the price, with
   * {@code sigma} the daily volatility and position and ADV in the same unit; NaN when {@code adv}
   * is not positive.
   */
  static double squareRootImpact(double y, double sigma, double position, double adv) {
    return adv > 0 ? y * sigma * Math.sqrt(position / adv) : Double.NaN;
  }

  /**
   * Roll (1984) spread {@code 2 sqrt(-cov)} from the lag-1 autocovariance of returns; NaN when
   * {@code cov} is not negative (the model then has no real solution) or NaN.
   */
  static double rollSpread(double lagCovariance) {
    return lagCovariance < 0 ? 2.0 * Math.sqrt(-lagCovariance) : Double.NaN;
  }
}
