package dev.rotor.leadership;

import dev.rotor.returns.PriceBasis;
import dev.rotor.returns.Returns;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Relative performance over windows: which series leads, by how much, and how unusual that is.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li><b>Levels and price basis.</b> The inputs are level series (closes or a total-return
 *       index). Whether they are price or total-return levels is the caller's explicit choice,
 *       passed as a {@link PriceBasis} and carried in the result; nothing here adjusts levels.
 *   <li><b>Alignment.</b> The compared series are put on common dates with {@link
 *       Alignment#INTERSECT}: a date counts only when every series has a close on it. The as-of
 *       close used is the last common close on or before the requested as-of date.
 *   <li><b>Windows.</b> {@link StandardWindow} and {@link ExplicitWindow} state where each window
 *       starts (the last close before it) and ends.
 *   <li><b>Returns.</b> Total simple return from the base close to the end close. Windows over a
 *       year (3y, 5y, 10y; max and explicit windows spanning more than a year) are also annualised
 *       geometrically over trading periods: {@code (1 + R)^(P / k) - 1} with {@code k} the periods
 *       in the window and {@code P} the periods a year of the inferred {@link Frequency} (252 for
 *       daily data), as in {@link Returns#annualise}.
 *   <li><b>Pairs.</b> spread {@code ra - rb}; relative {@code (1 + ra) / (1 + rb) - 1}; the leader
 *       has the higher total return, and an exact tie has no leader.
 *   <li><b>How unusual.</b> The current spread is ranked among the spreads of every historical
 *       window of the same length ending on or before the current end (current included), so there
 *       is no look-ahead. "Same length" means the same calendar offset from each end date for 1w
 *       ... 10y, and the same number of periods for ytd, mtd, qtd, max and explicit windows. {@link
 *       SpreadHistory} defines the percentile and z-score. Each window and pair takes one O(n) pass
 *       over the common dates, without copying a window.
 * </ul>
 */
public final class Leadership {

  private Leadership() {}

  /**
   * The leadership table of small vs large caps, and tech when given. Pairs, in order: {@code
   * (small, large)}, then with tech {@code (tech, large)} and {@code (small, tech)}.
   *
   * @param levels level series by id; other entries are ignored
   * @param basis the price basis of the levels, carried into the result
   * @param small id of the small-cap series
   * @param large id of the large-cap series
   * @param tech id of a tech series, if any
   * @param asOf the as-of date; a day without a common close uses the last one before it
   * @param windows the windows, one row each
   * @throws IllegalArgumentException when an id is missing from {@code levels}, ids repeat, a level
   *     is not positive, the series share no date, or no common close is on or before {@code asOf}
   */
  public static LeadershipTable table(
      Map<SeriesId, DateSeries> levels,
      PriceBasis basis,
      SeriesId small,
      SeriesId large,
      Optional<SeriesId> tech,
      LocalDate asOf,
      List<Window> windows) {
    Objects.requireNonNull(tech, "tech");
    List<SeriesPair> pairs = new ArrayList<>();
    pairs.add(SeriesPair.of(small, large));
    if (tech.isPresent()) {
      if (tech.get().equals(small) || tech.get().equals(large)) {
        throw new IllegalArgumentException("tech: " + tech.get() + " repeats small or large");
      }
      pairs.add(SeriesPair.of(tech.get(), large));
      pairs.add(SeriesPair.of(small, tech.get()));
    }
    return table(levels, basis, pairs, asOf, windows);
  }

  /**
   * The leadership table of any pairs. The series are the members of {@code pairs} in order of
   * first appearance; all of them are aligned together (INTERSECT).
   *
   * @throws IllegalArgumentException when {@code pairs} or {@code windows} is empty or holds a
   *     duplicate, an id is missing from {@code levels}, a level is not positive, the series share
   *     no date, or no common close is on or before {@code asOf}
   */
  public static LeadershipTable table(
      Map<SeriesId, DateSeries> levels,
      PriceBasis basis,
      List<SeriesPair> pairs,
      LocalDate asOf,
      List<Window> windows) {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(asOf, "asOf");
    requireDistinctNonEmpty(pairs, "pairs");
    requireDistinctNonEmpty(windows, "windows");
    LinkedHashSet<SeriesId> idSet = new LinkedHashSet<>();
    for (SeriesPair p : pairs) {
      idSet.add(p.a());
      idSet.add(p.b());
    }
    List<SeriesId> ids = List.copyOf(idSet);
    DateSeries[] series = new DateSeries[ids.size()];
    for (int s = 0; s < series.length; s++) {
      series[s] = levels.get(ids.get(s));
      if (series[s] == null) {
        throw new IllegalArgumentException("levels: no series for id " + ids.get(s));
      }
      requirePositive(series[s], ids.get(s));
    }
    AlignedSeries aligned = AlignedSeries.of(Alignment.INTERSECT, series);
    LocalDate[] dates = aligned.dates();
    if (dates.length == 0) {
      throw new IllegalArgumentException("levels: the series " + ids + " share no date");
    }
    int asOfIndex = WindowRules.onOrBefore(dates, asOf);
    if (asOfIndex < 0) {
      throw new IllegalArgumentException(
          "asOf: " + asOf + " is before the first common close " + dates[0]);
    }
    Map<SeriesId, double[]> columns = new LinkedHashMap<>();
    for (int s = 0; s < series.length; s++) {
      columns.put(ids.get(s), aligned.column(s));
    }
    Frequency frequency = Frequency.infer(dates);
    List<WindowRow> rows = new ArrayList<>();
    for (Window w : windows) {
      rows.add(row(w, dates, asOfIndex, columns, pairs, frequency.periodsPerYear()));
    }
    return new LeadershipTable(
        basis, Alignment.INTERSECT, frequency, ids, pairs, asOf, dates[asOfIndex], rows);
  }

  private static WindowRow row(
      Window w,
      LocalDate[] dates,
      int asOfIndex,
      Map<SeriesId, double[]> columns,
      List<SeriesPair> pairs,
      int periodsPerYear) {
    int end = WindowRules.endIndex(w, dates, asOfIndex);
    if (end < 0) {
      return new WindowRow.Unavailable(
          w, "no common close on or before " + ((ExplicitWindow) w).to());
    }
    int base = WindowRules.baseIndex(w, dates, end);
    if (base < 0) {
      return new WindowRow.Unavailable(
          w,
          "needs a base close on or before "
              + WindowRules.baseLimit(w, dates[end])
              + "; the common closes start on "
              + dates[0]);
    }
    if (base >= end) {
      return new WindowRow.Unavailable(w, "no common close after the base close " + dates[base]);
    }
    int k = end - base;
    ResolvedWindow resolved = new ResolvedWindow(w.label(), dates[base], dates[end], k);
    boolean annualise = WindowRules.annualised(w, dates[base], dates[end]);
    Map<SeriesId, WindowReturn> returns = new LinkedHashMap<>();
    for (Map.Entry<SeriesId, double[]> e : columns.entrySet()) {
      double[] c = e.getValue();
      double total = c[end] / c[base] - 1.0;
      double ann = annualise ? Returns.annualise(total, k, periodsPerYear) : Double.NaN;
      returns.put(e.getKey(), new WindowReturn(c[base], c[end], total, ann));
    }
    int[] bases = WindowRules.historyBases(w, dates, end, base);
    int first = 0;
    while (bases[first] < 0) {
      first++;
    }
    List<PairComparison> comparisons = new ArrayList<>();
    for (SeriesPair p : pairs) {
      double[] a = columns.get(p.a());
      double[] b = columns.get(p.b());
      double[] h = Spreads.history(a, b, bases);
      double spread = h[h.length - 1];
      double ra = returns.get(p.a()).total();
      double rb = returns.get(p.b()).total();
      double relative = (1.0 + ra) / (1.0 + rb) - 1.0;
      Optional<SeriesId> leader =
          spread > 0 ? Optional.of(p.a()) : spread < 0 ? Optional.of(p.b()) : Optional.empty();
      double mean = Spreads.mean(h);
      double sd = Spreads.sd(h);
      SpreadHistory history =
          new SpreadHistory(
              h.length,
              dates[first],
              dates[end],
              mean,
              sd,
              Spreads.percentile(h, spread),
              Spreads.z(spread, mean, sd));
      comparisons.add(new PairComparison(p, spread, relative, leader, history));
    }
    return new WindowRow.Available(w, resolved, returns, comparisons);
  }

  private static void requirePositive(DateSeries s, SeriesId id) {
    for (int i = 0; i < s.size(); i++) {
      if (!(s.valueAt(i) > 0)) {
        throw new IllegalArgumentException(
            "levels: " + id + " has a non-positive level " + s.valueAt(i) + " on " + s.dateAt(i));
      }
    }
  }

  private static <T> void requireDistinctNonEmpty(List<T> list, String name) {
    Objects.requireNonNull(list, name);
    if (list.isEmpty()) {
      throw new IllegalArgumentException(name + ": must not be empty");
    }
    if (new LinkedHashSet<>(list).size() != list.size()) {
      throw new IllegalArgumentException(name + ": holds a duplicate in " + list);
    }
  }
}
