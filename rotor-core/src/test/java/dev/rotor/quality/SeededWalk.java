package dev.rotor.quality;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Test data: a seeded daily OHLCV random walk as parallel arrays, with methods that plant problems
 * (jumps, splits, flat runs, dropped bars) before {@link #bars} builds the series.
 */
final class SeededWalk {

  /** Weekdays minus a few 2021-2022 US holidays. */
  static final WeekdaysCalendar CAL =
      WeekdaysCalendar.withHolidays(
          LocalDate.of(2021, 1, 1),
          LocalDate.of(2021, 7, 5),
          LocalDate.of(2021, 12, 24),
          LocalDate.of(2022, 7, 4),
          LocalDate.of(2022, 12, 26));

  final LocalDate[] d;
  final double[] o;
  final double[] h;
  final double[] l;
  final double[] c;
  final double[] v;

  /**
   * {@code n} bars on every trading day of {@link #CAL} from 2021-01-04: log-normal closes with 1 %
   * daily volatility (no move comes near a threshold), consistent OHLC, positive volume.
   */
  SeededWalk(Random rnd, int n) {
    d = new LocalDate[n];
    o = new double[n];
    h = new double[n];
    l = new double[n];
    c = new double[n];
    v = new double[n];
    LocalDate day = LocalDate.of(2021, 1, 4);
    double prev = 100;
    for (int i = 0; i < n; i++) {
      d[i] = day;
      o[i] = prev * Math.exp(0.003 * rnd.nextGaussian());
      c[i] = o[i] * Math.exp(0.009 * rnd.nextGaussian());
      h[i] = Math.max(o[i], c[i]) * (1 + 0.005 * Math.abs(rnd.nextGaussian()));
      l[i] = Math.min(o[i], c[i]) * (1 - 0.005 * Math.abs(rnd.nextGaussian()));
      v[i] = 1e6 * (0.5 + rnd.nextDouble());
      prev = c[i];
      day = CAL.nextTradingDay(day);
    }
  }

  /** Multiplies every price from bar {@code from} on by {@code factor}. */
  void scaleFrom(int from, double factor) {
    for (int i = from; i < c.length; i++) {
      o[i] *= factor;
      h[i] *= factor;
      l[i] *= factor;
      c[i] *= factor;
    }
  }

  /** Sets bars {@code [from, from + length)} to the flat bar of {@code c[from]}. */
  void flatten(int from, int length) {
    double x = c[from];
    for (int i = from; i < from + length; i++) {
      o[i] = x;
      h[i] = x;
      l[i] = x;
      c[i] = x;
    }
  }

  /** The bars, without the bars at the indices in {@code drop}. */
  BarSeries bars(Set<Integer> drop) {
    int n = c.length - drop.size();
    LocalDate[] dd = new LocalDate[n];
    double[][] cols = new double[5][n];
    int k = 0;
    for (int i = 0; i < c.length; i++) {
      if (!drop.contains(i)) {
        dd[k] = d[i];
        cols[0][k] = o[i];
        cols[1][k] = h[i];
        cols[2][k] = l[i];
        cols[3][k] = c[i];
        cols[4][k] = v[i];
        k++;
      }
    }
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.OPEN, cols[0]);
    m.put(BarField.HIGH, cols[1]);
    m.put(BarField.LOW, cols[2]);
    m.put(BarField.CLOSE, cols[3]);
    m.put(BarField.VOLUME, cols[4]);
    return BarSeries.of(dd, m);
  }

  BarSeries bars() {
    return bars(Set.of());
  }

  /** {@code k} distinct sorted indices in {@code [30, n - 30)}, at least 30 apart. */
  static int[] spacedIndices(Random rnd, int k, int n) {
    int slot = (n - 60) / k;
    int[] idx = new int[k];
    for (int j = 0; j < k; j++) {
      idx[j] = 30 + j * slot + rnd.nextInt(slot - 30);
    }
    return idx;
  }
}
