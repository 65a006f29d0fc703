package dev.rotor.rotation;

import dev.rotor.returns.Resample;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rotor's relative rotation graph (RRG): RS-Ratio and RS-Momentum of assets against one benchmark.
 *
 * <p>Steps (parameters in {@link RrgParameters}, formulas in {@code docs/conventions-rrg.md}):
 *
 * <ol>
 *   <li>{@code RS = P / B} on the common daily dates ({@link RelativeStrength#line}), resampled to
 *       {@code frequency} by last observation ({@link Resample#lastPerPeriod});
 *   <li>{@code x[t] = ln(RS[t] / RS[0])}, smoothed: {@code y = EMA(x, smoothingSpan)} seeded with
 *       {@code y[0] = x[0] = 0};
 *   <li>RS-Ratio {@code = 100 + scale (y[t] - mean_W(y)) / sd_W(y)}, trailing window W = {@code
 *       ratioWindow}, sample standard deviation;
 *   <li>RS-Momentum {@code = 100 + scale d[t] / rms_Wm(d)} with {@code d[t] = ratio[t] - ratio[t -
 *       M]}, M = {@code momentumLag}, Wm = {@code momentumWindow}.
 * </ol>
 *
 * <p><b>Point-in-time:</b> every point uses only observations up to its own date, through trailing
 * windows computed in date order, so appending data never changes a past point (the last point of
 * an incomplete period is replaced when the period completes, as the resampling redates it). Both
 * measures are unchanged when the asset or the benchmark is multiplied by a constant, and an asset
 * identical to its benchmark sits at (100, 100). Windows not yet full give NaN.
 */
public final class RotationGraph {

  private RotationGraph() {}

  /**
   * Every point of the asset's RRG history, one per period of the RS line, oldest first; empty when
   * the series share no date.
   *
   * @throws IllegalArgumentException on a null argument or a non-positive price on a common date
   */
  public static List<RrgPoint> history(
      DateSeries asset, DateSeries benchmark, RrgParameters parameters) {
    RelativeStrength.requireNonNull("parameters", parameters);
    DateSeries rs =
        Resample.lastPerPeriod(
            RelativeStrength.line(asset, benchmark, RsBase.RAW), parameters.frequency());
    int n = rs.size();
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.log(rs.valueAt(i) / rs.valueAt(0));
    }
    double[] y = RollingWindows.exponentialMean(x, parameters.smoothingSpan(), 1);
    double[] ratio = RrgKernel.ratio(y, parameters.ratioWindow(), parameters.scale());
    double[] momentum =
        RrgKernel.momentum(
            ratio, parameters.momentumLag(), parameters.momentumWindow(), parameters.scale());
    List<RrgPoint> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      points.add(new RrgPoint(rs.dateAt(i), ratio[i], momentum[i]));
    }
    return points;
  }

  /**
   * One asset as of {@code asOf}: only observations on or before {@code asOf} are used; the latest
   * point and the tail of {@code tailLength} points end at the last common period on or before it.
   *
   * @throws IllegalArgumentException on a null argument or a non-positive price on a common date
   */
  public static RrgAsset asset(
      SeriesId id,
      DateSeries asset,
      DateSeries benchmark,
      LocalDate asOf,
      RrgParameters parameters) {
    RelativeStrength.requireNonNull("id", id);
    RelativeStrength.requireNonNull("asOf", asOf);
    RelativeStrength.requireNonNull("asset", asset);
    RelativeStrength.requireNonNull("benchmark", benchmark);
    List<RrgPoint> h =
        history(asset.between(null, asOf), benchmark.between(null, asOf), parameters);
    if (h.isEmpty()) {
      return new RrgAsset(id, new RrgPoint(asOf, Double.NaN, Double.NaN), List.of());
    }
    List<RrgPoint> tail = h.subList(Math.max(0, h.size() - parameters.tailLength()), h.size());
    return new RrgAsset(id, h.get(h.size() - 1), tail);
  }

  /**
   * A graph of many assets against one benchmark as of {@code asOf}, assets in the iteration order
   * of {@code assets} (pass a {@link java.util.LinkedHashMap} to fix it). An asset with too short a
   * history gets NaN coordinates; it does not stop the others.
   *
   * @throws IllegalArgumentException on a null argument, or naming the asset's id when it has a
   *     non-positive price on a date shared with the benchmark
   */
  public static RrgChart chart(
      SeriesId benchmarkId,
      DateSeries benchmark,
      Map<SeriesId, DateSeries> assets,
      LocalDate asOf,
      RrgParameters parameters) {
    RelativeStrength.requireNonNull("benchmarkId", benchmarkId);
    RelativeStrength.requireNonNull("assets", assets);
    List<RrgAsset> rows = new ArrayList<>(assets.size());
    for (Map.Entry<SeriesId, DateSeries> e : assets.entrySet()) {
      try {
        rows.add(asset(e.getKey(), e.getValue(), benchmark, asOf, parameters));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("assets[" + e.getKey() + "]: " + ex.getMessage(), ex);
      }
    }
    return new RrgChart(benchmarkId, asOf, parameters, rows);
  }
}
