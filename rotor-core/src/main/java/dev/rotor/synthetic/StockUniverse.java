package dev.rotor.synthetic;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.series.SeriesInfo;
import dev.rotor.series.SeriesKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic stocks: planted loadings, daily close/volume bars and an end-of-period fundamentals
 * snapshot. Each stock draws from its own stream ({@code TAG_STOCK + i}), in this order: sector,
 * log cap, market/growth/rate noise, idiosyncratic vol, start price, five fundamentals draws, then
 * the path. See {@link SyntheticMarket} for the rules.
 *
 * @param truth the planted loadings, in ticker order
 * @param series the stock series, in ticker order
 * @param snapshot the cross-section on the last trading day
 */
record StockUniverse(
    List<StockLoadings> truth, List<SyntheticSeries> series, CrossSection snapshot) {

  /** Smallest log10 start market cap (about USD 316 million). */
  static final double MIN_LOG_CAP = 8.5;

  /** Largest log10 start market cap (USD 1 trillion). */
  static final double MAX_LOG_CAP = 12.0;

  /** Log10 cap with zero size loading (USD 100 billion). */
  static final double PIVOT_LOG_CAP = 11.0;

  /** Log10 caps per unit of size loading: a USD 316 million stock loads 1.0. */
  static final double SIZE_SPAN = 2.5;

  /** Extra rate loading per unit of size loading: smaller stocks are more rate sensitive. */
  static final double SIZE_RATE_TILT = -0.03;

  /** Start caps at or above this are tagged LARGE in the snapshot's memberships, else SMALL. */
  static final double LARGE_CAP = 1.0e10;

  static StockUniverse generate(SyntheticSpec spec, MarketDrivers drivers) {
    PlantedParameters p = spec.planted();
    GicsSector[] sectors = GicsSector.values();
    int width = Math.max(3, Integer.toString(spec.stockCount()).length());
    int last = drivers.size() - 1;
    List<StockLoadings> truth = new ArrayList<>(spec.stockCount());
    List<SyntheticSeries> series = new ArrayList<>(spec.stockCount());
    List<Constituent> rows = new ArrayList<>(spec.stockCount());
    for (int i = 1; i <= spec.stockCount(); i++) {
      SplitMix rng = SplitMix.stream(spec.seed(), MarketDrivers.TAG_STOCK + i);
      String ticker = "S" + String.format(Locale.ROOT, "%0" + width + "d", i);
      GicsSector sector = sectors[rng.nextInt(sectors.length)];
      Loadings base = p.sectors().get(sector);
      double logCap = MIN_LOG_CAP + (MAX_LOG_CAP - MIN_LOG_CAP) * rng.nextDouble();
      double sizeLoading = (PIVOT_LOG_CAP - logCap) / SIZE_SPAN;
      double market = base.market() + 0.15 * rng.nextGaussian();
      double growth = base.growth() + 0.10 * rng.nextGaussian();
      double rate = base.rate() + SIZE_RATE_TILT * sizeLoading + 0.01 * rng.nextGaussian();
      double idio = 0.15 + 0.10 * Math.max(sizeLoading, 0.0) + 0.10 * rng.nextDouble();
      Loadings loadings = new Loadings(0.0, market, sizeLoading, growth, rate, idio);
      double startCap = StrictMath.pow(10.0, logCap);
      double startPrice = 40.0 * StrictMath.exp(0.8 * rng.nextGaussian());
      double shares = startCap / startPrice;
      double[] fundamentals = new double[5];
      for (int f = 0; f < fundamentals.length; f++) {
        fundamentals[f] = rng.nextGaussian();
      }
      double[] r = drivers.returns(loadings, rng);
      double calmSd = Math.sqrt(p.variance(loadings, false) / MarketDrivers.YEAR);
      BarSeries bars =
          BarMaker.closeVolume(
              drivers.dates,
              r,
              startPrice,
              calmSd,
              p.bars().stockTurnover() * shares,
              p.bars(),
              rng);
      String name = "SYNTHETIC Company " + ticker;
      truth.add(new StockLoadings(ticker, sector, startCap, loadings));
      series.add(
          SyntheticSeries.ofBars(
              new SeriesInfo(
                  SeriesId.of("synthetic/stocks/" + ticker),
                  name + " (" + sector.label() + ")",
                  SeriesKind.STOCK,
                  Frequency.DAILY,
                  "USD",
                  true),
              bars));
      double price = bars.valueAt(BarField.CLOSE, last);
      rows.add(row(ticker, name, sector, startCap, price, shares, fundamentals));
    }
    CrossSection snapshot = new CrossSection("SYNTHETIC stock universe", drivers.dates[last], rows);
    return new StockUniverse(truth, series, snapshot);
  }

  /**
   * The snapshot row: cap = shares x last close; price-to-sales {@code 2.5 exp(0.5 z1)}; margin
   * {@code 0.10 + 0.08 z2}; income = sales x margin; P/E = cap / income when income is positive,
   * else NaN (not reported); sales growth {@code 0.06 + 0.10 z3}; earnings growth {@code 0.08 +
   * 0.25 z4}; debt/equity {@code 0.8 exp(0.6 z5)}.
   */
  private static Constituent row(
      String ticker,
      String name,
      GicsSector sector,
      double startCap,
      double price,
      double shares,
      double[] z) {
    double cap = shares * price;
    double sales = cap / (2.5 * StrictMath.exp(0.5 * z[0]));
    double margin = 0.10 + 0.08 * z[1];
    double income = sales * margin;
    return Constituent.of(ticker)
        .withName(name)
        .withSector(sector.label())
        .withAssetClass("Equity")
        .withMemberships(startCap >= LARGE_CAP ? "LARGE" : "SMALL")
        .with(ConstituentField.MARKET_CAP, cap)
        .with(ConstituentField.PRICE, price)
        .with(ConstituentField.SHARES, shares)
        .with(ConstituentField.PE, income > 0 ? cap / income : Double.NaN)
        .with(ConstituentField.SALES, sales)
        .with(ConstituentField.INCOME, income)
        .with(ConstituentField.SALES_GROWTH, 0.06 + 0.10 * z[2])
        .with(ConstituentField.EARNINGS_GROWTH, 0.08 + 0.25 * z[3])
        .with(ConstituentField.PROFIT_MARGIN, margin)
        .with(ConstituentField.DEBT_TO_EQUITY, 0.8 * StrictMath.exp(0.6 * z[4]));
  }
}
