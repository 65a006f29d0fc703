package dev.rotor.drivers;

import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * What drove a small-versus-large rally? Fits small-minus-large period returns on the period
 * changes of any level series (yields, spreads, ...) over an estimation period, then splits a
 * window's return into {@code beta_j * move_j} per driver, an intercept part and the unexplained
 * rest. Static and pure.
 *
 * <p>Steps: all series are aligned on common dates ({@link Alignment#INTERSECT}) over their whole
 * span and sampled by the last common observation of each period ({@link Resample#lastPerPeriod},
 * ISO weeks for weekly); per period {@code t}, dated by its last common date, the target is {@code
 * y_t = r_small,t - r_large,t} (simple returns) and each driver's regressor is its level change
 * {@code x_j,t = level_t - level_{t-1}} in the series' own unit (percent yields give percentage
 * points, not basis points). The estimation sample is every period whose date lies in {@code
 * [estimationFrom, estimationTo]}; OLS with an intercept by {@link LeastSquares}, Newey-West
 * standard errors with {@link StandardErrors#neweyWestLags} lags. The window is every period whose
 * date lies in {@code [windowFrom, windowTo]} (the first window period's return starts at the
 * previous period's end, which may precede {@code windowFrom}).
 *
 * <p>No look-ahead is enforced: the estimation period is exactly what the caller passes. The
 * recommended use, and what the CLI should default to, is an estimation period that ends before the
 * window, so the betas are known when the window starts; an estimation period that includes the
 * window is allowed (in-sample attribution) and then the residuals of the window periods are OLS
 * residuals. Conventions: {@code docs/conventions-explain.md}.
 */
public final class RallyDecomposition {

  /** Confidence of the contribution intervals. */
  public static final double CONFIDENCE = 0.95;

  private RallyDecomposition() {}

  /**
   * Explains the window's small-minus-large return by the drivers.
   *
   * @param small small-cap levels, positive
   * @param large large-cap levels, positive
   * @param drivers named level series; row order of the result follows the map's iteration order
   *     (pass a {@link LinkedHashMap} for a fixed order)
   * @param estimationFrom first period date of the estimation sample (inclusive)
   * @param estimationTo last period date of the estimation sample (inclusive)
   * @param windowFrom first period date of the window (inclusive)
   * @param windowTo last period date of the window (inclusive)
   * @param sampling period length
   * @throws IllegalArgumentException when there is no driver, a name is blank, a range is reversed
   *     or a level of small or large is not positive
   */
  public static RallyExplanation explain(
      DateSeries small,
      DateSeries large,
      Map<String, DateSeries> drivers,
      LocalDate estimationFrom,
      LocalDate estimationTo,
      LocalDate windowFrom,
      LocalDate windowTo,
      Frequency sampling) {
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    Objects.requireNonNull(drivers, "drivers");
    Objects.requireNonNull(sampling, "sampling");
    range(estimationFrom, estimationTo, "estimationFrom/estimationTo");
    range(windowFrom, windowTo, "windowFrom/windowTo");
    if (drivers.isEmpty()) {
      throw new IllegalArgumentException("drivers: at least one needed");
    }
    List<String> names = new ArrayList<>(drivers.size());
    int k = drivers.size();
    DateSeries[] all = new DateSeries[k + 2];
    all[0] = small;
    all[1] = large;
    int j0 = 0;
    for (Map.Entry<String, DateSeries> e : drivers.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "drivers: name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("drivers: blank name");
      }
      names.add(name);
      all[2 + j0++] = Objects.requireNonNull(e.getValue(), "drivers: " + name);
    }
    AlignedSeries aligned = AlignedSeries.of(Alignment.INTERSECT, all);
    DateSeries[] sampled = new DateSeries[k + 2];
    for (int j = 0; j < k + 2; j++) {
      sampled[j] = Resample.lastPerPeriod(aligned.series(j), sampling);
    }
    double[] rs = returns(sampled[0], "small");
    double[] rl = returns(sampled[1], "large");
    int periods = rs.length;
    LocalDate[] dates = sampled[0].dates();
    List<Integer> est = new ArrayList<>();
    List<Integer> win = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      LocalDate d = dates[t + 1];
      if (!d.isBefore(estimationFrom) && !d.isAfter(estimationTo)) {
        est.add(t);
      }
      if (!d.isBefore(windowFrom) && !d.isAfter(windowTo)) {
        win.add(t);
      }
    }
    double[][] change = new double[k][periods];
    for (int j = 0; j < k; j++) {
      double[] lv = sampled[j + 2].values();
      for (int t = 0; t < periods; t++) {
        change[j][t] = lv[t + 1] - lv[t];
      }
    }
    int n = est.size();
    double[] y = new double[n];
    double[][] x = new double[k][n];
    for (int i = 0; i < n; i++) {
      int t = est.get(i);
      y[i] = rs[t] - rl[t];
      for (int j = 0; j < k; j++) {
        x[j][i] = change[j][t];
      }
    }
    int lags = StandardErrors.neweyWestLags(n);
    LeastSquares.Fit f = LeastSquares.fit(y, x, lags);
    int m = win.size();
    double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    List<DriverContribution> rows = new ArrayList<>(k);
    double explained = 0;
    for (int j = 0; j < k; j++) {
      double move = m == 0 ? Double.NaN : 0;
      for (int t : win) {
        move += change[j][t];
      }
      double b = f.coef()[j + 1];
      double se = f.seNeweyWest()[j + 1];
      double c = b * move;
      double lo = (b - z * se) * move;
      double hi = (b + z * se) * move;
      rows.add(
          new DriverContribution(
              names.get(j),
              new Coefficient(b, f.seClassical()[j + 1], se),
              move,
              new Interval(
                  c, Math.min(lo, hi), Math.max(lo, hi), StandardErrors.NEWEY_WEST, CONFIDENCE)));
      explained += c;
    }
    double actual = m == 0 ? Double.NaN : 0;
    for (int t : win) {
      actual += rs[t] - rl[t];
    }
    double interceptPart = f.coef()[0] * m;
    if (m == 0) {
      interceptPart = Double.NaN;
    }
    double residual = actual - interceptPart - explained;
    return new RallyExplanation(
        sampling,
        n == 0 ? null : dates[est.get(0) + 1],
        n == 0 ? null : dates[est.get(n - 1) + 1],
        n,
        lags,
        f.r2(),
        new Coefficient(f.coef()[0], f.seClassical()[0], f.seNeweyWest()[0]),
        m == 0 ? null : dates[win.get(0) + 1],
        m == 0 ? null : dates[win.get(m - 1) + 1],
        m,
        rows,
        interceptPart,
        explained,
        actual,
        residual);
  }

  private static void range(LocalDate from, LocalDate to, String name) {
    Objects.requireNonNull(from, name);
    Objects.requireNonNull(to, name);
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(name + ": " + from + " is after " + to);
    }
  }

  private static double[] returns(DateSeries levels, String name) {
    double[] p = levels.values();
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] > 0)) {
        throw new IllegalArgumentException(
            name + ": level " + p[i] + " on " + levels.dateAt(i) + " is not positive");
      }
    }
    return Returns.fromPrices(p, ReturnKind.SIMPLE);
  }
}
