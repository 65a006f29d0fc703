package dev.rotor.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The known truth behind a {@link SyntheticMarket}: every parameter of the generating model. Rates
 * and drifts are annualised over 252 trading days; returns are log returns; yields are in percent.
 * The model is written out in {@code docs/synthetic-market.md} and in {@link SyntheticMarket}.
 *
 * <p>Factors (independent of each other and of yields), daily on trading day {@code t}, with {@code
 * k(t)} = {@code recessionVolMultiplier} in recession months and 1 otherwise, {@code z} standard
 * normal:
 *
 * <pre>
 *   MKT(t)    = mu(t) / 252 + k(t) * marketVol / sqrt(252) * z,  mu = marketDrift or recessionMarketDrift
 *   SIZE(t)   = sign(t) * relativeDrift / 252 + k(t) * sizeVol / sqrt(252) * z,  sign = +1 SMALL_LEADS, -1 LARGE_LEADS
 *   GROWTH(t) = growthDrift / 252 + k(t) * growthVol / sqrt(252) * z
 * </pre>
 *
 * @param regimes leadership regimes with strictly ascending start dates, at least one
 * @param recessionMonths recession months, strictly ascending (may be empty)
 * @param relativeDrift annualised drift of the size factor in {@link Leadership#SMALL_LEADS}
 *     regimes (negated in {@link Leadership#LARGE_LEADS}); with the default loadings it is exactly
 *     the drift of log(SMALL) minus log(LARGE)
 * @param marketDrift annualised market-factor drift outside recession months
 * @param recessionMarketDrift annualised market-factor drift in recession months
 * @param recessionVolMultiplier factor applied to every equity shock (factors and idiosyncratic) in
 *     recession months, greater than 0; yields are not affected
 * @param marketVol annualised market-factor volatility outside recessions, at least 0
 * @param sizeVol annualised size-factor volatility outside recessions, at least 0
 * @param growthDrift annualised growth-factor drift
 * @param growthVol annualised growth-factor volatility outside recessions, at least 0
 * @param indices loadings of each headline index; every {@link SyntheticIndex} must be present
 * @param sectors loadings of each sector index; every {@link GicsSector} must be present
 * @param tenYear the 10-year yield process
 * @param termSpread the 10-year minus 2-year spread process; the 2-year yield is {@code tenYear -
 *     termSpread}
 * @param fedFundsSpread the monthly fed funds rate is {@code max(0, monthly mean of the 2-year
 *     yield - fedFundsSpread)}
 * @param macro monthly retail sales and sentiment processes
 * @param bars how OHLC and volume are drawn around closes
 */
public record PlantedParameters(
    List<LeadershipRegime> regimes,
    List<YearMonth> recessionMonths,
    double relativeDrift,
    double marketDrift,
    double recessionMarketDrift,
    double recessionVolMultiplier,
    double marketVol,
    double sizeVol,
    double growthDrift,
    double growthVol,
    Map<SyntheticIndex, Loadings> indices,
    Map<GicsSector, Loadings> sectors,
    Vasicek tenYear,
    Vasicek termSpread,
    double fedFundsSpread,
    MacroParameters macro,
    BarShape bars) {

  /** Validates every field and copies the collections (maps become unmodifiable enum maps). */
  public PlantedParameters {
    regimes = List.copyOf(Objects.requireNonNull(regimes, "regimes"));
    if (regimes.isEmpty()) {
      throw new IllegalArgumentException("regimes: at least one regime is required");
    }
    for (int i = 1; i < regimes.size(); i++) {
      if (!regimes.get(i).start().isAfter(regimes.get(i - 1).start())) {
        throw new IllegalArgumentException(
            "regimes: start dates must be strictly ascending, index " + i);
      }
    }
    recessionMonths = List.copyOf(Objects.requireNonNull(recessionMonths, "recessionMonths"));
    for (int i = 1; i < recessionMonths.size(); i++) {
      if (!recessionMonths.get(i).isAfter(recessionMonths.get(i - 1))) {
        throw new IllegalArgumentException(
            "recessionMonths: must be strictly ascending, index " + i);
      }
    }
    Loadings.finite(relativeDrift, "relativeDrift");
    Loadings.finite(marketDrift, "marketDrift");
    Loadings.finite(recessionMarketDrift, "recessionMarketDrift");
    Loadings.finite(recessionVolMultiplier, "recessionVolMultiplier");
    Loadings.finite(marketVol, "marketVol");
    Loadings.finite(sizeVol, "sizeVol");
    Loadings.finite(growthDrift, "growthDrift");
    Loadings.finite(growthVol, "growthVol");
    Loadings.finite(fedFundsSpread, "fedFundsSpread");
    if (recessionVolMultiplier <= 0) {
      throw new IllegalArgumentException(
          "recessionVolMultiplier: must be > 0, was " + recessionVolMultiplier);
    }
    if (marketVol < 0 || sizeVol < 0 || growthVol < 0) {
      throw new IllegalArgumentException(
          "marketVol/sizeVol/growthVol: must be >= 0, were "
              + marketVol
              + ", "
              + sizeVol
              + ", "
              + growthVol);
    }
    indices = complete(indices, SyntheticIndex.class, "indices");
    sectors = complete(sectors, GicsSector.class, "sectors");
    Objects.requireNonNull(tenYear, "tenYear");
    Objects.requireNonNull(termSpread, "termSpread");
    Objects.requireNonNull(macro, "macro");
    Objects.requireNonNull(bars, "bars");
  }

  /** Rotor's planted defaults; the values are listed in {@code docs/synthetic-market.md}. */
  public static PlantedParameters defaults() {
    return DefaultParameters.planted();
  }

  /** A copy with other leadership regimes. */
  public PlantedParameters withRegimes(List<LeadershipRegime> newRegimes) {
    return new PlantedParameters(
        newRegimes,
        recessionMonths,
        relativeDrift,
        marketDrift,
        recessionMarketDrift,
        recessionVolMultiplier,
        marketVol,
        sizeVol,
        growthDrift,
        growthVol,
        indices,
        sectors,
        tenYear,
        termSpread,
        fedFundsSpread,
        macro,
        bars);
  }

  /** A copy with other recession months. */
  public PlantedParameters withRecessionMonths(List<YearMonth> newMonths) {
    return new PlantedParameters(
        regimes,
        newMonths,
        relativeDrift,
        marketDrift,
        recessionMarketDrift,
        recessionVolMultiplier,
        marketVol,
        sizeVol,
        growthDrift,
        growthVol,
        indices,
        sectors,
        tenYear,
        termSpread,
        fedFundsSpread,
        macro,
        bars);
  }

  /** A copy with another size-factor drift. */
  public PlantedParameters withRelativeDrift(double newDrift) {
    return new PlantedParameters(
        regimes,
        recessionMonths,
        newDrift,
        marketDrift,
        recessionMarketDrift,
        recessionVolMultiplier,
        marketVol,
        sizeVol,
        growthDrift,
        growthVol,
        indices,
        sectors,
        tenYear,
        termSpread,
        fedFundsSpread,
        macro,
        bars);
  }

  /**
   * The leader on {@code date}: that of the last regime starting on or before it.
   *
   * @throws IllegalArgumentException when {@code date} is before the first regime
   */
  public Leadership leaderOn(LocalDate date) {
    Leadership found = null;
    for (LeadershipRegime r : regimes) {
      if (r.start().isAfter(date)) {
        break;
      }
      found = r.leader();
    }
    if (found == null) {
      throw new IllegalArgumentException(
          "date: " + date + " is before the first regime (" + regimes.get(0).start() + ")");
    }
    return found;
  }

  /** True when {@code month} is a planted recession month. */
  public boolean isRecession(YearMonth month) {
    return Collections.binarySearch(recessionMonths, month) >= 0;
  }

  /**
   * Planted annualised variance of the daily log returns of an asset with loadings {@code l}:
   * {@code k^2 (market^2 marketVol^2 + size^2 sizeVol^2 + growth^2 growthVol^2 + idioVol^2) +
   * rate^2 tenYear.vol^2}, with {@code k} the recession multiplier or 1. The yield term uses the
   * continuous-time variance of yield changes; the exact daily transition differs by a relative
   * {@code O(tenYear.speed / 252)}.
   */
  public double variance(Loadings l, boolean recession) {
    return covariance(l, l, recession) + scale(recession) * l.idioVol() * l.idioVol();
  }

  /**
   * Planted annualised covariance of the daily log returns of two distinct assets (their
   * idiosyncratic terms are independent), with the same yield approximation as {@link #variance}.
   */
  public double covariance(Loadings a, Loadings b, boolean recession) {
    double equity =
        a.market() * b.market() * marketVol * marketVol
            + a.size() * b.size() * sizeVol * sizeVol
            + a.growth() * b.growth() * growthVol * growthVol;
    return scale(recession) * equity + a.rate() * b.rate() * tenYear.vol() * tenYear.vol();
  }

  /** Planted annualised volatility of a headline index (square root of {@link #variance}). */
  public double indexVol(SyntheticIndex index, boolean recession) {
    return Math.sqrt(variance(indices.get(index), recession));
  }

  /** Planted correlation of the daily log returns of two distinct headline indices. */
  public double indexCorrelation(SyntheticIndex a, SyntheticIndex b, boolean recession) {
    if (a == b) {
      return 1.0;
    }
    return covariance(indices.get(a), indices.get(b), recession)
        / (indexVol(a, recession) * indexVol(b, recession));
  }

  /**
   * Planted annualised drift of {@code log(SMALL) - log(LARGE)} under {@code leader}, ignoring the
   * small mean-reversion drift of yield changes.
   */
  public double smallMinusLargeDrift(Leadership leader, boolean recession) {
    Loadings s = indices.get(SyntheticIndex.SMALL);
    Loadings l = indices.get(SyntheticIndex.LARGE);
    return s.alpha()
        - l.alpha()
        + (s.market() - l.market()) * (recession ? recessionMarketDrift : marketDrift)
        + (s.size() - l.size()) * leader.sign() * relativeDrift
        + (s.growth() - l.growth()) * growthDrift;
  }

  private double scale(boolean recession) {
    return recession ? recessionVolMultiplier * recessionVolMultiplier : 1.0;
  }

  private static <K extends Enum<K>> Map<K, Loadings> complete(
      Map<K, Loadings> map, Class<K> type, String name) {
    Objects.requireNonNull(map, name);
    EnumMap<K, Loadings> copy = new EnumMap<>(type);
    for (K key : type.getEnumConstants()) {
      Loadings l = map.get(key);
      if (l == null) {
        throw new IllegalArgumentException(name + ": missing loadings for " + key);
      }
      copy.put(key, l);
    }
    return Collections.unmodifiableMap(copy);
  }
}
