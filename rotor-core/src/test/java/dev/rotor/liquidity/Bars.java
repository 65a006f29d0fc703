package dev.rotor.liquidity;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/** Seeded random daily bars for invariant tests: a log random walk with a range around it. */
final class Bars {

  final LocalDate[] dates;
  final double[] close;
  final double[] high;
  final double[] low;
  final double[] volume;

  private Bars(LocalDate[] dates, double[] close, double[] high, double[] low, double[] volume) {
    this.dates = dates;
    this.close = close;
    this.high = high;
    this.low = low;
    this.volume = volume;
  }

  static Bars random(Random rnd, int n) {
    LocalDate[] d = new LocalDate[n];
    double[] c = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] v = new double[n];
    double p = 50;
    LocalDate day = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < n; i++) {
      d[i] = day.plusDays(i);
      double open = p * Math.exp(0.003 * rnd.nextGaussian());
      p = open * Math.exp(0.012 * rnd.nextGaussian());
      double up = Math.abs(0.008 * rnd.nextGaussian()) + 0.002;
      double down = Math.abs(0.008 * rnd.nextGaussian()) + 0.002;
      c[i] = p;
      h[i] = Math.max(open, p) * (1 + up);
      l[i] = Math.min(open, p) * (1 - down);
      v[i] = Math.floor(1e6 * Math.exp(0.5 * rnd.nextGaussian()));
    }
    return new Bars(d, c, h, l, v);
  }

  BarSeries series() {
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, close);
    m.put(BarField.HIGH, high);
    m.put(BarField.LOW, low);
    m.put(BarField.VOLUME, volume);
    return BarSeries.of(dates, m);
  }

  BarSeries withVolume(double[] v) {
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, close);
    m.put(BarField.HIGH, high);
    m.put(BarField.LOW, low);
    m.put(BarField.VOLUME, v);
    return BarSeries.of(dates, m);
  }

  BarSeries closesOnly() {
    return BarSeries.of(dates, Map.of(BarField.CLOSE, close));
  }
}
