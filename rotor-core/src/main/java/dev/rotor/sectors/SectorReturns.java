package dev.rotor.sectors;

import dev.rotor.leadership.ExplicitWindow;
import dev.rotor.leadership.ResolvedWindow;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sector ETF returns over a window, ranked, with a significance flag.
 *
 * <p>The window is an {@link ExplicitWindow} resolved on each sector's own dates: from the last
 * close strictly before {@code from} to the last close on or before {@code to}, so every move on a
 * day in {@code [from, to]} counts.
 */
public final class SectorReturns {

  private SectorReturns() {}

  /**
   * {@link #over(Map, LocalDate, LocalDate, SignificanceRule)} with {@link
   * SignificanceRule#defaults()}.
   */
  public static List<SectorReturn> over(
      Map<String, DateSeries> sectorLevels, LocalDate from, LocalDate to) {
    return over(sectorLevels, from, to, SignificanceRule.defaults());
  }

  /**
   * Returns of each sector's price (or total-return) level over {@code [from, to]}, best first.
   * Ties keep the map's order. A sector whose series has no close before {@code from} or none after
   * it up to {@code to} is left out.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}, or a level is not
   *     positive
   */
  public static List<SectorReturn> over(
      Map<String, DateSeries> sectorLevels, LocalDate from, LocalDate to, SignificanceRule rule) {
    Objects.requireNonNull(sectorLevels, "sectorLevels");
    Objects.requireNonNull(rule, "rule");
    ExplicitWindow window = new ExplicitWindow(from, to);
    List<Unranked> rows = new ArrayList<>();
    for (Map.Entry<String, DateSeries> e : sectorLevels.entrySet()) {
      Objects.requireNonNull(e.getValue(), "sectorLevels: " + e.getKey());
      LocalDate[] dates = e.getValue().dates();
      Optional<ResolvedWindow> resolved = window.resolve(dates, to);
      if (resolved.isEmpty()) {
        continue;
      }
      double[] levels = e.getValue().values();
      for (double v : levels) {
        if (!(v > 0)) {
          throw new IllegalArgumentException(
              "sectorLevels: " + e.getKey() + " has a level that is not positive: " + v);
        }
      }
      int end = indexOf(dates, resolved.get().end());
      int base = end - resolved.get().periods();
      double z = zScore(levels, base, end, rule.lookback());
      rows.add(
          new Unranked(
              e.getKey(),
              resolved.get(),
              levels[end] / levels[base] - 1.0,
              z,
              Math.abs(z) > rule.threshold()));
    }
    rows.sort(Comparator.comparingDouble(Unranked::ret).reversed());
    List<SectorReturn> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Unranked u = rows.get(i);
      out.add(new SectorReturn(u.sector, u.window, u.ret, u.z, u.significant, i + 1));
    }
    return List.copyOf(out);
  }

  /**
   * {@code ln(level[end]/level[base]) / (σ √(end − base))}, σ the sample standard deviation of the
   * last {@code lookback} log returns ending at {@code base} (fewer if the series starts later);
   * NaN with fewer than {@link SignificanceRule#MIN_HISTORY} of them or a zero σ.
   */
  static double zScore(double[] levels, int base, int end, int lookback) {
    int first = Math.max(1, base - lookback + 1);
    int count = base - first + 1;
    if (count < SignificanceRule.MIN_HISTORY) {
      return Double.NaN;
    }
    double mean = 0;
    for (int i = first; i <= base; i++) {
      mean += Math.log(levels[i] / levels[i - 1]);
    }
    mean /= count;
    double ss = 0;
    for (int i = first; i <= base; i++) {
      double d = Math.log(levels[i] / levels[i - 1]) - mean;
      ss += d * d;
    }
    double sigma = Math.sqrt(ss / (count - 1));
    if (!(sigma > 0)) {
      return Double.NaN;
    }
    return Math.log(levels[end] / levels[base]) / (sigma * Math.sqrt(end - base));
  }

  private static int indexOf(LocalDate[] dates, LocalDate d) {
    int i = java.util.Arrays.binarySearch(dates, d);
    if (i < 0) {
      throw new IllegalStateException("resolved date " + d + " is not in the series");
    }
    return i;
  }

  private record Unranked(
      String sector, ResolvedWindow window, double ret, double z, boolean significant) {}
}
