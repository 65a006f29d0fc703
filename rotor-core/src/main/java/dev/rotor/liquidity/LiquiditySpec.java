package dev.rotor.liquidity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link LiquidityProfile} measures: the window and the trade for days-to-liquidate and
 * impact.
 *
 * @param from first date of the window, inclusive; null for open
 * @param to last date of the window, inclusive; null for open
 * @param position the position to liquidate
 * @param participation the fraction of each day's volume the trader may take, in (0, 1]
 * @param impactCoefficient {@code Y} of the square-root law, finite and positive (default {@link
 *     #DEFAULT_IMPACT_COEFFICIENT})
 * @param spreadVariant the Corwin-Schultz variant
 */
public record LiquiditySpec(
    LocalDate from,
    LocalDate to,
    Position position,
    double participation,
    double impactCoefficient,
    SpreadVariant spreadVariant) {

  /**
   * Default participation rate: 10 % of average daily volume, a common desk rule of thumb (a
   * convention, not a published estimate).
   */
  public static final double DEFAULT_PARTICIPATION = 0.10;

  /**
   * Default square-root-law coefficient {@code Y = 1}: the law's prefactor is reported to be "of
   * order unity" (Tóth et al. 2011, Physical Review X 1, 021006; Bouchaud, Bonart, Donier and Gould
   * 2018, "Trades, Quotes and Prices", ch. 12). It is not calibrated on Rotor's data, which has no
   * metaorders; see {@code docs/conventions-liquidity.md}.
   */
  public static final double DEFAULT_IMPACT_COEFFICIENT = 1.0;

  /** Validates the window and the trade parameters. */
  public LiquiditySpec {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(spreadVariant, "spreadVariant");
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from: " + from + " is after to " + to);
    }
    if (!(participation > 0 && participation <= 1)) {
      throw new IllegalArgumentException("participation: must be in (0, 1], got " + participation);
    }
    if (!(impactCoefficient > 0) || Double.isInfinite(impactCoefficient)) {
      throw new IllegalArgumentException(
          "impactCoefficient: must be finite and positive, got " + impactCoefficient);
    }
  }

  /**
   * The window {@code [from, to]} with {@code position}, the default participation and impact
   * coefficient and the overnight-adjusted spread estimator.
   */
  public static LiquiditySpec of(LocalDate from, LocalDate to, Position position) {
    return new LiquiditySpec(
        from,
        to,
        position,
        DEFAULT_PARTICIPATION,
        DEFAULT_IMPACT_COEFFICIENT,
        SpreadVariant.OVERNIGHT_ADJUSTED);
  }

  /** A copy with another participation rate. */
  public LiquiditySpec withParticipation(double v) {
    return new LiquiditySpec(from, to, position, v, impactCoefficient, spreadVariant);
  }

  /** A copy with another impact coefficient. */
  public LiquiditySpec withImpactCoefficient(double v) {
    return new LiquiditySpec(from, to, position, participation, v, spreadVariant);
  }

  /** A copy with another spread variant. */
  public LiquiditySpec withSpreadVariant(SpreadVariant v) {
    return new LiquiditySpec(from, to, position, participation, impactCoefficient, v);
  }

  /** A copy with another position. */
  public LiquiditySpec withPosition(Position v) {
    return new LiquiditySpec(from, to, v, participation, impactCoefficient, spreadVariant);
  }

  /** A copy with another window. */
  public LiquiditySpec withWindow(LocalDate newFrom, LocalDate newTo) {
    return new LiquiditySpec(
        newFrom, newTo, position, participation, impactCoefficient, spreadVariant);
  }
}
