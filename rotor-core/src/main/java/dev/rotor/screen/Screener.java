package dev.rotor.screen;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs a {@link ScreenQuery} on a {@link CrossSection}: keeps the rows whose condition is true,
 * orders them by the ranking (missing values last, ties by ticker then source order), and keeps the
 * top N.
 */
public final class Screener {

  private Screener() {}

  /**
   * Screens {@code section}.
   *
   * @throws NullPointerException when an argument is null
   */
  public static ScreenResult run(CrossSection section, ScreenQuery query) {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(query, "query");
    List<Constituent> matched = new ArrayList<>();
    for (Constituent row : section.rows()) {
      if (query.where().matches(row)) {
        matched.add(row);
      }
    }
    Ranking ranking = query.rank();
    int missing = 0;
    double[] values = new double[matched.size()];
    Integer[] order = new Integer[matched.size()];
    for (int i = 0; i < values.length; i++) {
      order[i] = i;
      values[i] = ranking == null ? Double.NaN : matched.get(i).get(ranking.field());
      missing += ranking != null && Double.isNaN(values[i]) ? 1 : 0;
    }
    if (ranking != null) {
      Arrays.sort(order, comparator(ranking.order(), values, matched));
    }
    int n = Math.min(matched.size(), query.top());
    List<ScreenHit> hits = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int i = order[k];
      hits.add(new ScreenHit(k + 1, matched.get(i), values[i]));
    }
    return new ScreenResult(
        section.name(),
        section.asOf(),
        query,
        section.rows().size(),
        matched.size(),
        missing,
        hits);
  }

  /**
   * Present values before missing ones; values in {@code order} ({@code -0.0} equals {@code 0.0});
   * then ticker ascending; the sort is stable, so source order last.
   */
  static Comparator<Integer> comparator(RankOrder order, double[] values, List<Constituent> rows) {
    return (a, b) -> {
      double x = values[a];
      double y = values[b];
      boolean mx = Double.isNaN(x);
      boolean my = Double.isNaN(y);
      if (mx != my) {
        return mx ? 1 : -1;
      }
      if (!mx) {
        int c = Double.compare(x + 0.0, y + 0.0);
        if (c != 0) {
          return order == RankOrder.ASC ? c : -c;
        }
      }
      return rows.get(a).ticker().compareTo(rows.get(b).ticker());
    };
  }
}
