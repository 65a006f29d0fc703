package dev.rotor.synthetic;

import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.series.SeriesInfo;
import dev.rotor.series.SeriesKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates Rotor's embedded synthetic market: a seeded, deterministic market drawn from a
 * documented factor model whose parameters ({@link PlantedParameters}) are known, so estimators can
 * be checked against the truth. Every series is flagged {@link SeriesInfo#synthetic() synthetic},
 * has an id under {@code synthetic/} and a name containing {@code SYNTHETIC}.
 *
 * <h2>Model</h2>
 *
 * Time runs over the trading days of {@link SyntheticSpec#calendar()}; each counts as 1/252 of a
 * year. A trading day is in recession when its calendar month is in {@link
 * PlantedParameters#recessionMonths()}; its leadership is that of the last {@link LeadershipRegime}
 * starting on or before it.
 *
 * <ol>
 *   <li><b>Yields.</b> The 10-year yield and the 10y-2y term spread are independent {@link Vasicek}
 *       processes; the 2-year yield is their difference. {@code dY10(t)} is the day's 10-year
 *       change in percentage points.
 *   <li><b>Factors.</b> Independent market, size and growth log returns with the drifts and
 *       volatilities of {@link PlantedParameters}: the market drift drops and every equity shock is
 *       multiplied by {@code recessionVolMultiplier} in recession months; the size factor drifts
 *       {@code +relativeDrift} in {@link Leadership#SMALL_LEADS} and {@code -relativeDrift} in
 *       {@link Leadership#LARGE_LEADS}.
 *   <li><b>Assets.</b> Each index, sector index and stock has {@link Loadings}; its daily log
 *       return is {@code alpha/252 + market MKT + size SIZE + growth GROWTH + rate dY10 + k idio
 *       e}. Hence the planted volatilities and correlations are those of {@link
 *       PlantedParameters#variance}/{@link PlantedParameters#covariance}, and the rate beta of each
 *       asset is its {@code rate} loading.
 *   <li><b>Bars.</b> Levels compound the log returns from the start level; open, high, low and
 *       volume follow {@link BarShape}.
 *   <li><b>Stocks.</b> Stock {@code i} draws a sector uniformly, a log10 start cap uniform on [8.5,
 *       12], size loading {@code (11 - log10 cap) / 2.5}, market and growth loadings around its
 *       sector's (sd 0.15 and 0.10), rate loading = sector's {@code - 0.03 x size loading} + noise
 *       (sd 0.01), idiosyncratic vol {@code 0.15 + 0.10 max(size, 0) + 0.10 u}, and a start price
 *       {@code 40 exp(0.8 z)}; the truth is returned as {@link StockLoadings}.
 *   <li><b>Macro.</b> Monthly fed funds (mean 2-year yield of the month minus {@code
 *       fedFundsSpread}, floored at 0), retail sales and sentiment ({@link MacroParameters}) and
 *       the 0/1 recession flag.
 * </ol>
 *
 * <h2>Determinism</h2>
 *
 * Each component draws from its own {@link SplitMix} stream derived from the seed and a fixed tag,
 * using only integer arithmetic, {@link Math#sqrt} and {@link StrictMath}: the same spec gives
 * bit-identical data on every JVM, and the indices do not change when the number of stocks does.
 *
 * <h2>Series ids</h2>
 *
 * <ul>
 *   <li>{@code synthetic/indices/SMALL|LARGE|TECH}: daily OHLCV bars, points (INDEX)
 *   <li>{@code synthetic/sectors/<GicsSector name>}: daily OHLCV bars, points (INDEX)
 *   <li>{@code synthetic/stocks/S001...}: daily close and volume, USD (STOCK)
 *   <li>{@code synthetic/factors/MARKET|SIZE|GROWTH}: daily factor log returns from the second
 *       trading day (FACTOR)
 *   <li>{@code synthetic/macro/YIELD_10Y|YIELD_2Y}: daily yields, percent (MACRO)
 *   <li>{@code synthetic/macro/FED_FUNDS|RETAIL_SALES|SENTIMENT|RECESSION}: monthly, dated on the
 *       first of the month (MACRO)
 * </ul>
 *
 * <p>The one cross-section, {@code "SYNTHETIC stock universe"}, is dated on the last trading day.
 */
public final class SyntheticMarket {

  /** Start level of every sector index, in points. */
  static final double SECTOR_START = 100.0;

  private SyntheticMarket() {}

  /**
   * Generates the market described by {@code spec}.
   *
   * @throws IllegalArgumentException when the spec's range holds fewer than two trading days, or a
   *     planted value makes a level overflow
   */
  public static SyntheticData generate(SyntheticSpec spec) {
    List<LocalDate> days = spec.calendar().tradingDays(spec.start(), spec.end());
    if (days.size() < 2) {
      throw new IllegalArgumentException(
          "spec: fewer than two trading days between " + spec.start() + " and " + spec.end());
    }
    LocalDate[] dates = days.toArray(new LocalDate[0]);
    MarketDrivers d = MarketDrivers.simulate(spec, dates);
    PlantedParameters p = spec.planted();
    List<SyntheticSeries> out = new ArrayList<>();
    for (SyntheticIndex index : SyntheticIndex.values()) {
      SplitMix rng = SplitMix.stream(spec.seed(), MarketDrivers.TAG_INDEX + index.ordinal());
      BarSeries bars =
          bars(d, p.indices().get(index), index.startLevel(), p.bars().indexVolume(), rng);
      out.add(
          SyntheticSeries.ofBars(
              info(
                  "synthetic/indices/" + index.name(),
                  "SYNTHETIC " + index.label() + " index",
                  SeriesKind.INDEX,
                  Frequency.DAILY,
                  "points"),
              bars));
    }
    for (GicsSector sector : GicsSector.values()) {
      SplitMix rng = SplitMix.stream(spec.seed(), MarketDrivers.TAG_SECTOR + sector.ordinal());
      BarSeries bars = bars(d, p.sectors().get(sector), SECTOR_START, p.bars().sectorVolume(), rng);
      out.add(
          SyntheticSeries.ofBars(
              info(
                  "synthetic/sectors/" + sector.name(),
                  "SYNTHETIC " + sector.label() + " sector index",
                  SeriesKind.INDEX,
                  Frequency.DAILY,
                  "points"),
              bars));
    }
    StockUniverse stocks = StockUniverse.generate(spec, d);
    out.addAll(stocks.series());
    out.add(factor("MARKET", "SYNTHETIC market factor", dates, d.market));
    out.add(factor("SIZE", "SYNTHETIC size factor (small minus large)", dates, d.size));
    out.add(factor("GROWTH", "SYNTHETIC growth factor", dates, d.growth));
    out.add(daily("YIELD_10Y", "SYNTHETIC 10-year government bond yield", dates, d.tenYear));
    out.add(daily("YIELD_2Y", "SYNTHETIC 2-year government bond yield", dates, d.twoYear));
    out.addAll(MacroPath.monthly(spec, d));
    return new SyntheticData(spec, out, List.of(stocks.snapshot()), stocks.truth());
  }

  private static BarSeries bars(
      MarketDrivers d, Loadings l, double start, double baseVolume, SplitMix rng) {
    double[] r = d.returns(l, rng);
    double[] sd = d.dailySd(l);
    double calmSd = Math.sqrt(d.planted.variance(l, false) / MarketDrivers.YEAR);
    return BarMaker.ohlcv(d.dates, r, start, sd, calmSd, baseVolume, d.planted.bars(), rng);
  }

  private static SyntheticSeries factor(
      String tail, String name, LocalDate[] dates, double[] values) {
    int n = dates.length - 1;
    LocalDate[] ds = new LocalDate[n];
    double[] vs = new double[n];
    System.arraycopy(dates, 1, ds, 0, n);
    System.arraycopy(values, 1, vs, 0, n);
    return SyntheticSeries.ofValues(
        info(
            "synthetic/factors/" + tail,
            name,
            SeriesKind.FACTOR,
            Frequency.DAILY,
            "decimal log return"),
        DateSeries.of(ds, vs));
  }

  private static SyntheticSeries daily(
      String tail, String name, LocalDate[] dates, double[] values) {
    return SyntheticSeries.ofValues(
        info("synthetic/macro/" + tail, name, SeriesKind.MACRO, Frequency.DAILY, "percent"),
        DateSeries.of(dates, values));
  }

  private static SeriesInfo info(
      String id, String name, SeriesKind kind, Frequency frequency, String units) {
    return new SeriesInfo(SeriesId.of(id), name, kind, frequency, units, true);
  }
}
