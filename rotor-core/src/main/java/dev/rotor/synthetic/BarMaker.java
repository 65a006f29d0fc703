package dev.rotor.synthetic;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns daily log returns into price levels and bars following {@link BarShape}. Static kernels on
 * primitive arrays; randomness comes from the caller's stream.
 */
final class BarMaker {

  private BarMaker() {}

  /** Levels {@code start * exp(r[1] + ... + r[t])}; element 0 is {@code start}. */
  static double[] levels(double[] r, double start) {
    double[] level = new double[r.length];
    double cumulative = 0;
    for (int t = 0; t < r.length; t++) {
      if (t > 0) {
        cumulative += r[t];
      }
      level[t] = start * StrictMath.exp(cumulative);
    }
    return level;
  }

  /**
   * Full OHLCV bars: closes from {@link #levels}, then open/high/low/volume per {@link BarShape},
   * four normal draws a bar from {@code rng} (gap, high, low, volume).
   *
   * @param sd planted daily standard deviation on each day
   * @param calmSd planted calm daily standard deviation (volume scale)
   */
  static BarSeries ohlcv(
      LocalDate[] dates,
      double[] r,
      double start,
      double[] sd,
      double calmSd,
      double baseVolume,
      BarShape shape,
      SplitMix rng) {
    int n = r.length;
    double[] close = levels(r, start);
    double[] open = new double[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] volume = new double[n];
    for (int t = 0; t < n; t++) {
      double gap = rng.nextGaussian();
      open[t] = t == 0 ? close[0] : close[t - 1] * StrictMath.exp(shape.gapVol() * sd[t] * gap);
      double up = Math.abs(rng.nextGaussian()) * shape.rangeVol() * sd[t];
      double down = Math.abs(rng.nextGaussian()) * shape.rangeVol() * sd[t];
      high[t] = Math.max(open[t], close[t]) * StrictMath.exp(up);
      low[t] = Math.min(open[t], close[t]) * StrictMath.exp(-down);
      volume[t] = volume(baseVolume, r[t], calmSd, shape, rng.nextGaussian());
    }
    Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
    cols.put(BarField.OPEN, open);
    cols.put(BarField.HIGH, high);
    cols.put(BarField.LOW, low);
    cols.put(BarField.CLOSE, close);
    cols.put(BarField.VOLUME, volume);
    return BarSeries.of(dates, cols);
  }

  /** Close and volume bars only: one normal draw a bar from {@code rng} (volume). */
  static BarSeries closeVolume(
      LocalDate[] dates,
      double[] r,
      double start,
      double calmSd,
      double baseVolume,
      BarShape shape,
      SplitMix rng) {
    double[] close = levels(r, start);
    double[] volume = new double[r.length];
    for (int t = 0; t < r.length; t++) {
      volume[t] = volume(baseVolume, r[t], calmSd, shape, rng.nextGaussian());
    }
    Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
    cols.put(BarField.CLOSE, close);
    cols.put(BarField.VOLUME, volume);
    return BarSeries.of(dates, cols);
  }

  /**
   * {@code round(base * exp(volumeSensitivity * |r| / calmSd + volumeNoise * z))}, at least 1; a
   * zero {@code calmSd} drops the return term.
   */
  static double volume(double base, double r, double calmSd, BarShape shape, double z) {
    double shock = calmSd > 0 ? shape.volumeSensitivity() * Math.abs(r) / calmSd : 0.0;
    double v = base * StrictMath.exp(shock + shape.volumeNoise() * z);
    return Math.max(1.0, StrictMath.rint(v));
  }
}
