package dev.rotor.liquidity;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Entry points of the liquidity analytics: a {@link LiquidityProfile} per series, small versus
 * large side by side ({@link LiquidityComparison}), a {@link SizeBucketTable} across a stock panel,
 * and rolling series of the mean-type measures. Formulas and references: {@code
 * docs/conventions-liquidity.md}.
 *
 * <p>Dating: every daily quantity is dated on its last bar (a return on the bar it ends on, a
 * Corwin-Schultz estimate on the second bar of its pair); a profile uses the quantities dated in
 * the spec's window, so the window's first return reaches back to the close before it, and no
 * quantity uses a bar after the window. Only the bars used (from two bars before the window to its
 * end) are validated.
 *
 * <p>Failure modes: a malformed bar (close or low not positive, negative volume, high below low) is
 * an {@link IllegalArgumentException} naming the date; data that cannot give a measure (no volume
 * column, too few bars, no share count) gives a NaN {@link Measurement} with the reason.
 */
public final class Liquidity {

  static final String NO_BARS = "no bars dated in the window";
  static final String NO_VOLUME = "the series has no volume column";
  static final String NO_VOLUME_IN_WINDOW = "no volume reported in the window";
  static final String NO_AMIHUD_DAYS =
      "no day in the window with a return and positive dollar volume";
  static final String NO_SHARES = "shares outstanding not known";
  static final String NO_HIGH_LOW = "the series has no high and low columns";
  static final String NO_HIGH_LOW_PAIRS =
      "no two consecutive bars with high and low ending in the window";
  static final String FEW_RETURNS = "fewer than 2 returns in the window";
  static final String FEW_PAIRS = "fewer than 2 pairs of consecutive returns in the window";
  static final String ROLL_UNDEFINED =
      "autocovariance of returns is not negative: the Roll model has no solution";
  static final String ZERO_ADV = "average daily volume is zero";

  private Liquidity() {}

  /** The profile of {@code bars} over the spec's window, with shares outstanding not known. */
  public static LiquidityProfile profile(String name, BarSeries bars, LiquiditySpec spec) {
    return profile(name, bars, Double.NaN, spec);
  }

