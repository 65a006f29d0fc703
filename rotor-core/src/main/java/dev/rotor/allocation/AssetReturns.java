package dev.rotor.allocation;

import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Simple returns of several assets on common dates at one frequency: the input of every allocation
 * calculation. Built from levels ({@link #fromLevels}) or from returns ({@link #fromReturns});
 * columns are in the iteration order of the map given (pass a {@link java.util.LinkedHashMap} to
 * fix it).
 *
 * <p><b>Alignment and resampling.</b> The inputs are put on the dates every series has ({@link
 * Alignment#INTERSECT}; nothing is filled), then brought to {@code frequency}: levels are resampled
 * by last observation per period ({@link Resample#lastPerPeriod}, ISO weeks, calendar months and
 * quarters, dated on the actual last observation), returns are compounded within each period. Each
 * return is dated at the end of its period. A frequency higher than the data's own (weekly asked of
 * monthly data) is an error, since annualisation would then be wrong.
 *
 * <p><b>Annualisation</b> uses {@link Frequency#periodsPerYear()}: mean returns are multiplied by
 * it (arithmetic), covariances too (i.i.d. scaling), volatilities by its square root.
 */
public final class AssetReturns {

  private final List<SeriesId> ids;
  private final LocalDate[] dates;
  private final double[][] columns;
  private final Frequency frequency;

  private AssetReturns(
      List<SeriesId> ids, LocalDate[] dates, double[][] columns, Frequency frequency) {
    this.ids = ids;
    this.dates = dates;
    this.columns = columns;
    this.frequency = frequency;
  }

  /**
   * Returns from arrays already aligned: {@code columns[a][t]} is asset {@code a}'s simple return
   * for the period ending on {@code dates[t]}. Arrays are copied.
   *
   * @throws IllegalArgumentException on a null or duplicate id, mismatched lengths, dates not
   *     strictly ascending, or a return that is not finite and above -1
   */
  public static AssetReturns of(
      List<SeriesId> ids, LocalDate[] dates, double[][] columns, Frequency frequency) {
    Inputs.requireNonNull("ids", ids);
    Inputs.requireNonNull("dates", dates);
    Inputs.requireNonNull("columns", columns);
    Inputs.requireNonNull("frequency", frequency);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids: at least one asset is required");
    }
    if (columns.length != ids.size()) {
      throw new IllegalArgumentException(
          "columns: " + columns.length + " columns for " + ids.size() + " ids");
    }
    List<SeriesId> idCopy = List.copyOf(ids);
    if (idCopy.stream().distinct().count() != idCopy.size()) {
      throw new IllegalArgumentException("ids: duplicate id in " + idCopy);
    }
    double[][] copy = new double[columns.length][];
    for (int a = 0; a < columns.length; a++) {
      if (columns[a] == null || columns[a].length != dates.length) {
        throw new IllegalArgumentException(
            "columns: column " + idCopy.get(a) + " does not have " + dates.length + " returns");
      }
      // DateSeries.of checks the dates and finiteness, naming the date.
      DateSeries.of(dates, columns[a]);
      for (int t = 0; t < dates.length; t++) {
        if (!(columns[a][t] > -1.0)) {
          throw new IllegalArgumentException(
              "columns: return "
                  + columns[a][t]
                  + " of "
                  + idCopy.get(a)
                  + " on "
                  + dates[t]
                  + " is not above -1");
        }
      }
      copy[a] = columns[a].clone();
    }
    return new AssetReturns(idCopy, dates.clone(), copy, frequency);
  }

  /**
   * Simple returns at {@code frequency} from price or index levels: levels aligned on common dates,
   * resampled by last observation per period, then {@code p[t] / p[t-1] - 1}. The first common
   * level yields no return. Use total-return (dividend-adjusted) levels for total returns.
   *
   * @throws IllegalArgumentException on an empty map, a level that is not positive, or a {@code
   *     frequency} higher than the data's
   */
  public static AssetReturns fromLevels(Map<SeriesId, DateSeries> levels, Frequency frequency) {
    Inputs.requireNonNull("frequency", frequency);
    AlignedSeries aligned = align("levels", levels);
    List<SeriesId> ids = List.copyOf(levels.keySet());
    requireAttainable(aligned.dates(), frequency);
    double[][] cols = new double[ids.size()][];
    LocalDate[] dates = new LocalDate[0];
    for (int a = 0; a < ids.size(); a++) {
      DateSeries resampled = Resample.lastPerPeriod(aligned.series(a), frequency);
      try {
        cols[a] = Returns.fromPrices(resampled.values(), ReturnKind.SIMPLE);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("levels[" + ids.get(a) + "]: " + e.getMessage(), e);
      }
      dates = tail(resampled.dates());
    }
    return of(ids, dates, cols, frequency);
  }

  /**
   * Simple returns at {@code frequency} from return series of {@code kind} (log returns are
   * converted by {@code exp(r) - 1}): returns aligned on common dates, then compounded within each
   * period, {@code prod(1 + r) - 1}, and dated on the period's last common date. A date missing
   * from one series drops that date's return from every series (returns cannot be carried over a
   * gap without inventing data); pass levels to avoid that loss. The first and last periods may be
   * incomplete.
   *
   * @throws IllegalArgumentException on an empty map, a return not above -1, or a {@code frequency}
   *     higher than the data's
   */
  public static AssetReturns fromReturns(
      Map<SeriesId, DateSeries> returns, ReturnKind kind, Frequency frequency) {
    Inputs.requireNonNull("kind", kind);
    Inputs.requireNonNull("frequency", frequency);
    AlignedSeries aligned = align("returns", returns);
    List<SeriesId> ids = List.copyOf(returns.keySet());
    requireAttainable(aligned.dates(), frequency);
    double[][] cols = new double[ids.size()][];
    LocalDate[] dates = new LocalDate[0];
    for (int a = 0; a < ids.size(); a++) {
      double[] r = aligned.column(a);
      double[] growth = new double[r.length];
      double level = 1.0;
      for (int t = 0; t < r.length; t++) {
        double simple = kind == ReturnKind.LOG ? Returns.logToSimple(r[t]) : r[t];
        if (!(simple > -1.0)) {
          throw new IllegalArgumentException(
              "returns["
                  + ids.get(a)
                  + "]: return "
                  + r[t]
                  + " on "
                  + aligned.dates()[t]
                  + " is not above -1");
        }
        level *= 1.0 + simple;
        growth[t] = level;
      }
      DateSeries resampled =
          Resample.lastPerPeriod(DateSeries.of(aligned.dates(), growth), frequency);
      double[] g = resampled.values();
      cols[a] = new double[g.length];
      for (int t = 0; t < g.length; t++) {
        cols[a][t] = g[t] / (t == 0 ? 1.0 : g[t - 1]) - 1.0;
      }
      dates = resampled.dates();
    }
    return of(ids, dates, cols, frequency);
  }

  /** The asset ids, in column order. */
  public List<SeriesId> ids() {
    return ids;
  }

  /** Number of assets (columns). */
  public int assetCount() {
    return columns.length;
  }

  /** Number of return periods (rows). */
  public int periodCount() {
    return dates.length;
  }

  /** The frequency of the returns, which sets annualisation. */
  public Frequency frequency() {
    return frequency;
  }

  /** A copy of the period-end dates. */
  public LocalDate[] dates() {
    return dates.clone();
  }

  /** A copy of asset {@code a}'s returns, in date order. */
  public double[] column(int a) {
    return columns[a].clone();
  }

  /** Asset {@code a}'s returns as a series. */
  public DateSeries series(int a) {
    return DateSeries.of(dates, columns[a]);
  }

  /** A copy of every column, {@code [asset][period]}. */
  public double[][] columns() {
    double[][] out = new double[columns.length][];
    for (int a = 0; a < columns.length; a++) {
      out[a] = columns[a].clone();
    }
    return out;
  }

  /** These returns restricted to periods ending from {@code from} to {@code to} (inclusive). */
  public AssetReturns between(LocalDate from, LocalDate to) {
    Inputs.requireNonNull("from", from);
    Inputs.requireNonNull("to", to);
    List<Integer> keep = new ArrayList<>();
    for (int t = 0; t < dates.length; t++) {
      if (!dates[t].isBefore(from) && !dates[t].isAfter(to)) {
        keep.add(t);
      }
    }
    LocalDate[] d = new LocalDate[keep.size()];
    double[][] c = new double[columns.length][keep.size()];
    for (int k = 0; k < keep.size(); k++) {
      d[k] = dates[keep.get(k)];
      for (int a = 0; a < columns.length; a++) {
        c[a][k] = columns[a][keep.get(k)];
      }
    }
    return new AssetReturns(ids, d, c, frequency);
  }

  /** Annualised arithmetic mean returns: {@code periodsPerYear * mean}; NaN without data. */
  public double[] annualisedMeans() {
    double[] m = Moments.means(columns);
    int p = frequency.periodsPerYear();
    for (int a = 0; a < m.length; a++) {
      m[a] *= p;
    }
    return m;
  }

  /**
   * Annualised sample covariance: {@code periodsPerYear * cov} (divisor {@code T - 1}); NaN with
   * fewer than two periods.
   */
  public double[][] annualisedCovariance() {
    double[][] c = Moments.covariance(columns);
    int p = frequency.periodsPerYear();
    for (double[] row : c) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= p;
      }
    }
    return c;
  }

  /** The Pearson correlation matrix of the returns (unchanged by annualisation). */
  public CorrelationMatrix correlation() {
    return new CorrelationMatrix(ids, Moments.correlation(columns), frequency, dates.length);
  }

  /**
   * The correlation of assets {@code a} and {@code b} over trailing windows of {@code window}
   * periods, dated at each window's last period. Dates before the first full window, and windows
   * where an asset's return is constant, are absent (the series missing-data rule).
   *
   * @throws IllegalArgumentException when an index is out of range or {@code window < 2}
   */
  public DateSeries rollingCorrelation(int a, int b, int window) {
    requireIndex("a", a);
    requireIndex("b", b);
    double[] rho = Moments.rollingCorrelation(columns[a], columns[b], window);
    DateSeries.Builder out = DateSeries.builder();
    for (int t = 0; t < rho.length; t++) {
      if (!Double.isNaN(rho[t])) {
        out.put(dates[t], rho[t]);
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "AssetReturns" + ids + " " + frequency.label() + " x " + dates.length;
  }

  private void requireIndex(String name, int i) {
    if (i < 0 || i >= columns.length) {
      throw new IllegalArgumentException(
          name + ": asset index " + i + " outside 0.." + (columns.length - 1));
    }
  }

  private static AlignedSeries align(String name, Map<SeriesId, DateSeries> series) {
    Inputs.requireNonNull(name, series);
    if (series.isEmpty()) {
      throw new IllegalArgumentException(name + ": at least one series is required");
    }
    for (Map.Entry<SeriesId, DateSeries> e : series.entrySet()) {
      Inputs.requireNonNull(name + " id", e.getKey());
      Inputs.requireNonNull(name + "[" + e.getKey() + "]", e.getValue());
    }
    return AlignedSeries.of(Alignment.INTERSECT, series.values().toArray(DateSeries[]::new));
  }

  /**
   * Rejects a target frequency higher than the data's, inferred from the common dates ({@link
   * Frequency#infer}); fewer than three dates cannot be judged and pass.
   */
  private static void requireAttainable(LocalDate[] commonDates, Frequency target) {
    if (commonDates.length < 3) {
      return;
    }
    Frequency data = Frequency.infer(commonDates);
    if (data.ordinal() > target.ordinal()) {
      throw new IllegalArgumentException(
          "frequency: the common dates are "
              + data.label()
              + ", so the returns cannot be "
              + target.label());
    }
  }

  private static LocalDate[] tail(LocalDate[] d) {
    if (d.length < 2) {
      return new LocalDate[0];
    }
    LocalDate[] out = new LocalDate[d.length - 1];
    System.arraycopy(d, 1, out, 0, out.length);
    return out;
  }
}
