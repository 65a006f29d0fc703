package dev.rotor.scenario;

import dev.rotor.returns.Resample;
import dev.rotor.returns.Returns;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Fits rate betas: the sensitivity of an asset's returns to changes in a yield (e.g. FRED {@code
 * DGS2}, the 2-year Treasury yield in percent). Static and pure.
 *
 * <p>Steps: the asset levels and the yield are aligned on common dates ({@link
 * Alignment#INTERSECT}: a day counts only when both have a value, so a bond-market holiday on which
 * stocks trade is dropped); both are sampled by the last common observation of each period of
 * {@link RateBetaSpec#sampling()} ({@link Resample#lastPerPeriod}, ISO weeks for weekly); the asset
 * return (of {@link RateBetaSpec#kind()}) and the yield change in percentage points over each
 * period are regressed by OLS with an intercept. The last period may be incomplete. See {@code
 * docs/conventions-scenario.md}.
 *
 * <p>A fixed-weight portfolio rebalanced every period has beta {@code sum w_i beta_i} (OLS is
 * linear in the dependent variable), but not that standard error: fit the portfolio's own level
 * series for an interval.
 */
public final class RateBetas {

  private RateBetas() {}

  /**
   * The rate beta of {@code assetLevels} (closes or a total-return index) on {@code yieldPercent}.
   *
   * @throws IllegalArgumentException when an asset level is not positive
   */
  public static RateBeta fit(DateSeries assetLevels, DateSeries yieldPercent, RateBetaSpec spec) {
    Objects.requireNonNull(assetLevels, "assetLevels");
    Objects.requireNonNull(yieldPercent, "yieldPercent");
    Objects.requireNonNull(spec, "spec");
    AlignedSeries daily = AlignedSeries.of(Alignment.INTERSECT, assetLevels, yieldPercent);
    DateSeries asset = Resample.lastPerPeriod(daily.series(0), spec.sampling());
    DateSeries yield = Resample.lastPerPeriod(daily.series(1), spec.sampling());
    double[] p = asset.values();
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] > 0)) {
        throw new IllegalArgumentException(
            "assetLevels: level " + p[i] + " on " + asset.dateAt(i) + " is not positive");
      }
    }
    double[] r = Returns.fromPrices(p, spec.kind());
    double[] y = yield.values();
    double[] dy = new double[r.length];
    for (int i = 0; i < dy.length; i++) {
      dy[i] = y[i + 1] - y[i];
    }
    int n = r.length;
    SlopeRegression.Fit f = SlopeRegression.fit(dy, r, StandardErrors.neweyWestLags(n));
    LocalDate first = n == 0 ? null : asset.dateAt(1);
    LocalDate last = n == 0 ? null : asset.lastDate();
    return new RateBeta(
        spec,
        n,
        first,
        last,
        f.alpha(),
        f.beta(),
        f.seClassical(),
        f.seNeweyWest(),
        f.lags(),
        f.r2());
  }
}