  /**
   * The profile of {@code bars} over the spec's window.
   *
   * @param name the series name
   * @param bars daily bars: close required; volume, high and low optional (measures needing an
   *     absent column are NaN with the reason)
   * @param sharesOutstanding shares outstanding for turnover, or NaN when not known
   * @param spec window and trade
   * @throws IllegalArgumentException on a non-positive or infinite share count or a malformed bar
   *     in the window
   */
  public static LiquidityProfile profile(
      String name, BarSeries bars, double sharesOutstanding, LiquiditySpec spec) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bars, "bars");
    Objects.requireNonNull(spec, "spec");
    if (!Double.isNaN(sharesOutstanding)
        && (!(sharesOutstanding > 0) || Double.isInfinite(sharesOutstanding))) {
      throw new IllegalArgumentException(
          "sharesOutstanding: must be positive and finite, or NaN, got " + sharesOutstanding);
    }
    LocalDate[] dates = bars.dates();
    int lo = 0;
    while (spec.from() != null && lo < dates.length && dates[lo].isBefore(spec.from())) {
      lo++;
    }
    int hi = dates.length;
    while (spec.to() != null && hi > lo && dates[hi - 1].isAfter(spec.to())) {
      hi--;
    }
    int start = Math.max(lo - 2, 0);
    Columns c = Columns.of(bars, dates, start, hi);
    Map<LiquidityMeasure, Measurement> m =
        measure(c, lo - start, hi - start, sharesOutstanding, spec);
    int n = hi - lo;
    return new LiquidityProfile(
        name,
        n == 0 ? null : dates[lo],
        n == 0 ? null : dates[hi - 1],
        n,
        sharesOutstanding,
        spec,
        m);
  }

  /** The two profiles side by side ({@link LiquidityComparison#of}). */
  public static LiquidityComparison compare(LiquidityProfile small, LiquidityProfile large) {
    return LiquidityComparison.of(small, large);
  }

  /**
   * Liquidity by size bucket across a panel of closes (no volume, highs or lows: the measures
   * needing them are NaN with the reason; volatility and the Roll spread are computed). Tickers are
   * bucketed by {@code caps} per {@code rule}; each bucket reports the median of each measure over
   * its tickers.
   *
   * @param closes closes per ticker
   * @param caps market cap per ticker in US dollars, finite and positive (see {@link #marketCaps})
   * @throws IllegalArgumentException on a null, non-finite or non-positive cap, or a malformed
   *     close
   */
  public static SizeBucketTable bySize(
      Map<String, DateSeries> closes,
      Map<String, Double> caps,
      BucketRule rule,
      LiquiditySpec spec) {
    Map<String, BarSeries> bars = new TreeMap<>();
    for (Map.Entry<String, DateSeries> e : closes.entrySet()) {
      DateSeries s = Objects.requireNonNull(e.getValue(), "closes: null series for " + e.getKey());
      bars.put(e.getKey(), BarSeries.of(s.dates(), Map.of(BarField.CLOSE, s.values())));
    }
    return SizeBuckets.table(bars, caps, rule, spec);
  }

  /** As {@link #bySize}, on full bars (where volume, highs and lows are known). */
  public static SizeBucketTable bySizeWithBars(
      Map<String, BarSeries> bars, Map<String, Double> caps, BucketRule rule, LiquiditySpec spec) {
    return SizeBuckets.table(bars, caps, rule, spec);
  }

  /**
   * The market caps of a cross-section, by ticker: rows whose {@code MARKET_CAP} is NaN or not
   * positive are left out; when a ticker appears twice, the first row wins.
   */
  public static Map<String, Double> marketCaps(CrossSection section) {
    Map<String, Double> caps = new TreeMap<>();
    for (Constituent row : section.rows()) {
      double cap = row.marketCap();
      if (cap > 0 && Double.isFinite(cap)) {
        caps.putIfAbsent(row.ticker(), cap);
      }
    }
    return Collections.unmodifiableMap(caps);
  }

  /**
   * A trailing {@code window}-bar mean of the daily quantity behind a mean-type measure, dated on
   * each bar; a bar gets a value only when all {@code window} quantities ending on it are defined
   * (pandas {@code rolling(window).mean()}).
   *
   * @param measure {@link LiquidityMeasure#AMIHUD}, {@link LiquidityMeasure#ADV_DOLLARS}, {@link
   *     LiquidityMeasure#ADV_SHARES} or {@link LiquidityMeasure#CORWIN_SCHULTZ}
   * @param variant the spread variant (used by {@code CORWIN_SCHULTZ} only)
   * @return the rolling series; empty when a needed column is absent
   * @throws IllegalArgumentException for another measure, a window below 1 or a malformed bar
   */
  public static DateSeries rolling(
      BarSeries bars, LiquidityMeasure measure, int window, SpreadVariant variant) {
    Objects.requireNonNull(bars, "bars");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(variant, "variant");
    if (window < 1) {
      throw new IllegalArgumentException("window: must be >= 1, got " + window);
    }
    LocalDate[] dates = bars.dates();
    Columns c = Columns.of(bars, dates, 0, dates.length);
    double[] daily;
    switch (measure) {
      case AMIHUD, ADV_DOLLARS, ADV_SHARES -> {
        if (c.volume == null) {
          return DateSeries.empty();
        }
        daily =
            measure == LiquidityMeasure.AMIHUD
                ? DailyMeasures.amihud(c.close, c.volume)
                : measure == LiquidityMeasure.ADV_DOLLARS
                    ? DailyMeasures.dollarVolume(c.close, c.volume)
                    : c.volume;
      }
      case CORWIN_SCHULTZ -> {
        if (c.high == null) {
          return DateSeries.empty();
        }
        daily = DailyMeasures.corwinSchultz(c.high, c.low, c.close, variant);
      }
      default ->
          throw new IllegalArgumentException(
              "measure: "
                  + measure.label()
                  + " has no rolling form; use amihud, adv_dollars, adv_shares or corwin_schultz");
    }
    double[] r = WindowStats.rollingMean(daily, window);
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < r.length; i++) {
      if (!Double.isNaN(r[i])) {
        b.put(dates[i], r[i]);
      }
    }
    return b.build();
  }

  private static Map<LiquidityMeasure, Measurement> measure(
      Columns c, int lo, int hi, double shares, LiquiditySpec spec) {
    Map<LiquidityMeasure, Measurement> m = new EnumMap<>(LiquidityMeasure.class);
    if (hi == lo) {
      for (LiquidityMeasure x : LiquidityMeasure.values()) {
        m.put(x, Measurement.missing(NO_BARS, 0));
      }
      return m;
    }
    double[] r = DailyMeasures.returns(c.close);
    int nr = WindowStats.count(r, lo, hi);
    Measurement vol =
        nr < 2
            ? Measurement.missing(FEW_RETURNS, nr)
            : Measurement.of(WindowStats.sampleSd(r, lo, hi), nr);
    m.put(LiquidityMeasure.VOLATILITY, vol);
    int pairs = WindowStats.lagPairs(r, lo, hi);
    double roll = ExecutionCost.rollSpread(WindowStats.lagCovariance(r, lo, hi));
    m.put(
        LiquidityMeasure.ROLL,
        pairs < 2
            ? Measurement.missing(FEW_PAIRS, pairs)
            : Double.isNaN(roll)
                ? Measurement.missing(ROLL_UNDEFINED, pairs)
                : Measurement.of(roll, pairs));
    m.put(LiquidityMeasure.CORWIN_SCHULTZ, spread(c, lo, hi, spec.spreadVariant()));
    if (c.volume == null) {
      for (LiquidityMeasure x :
          new LiquidityMeasure[] {
            LiquidityMeasure.AMIHUD,
            LiquidityMeasure.ADV_DOLLARS,
            LiquidityMeasure.ADV_SHARES,
            LiquidityMeasure.TURNOVER,
            LiquidityMeasure.DAYS_TO_LIQUIDATE,
            LiquidityMeasure.IMPACT
          }) {
        m.put(x, Measurement.missing(NO_VOLUME, 0));
      }
      return m;
    }
    double[] dv = DailyMeasures.dollarVolume(c.close, c.volume);
    m.put(LiquidityMeasure.ADV_DOLLARS, mean(dv, lo, hi, NO_VOLUME_IN_WINDOW));
    Measurement advShares = mean(c.volume, lo, hi, NO_VOLUME_IN_WINDOW);
    m.put(LiquidityMeasure.ADV_SHARES, advShares);
    m.put(
        LiquidityMeasure.AMIHUD,
        mean(DailyMeasures.amihud(c.close, c.volume), lo, hi, NO_AMIHUD_DAYS));
    m.put(
        LiquidityMeasure.TURNOVER,
        !advShares.isDefined()
            ? advShares
            : Double.isNaN(shares)
                ? Measurement.missing(NO_SHARES, advShares.observations())
                : Measurement.of(advShares.value() / shares, advShares.observations()));
    Measurement adv =
        m.get(
            spec.position().unit() == PositionUnit.DOLLARS
                ? LiquidityMeasure.ADV_DOLLARS
                : LiquidityMeasure.ADV_SHARES);
    m.put(LiquidityMeasure.DAYS_TO_LIQUIDATE, days(adv, spec));
    m.put(LiquidityMeasure.IMPACT, impact(adv, vol, spec));
    return m;
  }

  private static Measurement spread(Columns c, int lo, int hi, SpreadVariant variant) {
    if (c.high == null) {
      return Measurement.missing(NO_HIGH_LOW, 0);
    }
    double[] s = DailyMeasures.corwinSchultz(c.high, c.low, c.close, variant);
    return mean(s, lo, hi, NO_HIGH_LOW_PAIRS);
  }

  private static Measurement mean(double[] x, int lo, int hi, String reasonWhenEmpty) {
    int n = WindowStats.count(x, lo, hi);
    return n == 0
        ? Measurement.missing(reasonWhenEmpty, 0)
        : Measurement.of(WindowStats.mean(x, lo, hi), n);
  }

  private static Measurement days(Measurement adv, LiquiditySpec spec) {
    if (!adv.isDefined()) {
      return adv;
    }
    if (!(adv.value() > 0)) {
      return Measurement.missing(ZERO_ADV, adv.observations());
    }
    double d =
        ExecutionCost.daysToLiquidate(spec.position().amount(), spec.participation(), adv.value());
    return Measurement.of(d, adv.observations());
  }

  private static Measurement impact(Measurement adv, Measurement vol, LiquiditySpec spec) {
    if (!adv.isDefined()) {
      return adv;
    }
    if (!(adv.value() > 0)) {
      return Measurement.missing(ZERO_ADV, adv.observations());
    }
    if (!vol.isDefined()) {
      return vol;
    }
    double cost =
        ExecutionCost.squareRootImpact(
            spec.impactCoefficient(), vol.value(), spec.position().amount(), adv.value());
    return Measurement.of(cost, Math.min(adv.observations(), vol.observations()));
  }

  /** The bar columns of {@code [start, end)}, validated; volume, high and low null when absent. */
  private static final class Columns {
    final double[] close;
    final double[] volume;
    final double[] high;
    final double[] low;

    private Columns(double[] close, double[] volume, double[] high, double[] low) {
      this.close = close;
      this.volume = volume;
      this.high = high;
      this.low = low;
    }

    static Columns of(BarSeries bars, LocalDate[] dates, int start, int end) {
      double[] close = slice(bars, BarField.CLOSE, start, end);
      double[] volume = slice(bars, BarField.VOLUME, start, end);
      double[] high = slice(bars, BarField.HIGH, start, end);
      double[] low = slice(bars, BarField.LOW, start, end);
      if (high == null || low == null) {
        high = null;
        low = null;
      }
      for (int i = 0; i < close.length; i++) {
        LocalDate d = dates[start + i];
        if (!(close[i] > 0)) {
          throw new IllegalArgumentException("bars: close " + close[i] + " on " + d);
        }
        if (volume != null && volume[i] < 0) {
          throw new IllegalArgumentException("bars: negative volume " + volume[i] + " on " + d);
        }
        if (high != null && !Double.isNaN(high[i]) && !Double.isNaN(low[i])) {
          if (!(low[i] > 0) || high[i] < low[i]) {
            throw new IllegalArgumentException(
                "bars: high " + high[i] + " and low " + low[i] + " on " + d);
          }
        }
      }
      return new Columns(close, volume, high, low);
    }

    private static double[] slice(BarSeries bars, BarField f, int start, int end) {
      return bars.has(f) ? Arrays.copyOfRange(bars.column(f), start, end) : null;
    }
  }
}
