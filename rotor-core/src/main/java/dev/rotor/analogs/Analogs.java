package dev.rotor.analogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Analogs: the dates whose small-versus-large state resembled the state on an as-of date, and the
 * distribution of the relative returns that followed them. Entry points {@link #threshold} and
 * {@link #nearest}; stateless and pure.
 *
 * <h2>Rules shared by both methods</h2>
 *
 * <p>Months become observations by the series' {@link Sampling}. Let {@code a} be the as-of
 * observation (the last on or before the date asked for), {@code H} the longest horizon and {@code
 * E} the exclusion spacing, in observations.
 *
 * <ul>
 *   <li><b>No look-ahead.</b> A candidate {@code i} must satisfy {@code i + H < a}: its longest
 *       forward window ends strictly before the as-of observation, so the as-of date itself and
 *       every later observation are never used, and every analog has a return at every horizon.
 *       Nothing after {@code a} is read at all; truncating the series at {@code a} gives the same
 *       result.
 *   <li><b>History.</b> A candidate must have the full history its state needs.
 *   <li><b>Non-overlap.</b> Two analogs are at least {@code E >= H} observations apart, so their
 *       forward windows do not overlap.
 *   <li><b>Outcomes.</b> Forward returns {@code rel(i, i + h)} per horizon in the {@link
 *       AnalogSpec#kind()}; each horizon is summarised by count, mean, median, hit rate and a
 *       bootstrap percentile interval of the mean.
 * </ul>
 *
 * <p>Too little data is not an error: a short series gives NaN state features, no analogs, count 0
 * and NaN statistics.
 */
public final class Analogs {

  private Analogs() {}

  /**
   * Analogs by the threshold rule, chosen greedily by date: walking forward in time, a qualifying
   * date is kept when it is at least {@code E} observations after the last kept one (so each
   * qualifying episode contributes its first date). The state is {@code recent_<n>m} and {@code
   * prior_<m>m}.
   *
   * @throws IllegalArgumentException when {@code asOf} is before the first observation
   */
  public static AnalogResult threshold(
      RelativeSeries series, LocalDate asOf, ThresholdRule rule, AnalogSpec spec) {
    Objects.requireNonNull(rule, "rule");
    Setting s = Setting.of(series, asOf, spec);
    int n = s.sampling.periods(rule.recentMonths());
    int m = s.sampling.periods(rule.priorMonths());
    int a = s.asOf;
    double[][] state = new double[a + 1][];
    boolean[] match = new boolean[a + 1];
    for (int i = 0; i <= a; i++) {
      double recent = StateFeatures.relative(s.level, i - n, i, spec.kind());
      double prior = StateFeatures.relative(s.level, i - n - m, i - n, spec.kind());
      state[i] = new double[] {recent, prior};
      match[i] = rule.test(recent, prior);
    }
    int[] chosen = Selection.greedyByDate(match, n + m, s.lastCandidate() + 1, s.exclusion);
    List<String> names =
        List.of("recent_" + rule.recentMonths() + "m", "prior_" + rule.priorMonths() + "m");
    return s.result(AnalogMethod.THRESHOLD, names, state, chosen, null);
  }

  /**
   * Analogs by nearest neighbours on standardised state features ({@link NeighbourRule}), chosen
   * greedily by distance: candidates in ascending distance are kept when at least {@code E}
   * observations from every analog kept so far, until {@code k} are kept.
   *
   * <p><b>Standardisation.</b> Each feature is divided by its sample (N-1) standard deviation over
   * every observation from the first with a complete state up to and including the as-of date
   * (history known on the as-of date; nothing later). Subtracting the mean would cancel in the
   * distance, so it is omitted. A feature with zero or undefined spread is left out of the
   * distance. <b>Distance:</b> Euclidean, {@code sqrt(sum_f ((x_f(i) - x_f(a)) / sd_f)^2)}.
   *
   * @throws IllegalArgumentException when {@code asOf} is before the first observation
   */
  public static AnalogResult nearest(
      RelativeSeries series, LocalDate asOf, NeighbourRule rule, AnalogSpec spec) {
    Objects.requireNonNull(rule, "rule");
    Setting s = Setting.of(series, asOf, spec);
    int a = s.asOf;
    int f = rule.featureCount();
    double[][] columns = new double[f][];
    List<Integer> lookbacks = rule.lookbackMonths();
    for (int c = 0; c < lookbacks.size(); c++) {
      int lag = s.sampling.periods(lookbacks.get(c));
      double[] col = new double[a + 1];
      for (int i = 0; i <= a; i++) {
        col[i] = StateFeatures.relative(s.level, i - lag, i, spec.kind());
      }
      columns[c] = col;
    }
    int first = s.sampling.periods(lookbacks.get(lookbacks.size() - 1));
    if (rule.volatilityMonths() > 0) {
      int window = Math.max(2, s.sampling.periods(rule.volatilityMonths()));
      columns[f - 1] =
          StateFeatures.rollingVolatility(s.level, window, Math.sqrt(s.sampling.periodsPerYear()));
      first = Math.max(first, window);
    }
    double[][] state = new double[a + 1][f];
    for (int i = 0; i <= a; i++) {
      for (int c = 0; c < f; c++) {
        state[i][c] = columns[c][i];
      }
    }
    double[] distance = new double[a + 1];
    Arrays.fill(distance, Double.NaN);
    int[] candidates = new int[0];
    if (first <= a) {
      double[] scale = new double[f];
      for (int c = 0; c < f; c++) {
        scale[c] = StateFeatures.standardDeviation(columns[c], first, a);
      }
      int last = s.lastCandidate();
      candidates = new int[Math.max(0, last - first + 1)];
      for (int i = first; i <= last; i++) {
        candidates[i - first] = i;
        double ss = 0;
        for (int c = 0; c < f; c++) {
          if (scale[c] > 0) {
            double z = (columns[c][i] - columns[c][a]) / scale[c];
            ss += z * z;
          }
        }
        distance[i] = Math.sqrt(ss);
      }
    }
    int[] chosen = Selection.greedyByDistance(distance, candidates, rule.k(), s.exclusion);
    return s.result(AnalogMethod.NEAREST_NEIGHBOURS, rule.featureNames(), state, chosen, distance);
  }

  /** The as-of position, sampling and spacing shared by both methods. */
  private static final class Setting {
    final double[] level;
    final LocalDate[] dates;
    final Sampling sampling;
    final AnalogSpec spec;
    final int asOf;
    final int longest;
    final int exclusion;

    private Setting(RelativeSeries series, int asOf, AnalogSpec spec) {
      // Only observations up to the as-of are kept: nothing later can leak into a result.
      this.level = Arrays.copyOf(series.level().values(), asOf + 1);
      this.dates = Arrays.copyOf(series.level().dates(), asOf + 1);
      this.sampling = series.sampling();
      this.spec = spec;
      this.asOf = asOf;
      this.longest = sampling.periods(spec.longestHorizonMonths());
      this.exclusion = sampling.periods(spec.exclusionMonths());
    }

    static Setting of(RelativeSeries series, LocalDate asOf, AnalogSpec spec) {
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(spec, "spec");
      int a = series.level().indexOnOrBefore(asOf);
      if (a < 0) {
        throw new IllegalArgumentException(
            "asOf: "
                + asOf
                + " is before the first observation"
                + (series.level().isEmpty() ? " (the series is empty)" : ""));
      }
      return new Setting(series, a, spec);
    }

    /** The last index whose longest forward window ends strictly before the as-of index. */
    int lastCandidate() {
      return asOf - longest - 1;
    }

    AnalogResult result(
        AnalogMethod method,
        List<String> names,
        double[][] state,
        int[] chosen,
        double[] distance) {
      List<StateFeature> asOfState = new ArrayList<>();
      for (int c = 0; c < names.size(); c++) {
        asOfState.add(new StateFeature(names.get(c), state[asOf][c]));
      }
      List<Integer> horizons = spec.horizonMonths();
      int[] steps = new int[horizons.size()];
      for (int h = 0; h < steps.length; h++) {
        steps[h] = sampling.periods(horizons.get(h));
      }
      double[][] byHorizon = new double[steps.length][chosen.length];
      List<Analog> analogs = new ArrayList<>();
      for (int j = 0; j < chosen.length; j++) {
        int i = chosen[j];
        double[] forward = new double[steps.length];
        for (int h = 0; h < steps.length; h++) {
          forward[h] = forward(i, steps[h]);
          byHorizon[h][j] = forward[h];
        }
        double d = distance == null ? Double.NaN : distance[i];
        analogs.add(new Analog(dates[i], d, state[i], forward));
      }
      List<ForwardSummary> summaries = new ArrayList<>();
      for (int h = 0; h < steps.length; h++) {
        summaries.add(
            ForwardStats.summarise(
                horizons.get(h), byHorizon[h], spec.resamples(), spec.seed(), spec.confidence()));
      }
      return new AnalogResult(method, dates[asOf], asOfState, analogs, summaries, spec);
    }

    private double forward(int i, int step) {
      return StateFeatures.relative(level, i, i + step, spec.kind());
    }
  }
}
