package dev.rotor.drivers;

import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.stats.RollingComoments;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Are small caps more rate-sensitive than large caps? Regresses the period returns of a small-cap
 * and a large-cap level series, and their difference, on the period changes of Treasury yields in
 * basis points. Static and pure.
 *
 * <p>Steps: the two level series and the yields are aligned on common dates ({@link
 * Alignment#INTERSECT}: a day counts only when every series has a value, so a bond-market holiday
 * on which stocks trade is dropped, and the period return spans it); all are sampled by the last
 * common observation of each period ({@link Resample#lastPerPeriod}, ISO weeks for weekly); each
 * segment's return (of the given {@link ReturnKind}, simple by default) and each yield's change
 * times 100 (percent to basis points) over each period are formed; OLS with an intercept by {@link
 * LeastSquares}, classical and Newey-West standard errors with {@link StandardErrors#neweyWestLags}
 * lags, {@code floor(4 (n / 100)^(2/9))}. The small-minus-large target is {@code r_small - r_large}
 * per period; its slopes equal the difference of the segment slopes and its standard errors are
 * those of that difference. See {@code docs/conventions-drivers-rates.md}.
 */
public final class RateSensitivity {

  private RateSensitivity() {}

  /**
   * Simple-return fit on the 2-year and 10-year yield changes; see {@link #fit(DateSeries,
   * DateSeries, DateSeries, DateSeries, Frequency, ReturnKind)}.
   */
  public static RateSensitivityFit fit(
      DateSeries small, DateSeries large, DateSeries dgs2, DateSeries dgs10, Frequency sampling) {
    return fit(small, large, dgs2, dgs10, sampling, ReturnKind.SIMPLE);
  }

  /**
   * Two-regressor fit: each target on the changes of {@code dgs2} and {@code dgs10} (percent, e.g.
   * FRED {@code DGS2}, {@code DGS10}) in basis points, with a rolling one-year beta of small minus
   * large on the 2-year change.
   *
   * @param small small-cap levels (closes or a total-return index), positive
   * @param large large-cap levels, positive
   * @param dgs2 2-year yield in percent
   * @param dgs10 10-year yield in percent
   * @param sampling daily, weekly, monthly or quarterly
   * @param kind return kind of the segments
   * @throws IllegalArgumentException when a level is not positive or {@code sampling} is annual
   */
  public static RateSensitivityFit fit(
      DateSeries small,
      DateSeries large,
      DateSeries dgs2,
      DateSeries dgs10,
      Frequency sampling,
      ReturnKind kind) {
    Objects.requireNonNull(dgs2, "dgs2");
    Objects.requireNonNull(dgs10, "dgs10");
    return run(
        small,
        large,
        List.of(dgs2, dgs10),
        List.of(Regressor.TWO_YEAR, Regressor.TEN_YEAR),
        sampling,
        kind);
  }

  /**
   * Single-regressor fit: each target on the change of one yield ({@code yieldPercent}, labelled
   * {@code regressor}) in basis points; the rolling beta is on that yield too.
   *
   * @throws IllegalArgumentException when a level is not positive or {@code sampling} is annual
   */
  public static RateSensitivityFit fitOne(
      DateSeries small,
      DateSeries large,
      DateSeries yieldPercent,
      Regressor regressor,
      Frequency sampling,
      ReturnKind kind) {
    Objects.requireNonNull(yieldPercent, "yieldPercent");
    Objects.requireNonNull(regressor, "regressor");
    return run(small, large, List.of(yieldPercent), List.of(regressor), sampling, kind);
  }

  /**
   * Periods in the rolling one-year window: 252 daily, 52 weekly, 12 monthly, 4 quarterly.
   *
   * @throws IllegalArgumentException for annual sampling (a one-year window of one period)
   */
  public static int rollingWindow(Frequency sampling) {
    return switch (Objects.requireNonNull(sampling, "sampling")) {
      case DAILY -> 252;
      case WEEKLY -> 52;
      case MONTHLY -> 12;
      case QUARTERLY -> 4;
      case ANNUAL ->
          throw new IllegalArgumentException(
              "sampling: ANNUAL leaves one period per one-year window");
    };
  }

  private static RateSensitivityFit run(
      DateSeries small,
      DateSeries large,
      List<DateSeries> yields,
      List<Regressor> regressors,
      Frequency sampling,
      ReturnKind kind) {
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    Objects.requireNonNull(kind, "kind");
    int window = rollingWindow(sampling);
    int k = yields.size();
    DateSeries[] all = new DateSeries[k + 2];
    all[0] = small;
    all[1] = large;
    for (int j = 0; j < k; j++) {
      all[j + 2] = yields.get(j);
    }
    AlignedSeries daily = AlignedSeries.of(Alignment.INTERSECT, all);
    DateSeries[] sampled = new DateSeries[k + 2];
    for (int j = 0; j < k + 2; j++) {
      sampled[j] = Resample.lastPerPeriod(daily.series(j), sampling);
    }
    double[] rs = returns(sampled[0], "small", kind);
    double[] rl = returns(sampled[1], "large", kind);
    int n = rs.length;
    double[] sml = new double[n];
    for (int t = 0; t < n; t++) {
      sml[t] = rs[t] - rl[t];
    }
    double[][] x = new double[k][n];
    for (int j = 0; j < k; j++) {
      double[] y = sampled[j + 2].values();
      for (int t = 0; t < n; t++) {
        x[j][t] = (y[t + 1] - y[t]) * 100.0;
      }
    }
    int lags = StandardErrors.neweyWestLags(n);
    Map<Target, RegressionFit> fits = new EnumMap<>(Target.class);
    fits.put(Target.SMALL, regression(Target.SMALL, rs, x, lags, regressors));
    fits.put(Target.LARGE, regression(Target.LARGE, rl, x, lags, regressors));
    fits.put(
        Target.SMALL_MINUS_LARGE, regression(Target.SMALL_MINUS_LARGE, sml, x, lags, regressors));
    LocalDate[] dates =
        n == 0 ? new LocalDate[0] : Arrays.copyOfRange(sampled[0].dates(), 1, n + 1);
    DateSeries rolling = defined(dates, RollingComoments.beta(sml, x[0], window));
    return new RateSensitivityFit(
        sampling,
        kind,
        n == 0 ? null : dates[0],
        n == 0 ? null : dates[n - 1],
        fits,
        regressors.get(0),
        window,
        rolling);
  }

  private static double[] returns(DateSeries levels, String name, ReturnKind kind) {
    double[] p = levels.values();
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] > 0)) {
        throw new IllegalArgumentException(
            name + ": level " + p[i] + " on " + levels.dateAt(i) + " is not positive");
      }
    }
    return Returns.fromPrices(p, kind);
  }

  private static RegressionFit regression(
      Target target, double[] y, double[][] x, int lags, List<Regressor> regressors) {
    LeastSquares.Fit f = LeastSquares.fit(y, x, lags);
    Map<Regressor, Coefficient> slopes = new EnumMap<>(Regressor.class);
    for (int j = 0; j < regressors.size(); j++) {
      slopes.put(
          regressors.get(j),
          new Coefficient(f.coef()[j + 1], f.seClassical()[j + 1], f.seNeweyWest()[j + 1]));
    }
    Coefficient intercept = new Coefficient(f.coef()[0], f.seClassical()[0], f.seNeweyWest()[0]);
    return new RegressionFit(target, f.n(), lags, intercept, slopes, f.r2());
  }

  private static DateSeries defined(LocalDate[] dates, double[] values) {
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < values.length; i++) {
      if (Double.isFinite(values[i])) {
        b.put(dates[i], values[i]);
      }
    }
    return b.build();
  }
}
