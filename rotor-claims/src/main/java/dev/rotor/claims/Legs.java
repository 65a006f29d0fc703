package dev.rotor.claims;

import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.risk.Volatility;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Measures an {@link Entity} over a {@link Period}: picks each member's first alternative series
 * with data for the period (a close within {@value #MAX_GAP_DAYS} days on or before the base, data
 * reaching within {@value #MAX_GAP_DAYS} days of the end), its simple return, and its daily returns
 * (the 252 before the base and those in the period); a basket is the mean of its members. Static
 * and pure.
 */
final class Legs {

  static final int SIGMA_LOOKBACK = 252;
  static final int MAX_GAP_DAYS = 7;

  private Legs() {}

  /** One entity's measured move over a period. */
  record Leg(
      List<String> ids,
      DateSeries levels,
      DateSeries daily,
      double ret,
      LocalDate from,
      LocalDate to,
      int n) {}

  static Optional<Leg> leg(MarketData data, Entity e, Period p) {
    List<String> ids = new ArrayList<>();
    List<DateSeries> dailies = new ArrayList<>();
    double sum = 0;
    DateSeries first = null;
    LocalDate from = null;
    LocalDate to = null;
    int n = 0;
    for (List<String> alternatives : e.members()) {
      boolean found = false;
      for (String id : alternatives) {
        Optional<DateSeries> lv = data.levels(id);
        if (lv.isEmpty() || lv.get().isEmpty()) {
          continue;
        }
        DateSeries s = lv.get();
        int i0 = s.indexOnOrBefore(p.base());
        int i1 = s.indexOnOrBefore(p.end());
        if (i0 < 0
            || i1 <= i0
            || s.dateAt(i0).isBefore(p.base().minusDays(MAX_GAP_DAYS))
            || s.dateAt(i1).isBefore(p.end().minusDays(MAX_GAP_DAYS))) {
          continue;
        }
        ids.add(id);
        sum += s.valueAt(i1) / s.valueAt(i0) - 1;
        DateSeries window = s.between(s.dateAt(Math.max(0, i0 - SIGMA_LOOKBACK)), s.dateAt(i1));
        dailies.add(Returns.fromPrices(window, ReturnKind.SIMPLE));
        if (first == null) {
          first = s;
          from = s.dateAt(i0);
          to = s.dateAt(i1);
          n = i1 - i0;
        }
        found = true;
        break;
      }
      if (!found) {
        return Optional.empty();
      }
    }
    DateSeries daily = dailies.get(0);
    if (dailies.size() > 1) {
      AlignedSeries al = AlignedSeries.of(Alignment.INTERSECT, dailies.toArray(DateSeries[]::new));
      double[] mean = new double[al.size()];
      for (int k = 0; k < dailies.size(); k++) {
        double[] col = al.column(k);
        for (int i = 0; i < mean.length; i++) {
          mean[i] += col[i] / dailies.size();
        }
      }
      daily = DateSeries.of(al.dates(), mean);
    }
    return Optional.of(
        new Leg(List.copyOf(ids), first, daily, sum / e.members().size(), from, to, n));
  }

  /**
   * Daily sd over the {@value #SIGMA_LOOKBACK} returns up to {@code base}, times sqrt(n); NaN when
   * short.
   */
  static double sigmaH(DateSeries daily, LocalDate base, int n) {
    int i = daily.indexOnOrBefore(base);
    if (i + 1 < SIGMA_LOOKBACK / 2 || n < 1) {
      return Double.NaN;
    }
    double[] v = Arrays.copyOfRange(daily.values(), Math.max(0, i + 1 - SIGMA_LOOKBACK), i + 1);
    return Volatility.closeToClose(v) * Math.sqrt(n);
  }
}
