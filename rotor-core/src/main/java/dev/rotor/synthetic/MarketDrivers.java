package dev.rotor.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The common drivers of the synthetic market on each trading day: recession state, leadership sign,
 * the two yields and the three factor log returns. Every asset return is built from these by {@link
 * #returns}. Arrays are indexed by trading day; index 0 is the first day, which has levels but no
 * return (its factor returns and yield change are 0 and unused).
 */
final class MarketDrivers {

  /** Trading days in a year: drifts and volatilities are annualised with it. */
  static final double YEAR = 252.0;

  static final long TAG_TEN_YEAR = 0;
  static final long TAG_SPREAD = 1;
  static final long TAG_FACTORS = 2;
  static final long TAG_MACRO = 3;
  static final long TAG_INDEX = 10;
  static final long TAG_SECTOR = 100;
  static final long TAG_STOCK = 1000;

  final LocalDate[] dates;
  final boolean[] recession;
  final int[] sign;
  final double[] tenYear;
  final double[] twoYear;
  final double[] dTenYear;
  final double[] market;
  final double[] size;
  final double[] growth;
  final PlantedParameters planted;

  private MarketDrivers(LocalDate[] dates, PlantedParameters planted) {
    int n = dates.length;
    this.dates = dates;
    this.planted = planted;
    this.recession = new boolean[n];
    this.sign = new int[n];
    this.tenYear = new double[n];
    this.twoYear = new double[n];
    this.dTenYear = new double[n];
    this.market = new double[n];
    this.size = new double[n];
    this.growth = new double[n];
  }

  /** Simulates the drivers of {@code spec} on {@code dates} (the spec's trading days). */
  static MarketDrivers simulate(SyntheticSpec spec, LocalDate[] dates) {
    PlantedParameters p = spec.planted();
    MarketDrivers d = new MarketDrivers(dates, p);
    d.flags(p);
    d.yields(spec.seed(), p);
    d.factors(spec.seed(), p);
    return d;
  }

  int size() {
    return dates.length;
  }

  /**
   * Daily log returns of an asset with loadings {@code l}, idiosyncratic draws from {@code rng}
   * (one per day from day 1); element 0 is 0.
   */
  double[] returns(Loadings l, SplitMix rng) {
    int n = dates.length;
    double[] r = new double[n];
    double alpha = l.alpha() / YEAR;
    double idio = l.idioVol() / Math.sqrt(YEAR);
    double k = planted.recessionVolMultiplier();
    for (int t = 1; t < n; t++) {
      double scale = recession[t] ? k : 1.0;
      r[t] =
          alpha
              + l.market() * market[t]
              + l.size() * size[t]
              + l.growth() * growth[t]
              + l.rate() * dTenYear[t]
              + scale * idio * rng.nextGaussian();
    }
    return r;
  }

  /** Planted daily standard deviation of the returns of {@code l} on each day. */
  double[] dailySd(Loadings l) {
    double calm = Math.sqrt(planted.variance(l, false) / YEAR);
    double stressed = Math.sqrt(planted.variance(l, true) / YEAR);
    double[] sd = new double[dates.length];
    for (int t = 0; t < sd.length; t++) {
      sd[t] = recession[t] ? stressed : calm;
    }
    return sd;
  }

  private void flags(PlantedParameters p) {
    List<LeadershipRegime> regimes = p.regimes();
    int next = 0;
    Leadership leader = null;
    for (int t = 0; t < dates.length; t++) {
      while (next < regimes.size() && !regimes.get(next).start().isAfter(dates[t])) {
        leader = regimes.get(next).leader();
        next++;
      }
      if (leader == null) {
        throw new IllegalArgumentException("planted: no regime covers " + dates[t]);
      }
      sign[t] = leader.sign();
      recession[t] = p.isRecession(YearMonth.from(dates[t]));
    }
  }

  private void yields(long seed, PlantedParameters p) {
    double[] ten = ou(p.tenYear(), SplitMix.stream(seed, TAG_TEN_YEAR));
    double[] spread = ou(p.termSpread(), SplitMix.stream(seed, TAG_SPREAD));
    for (int t = 0; t < ten.length; t++) {
      tenYear[t] = ten[t];
      twoYear[t] = ten[t] - spread[t];
      dTenYear[t] = t == 0 ? 0.0 : ten[t] - ten[t - 1];
    }
  }

  private double[] ou(Vasicek v, SplitMix rng) {
    double dt = 1.0 / YEAR;
    double decay = StrictMath.exp(-v.speed() * dt);
    double sd = v.vol() * Math.sqrt((1 - StrictMath.exp(-2 * v.speed() * dt)) / (2 * v.speed()));
    double[] x = new double[dates.length];
    x[0] = v.start();
    for (int t = 1; t < x.length; t++) {
      x[t] = v.mean() + (x[t - 1] - v.mean()) * decay + sd * rng.nextGaussian();
    }
    return x;
  }

  private void factors(long seed, PlantedParameters p) {
    SplitMix rng = SplitMix.stream(seed, TAG_FACTORS);
    double root = Math.sqrt(YEAR);
    for (int t = 1; t < dates.length; t++) {
      double k = recession[t] ? p.recessionVolMultiplier() : 1.0;
      double mu = recession[t] ? p.recessionMarketDrift() : p.marketDrift();
      market[t] = mu / YEAR + k * p.marketVol() / root * rng.nextGaussian();
      size[t] = sign[t] * p.relativeDrift() / YEAR + k * p.sizeVol() / root * rng.nextGaussian();
      growth[t] = p.growthDrift() / YEAR + k * p.growthVol() / root * rng.nextGaussian();
    }
  }
}
