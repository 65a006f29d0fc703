package dev.rotor.synthetic;

import static dev.rotor.synthetic.Fixture.correlation;
import static dev.rotor.synthetic.Fixture.logReturns;
import static dev.rotor.synthetic.Fixture.mean;
import static dev.rotor.synthetic.Fixture.not;
import static dev.rotor.synthetic.Fixture.sd;
import static dev.rotor.synthetic.Fixture.select;
import static dev.rotor.synthetic.Fixture.slope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/**
 * The oracle check of the synthetic market: plain estimators, written in {@link Fixture} or taken
 * from Hipparchus, recover the planted parameters within tolerances set by their sampling error.
 *
 * <p>Standard errors used (normal i.i.d. approximations): sample sd {@code sigma / sqrt(2n)};
 * correlation {@code (1 - rho^2) / sqrt(n)}; mean {@code s / sqrt(n)}; OLS slopes their classical
 * standard errors, fitted on calm days where the errors are homoskedastic. {@link #Z} standard
 * errors is the tolerance for single checks; loops over many assets use {@link #Z_MANY}, a
 * Bonferroni bound for about a thousand checks at a 1 % family error.
 */
class SyntheticMarketTruthTest {

  private static final double Z = 3.0;
  private static final double Z_MANY = 4.5;
  private static final double YEAR = 252.0;
  private static final SyntheticData DATA = Fixture.DEFAULT;
  private static final PlantedParameters P = DATA.planted();
  private static final boolean[] REC = Fixture.recessionDays(DATA);
  private static final boolean[] CALM = not(REC);

  @Test
  void indexVol_calmAndRecessionDays_withinThreeStandardErrorsOfPlanted() {
    for (SyntheticIndex index : SyntheticIndex.values()) {
      double[] r = logReturns(DATA, "synthetic/indices/" + index.name());
      for (boolean rec : new boolean[] {false, true}) {
        double[] x = select(r, rec ? REC : CALM);
        double planted = P.indexVol(index, rec);
        double se = planted / Math.sqrt(2.0 * x.length);
        assertThat(sd(x) * Math.sqrt(YEAR))
            .as(index + " recession=" + rec)
            .isCloseTo(planted, offset(Z * se));
      }
    }
  }

  @Test
  void sectorVol_calmDays_withinToleranceOfPlanted() {
    for (GicsSector sector : GicsSector.values()) {
      double[] x = select(logReturns(DATA, "synthetic/sectors/" + sector.name()), CALM);
      double planted = Math.sqrt(P.variance(P.sectors().get(sector), false));
      double se = planted / Math.sqrt(2.0 * x.length);
      assertThat(sd(x) * Math.sqrt(YEAR)).as(sector.name()).isCloseTo(planted, offset(Z_MANY * se));
    }
  }

  @Test
  void indexCorrelation_calmDays_withinThreeStandardErrorsOfPlanted() {
    SyntheticIndex[] all = SyntheticIndex.values();
    for (int i = 0; i < all.length; i++) {
      for (int j = i + 1; j < all.length; j++) {
        double[] a = select(logReturns(DATA, "synthetic/indices/" + all[i].name()), CALM);
        double[] b = select(logReturns(DATA, "synthetic/indices/" + all[j].name()), CALM);
        double rho = P.indexCorrelation(all[i], all[j], false);
        double se = (1 - rho * rho) / Math.sqrt(a.length);
        assertThat(correlation(a, b)).as(all[i] + "/" + all[j]).isCloseTo(rho, offset(Z * se));
      }
    }
    // The planted correlations are themselves plausible for size indices.
    assertThat(P.indexCorrelation(SyntheticIndex.SMALL, SyntheticIndex.LARGE, false))
        .isBetween(0.8, 0.9);
  }

  @Test
  void rateBeta_olsOnTenYearChange_recoversPlantedAndSmallMoreNegative() {
    double[] dy = select(Fixture.differences(tenYear()), CALM);
    double[][] fits = new double[SyntheticIndex.values().length][];
    for (SyntheticIndex index : SyntheticIndex.values()) {
      double[] r = select(logReturns(DATA, "synthetic/indices/" + index.name()), CALM);
      double[] fit = slope(r, dy);
      fits[index.ordinal()] = fit;
      assertThat(fit[0])
          .as(index.name())
          .isCloseTo(P.indices().get(index).rate(), offset(Z * fit[1]));
    }
    double[] small = fits[SyntheticIndex.SMALL.ordinal()];
    double[] large = fits[SyntheticIndex.LARGE.ordinal()];
    assertThat(small[0] - large[0]).isLessThan(-Z * Math.hypot(small[1], large[1])).isNegative();
  }

  @Test
  void relativePerformance_eachRegimeWindow_matchesPlantedDriftAndSign() {
    double[] rel = relative();
    LocalDate[] dates = DATA.get("synthetic/indices/LARGE").bars().dates();
    List<LeadershipRegime> regimes = P.regimes();
    int signChecked = 0;
    for (int k = 0; k < regimes.size(); k++) {
      LocalDate from = regimes.get(k).start();
      LocalDate to = k + 1 < regimes.size() ? regimes.get(k + 1).start() : LocalDate.MAX;
      Leadership leader = regimes.get(k).leader();
      List<Double> window = new ArrayList<>();
      double expected = 0;
      double plantedVar = 0;
      for (int t = 1; t < dates.length; t++) {
        if (!dates[t].isBefore(from) && dates[t].isBefore(to)) {
          window.add(rel[t]);
          expected += P.smallMinusLargeDrift(leader, REC[t]) / YEAR;
          plantedVar += relativeVariance(REC[t]) / YEAR;
        }
      }
      int n = window.size();
      double[] x = window.stream().mapToDouble(Double::doubleValue).toArray();
      expected /= n;
      double m = mean(x);
      assertThat(m).as("regime from " + from).isCloseTo(expected, offset(4 * sd(x) / Math.sqrt(n)));
      // Windows long enough that the planted drift is 3 planted standard errors from zero must
      // show the planted sign: cumulative small-minus-large log return > 0 iff SMALL_LEADS.
      if (Math.abs(expected) * n / Math.sqrt(plantedVar) >= Z) {
        signChecked++;
        assertThat(Math.signum(m * n)).as("sign from " + from).isEqualTo(leader.sign());
      }
    }
    assertThat(signChecked).isGreaterThanOrEqualTo(5);
  }

  @Test
  void relativePerformance_pooledByLeader_withinThreeStandardErrorsOfPlanted() {
    double[] rel = relative();
    LocalDate[] dates = DATA.get("synthetic/indices/LARGE").bars().dates();
    for (Leadership leader : Leadership.values()) {
      boolean[] keep = new boolean[dates.length];
      for (int t = 1; t < dates.length; t++) {
        keep[t] = CALM[t] && P.leaderOn(dates[t]) == leader;
      }
      double[] x = select(rel, keep);
      double planted = P.smallMinusLargeDrift(leader, false);
      assertThat(planted).isEqualTo(leader.sign() * P.relativeDrift());
      assertThat(mean(x) * YEAR)
          .as(leader.name())
          .isCloseTo(planted, offset(Z * sd(x) / Math.sqrt(x.length) * YEAR));
    }
  }

  @Test
  void stockLoadings_factorRegressionOnCalmDays_recoversEveryPlantedBeta() {
    double[] mkt = factor("MARKET");
    double[] size = factor("SIZE");
    double[] growth = factor("GROWTH");
    double[] dy = Fixture.differences(tenYear());
    int n = 0;
    for (int t = 1; t < CALM.length; t++) {
      n += CALM[t] ? 1 : 0;
    }
    double[][] x = new double[n][];
    int j = 0;
    for (int t = 1; t < CALM.length; t++) {
      if (CALM[t]) {
        x[j++] = new double[] {mkt[t], size[t], growth[t], dy[t]};
      }
    }
    for (StockLoadings truth : DATA.stocks()) {
      double[] y = select(logReturns(DATA, "synthetic/stocks/" + truth.ticker()), CALM);
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(y, x);
      double[] b = ols.estimateRegressionParameters();
      double[] se = ols.estimateRegressionParametersStandardErrors();
      Loadings l = truth.loadings();
      double[] planted = {l.alpha() / YEAR, l.market(), l.size(), l.growth(), l.rate()};
      for (int k = 1; k < planted.length; k++) {
        assertThat(b[k])
            .as(truth.ticker() + " coefficient " + k)
            .isCloseTo(planted[k], offset(Z_MANY * se[k]));
      }
      double residualVol = Math.sqrt(ols.estimateErrorVariance() * YEAR);
      assertThat(residualVol)
          .as(truth.ticker() + " idio vol")
          .isCloseTo(l.idioVol(), offset(Z_MANY * l.idioVol() / Math.sqrt(2.0 * n)));
    }
  }

  @Test
  void tenYearYield_meanAndDailyChanges_matchPlantedVasicek() {
    DateSeries y = tenYear();
    Vasicek v = P.tenYear();
    double years = (y.size() - 1) / YEAR;
    assertThat(mean(y.values()))
        .isCloseTo(v.expectedAverage(years), offset(Z * v.averageStandardError(years)));
    double[] dy = select(Fixture.differences(y), not(new boolean[y.size()]));
    double k = v.speed();
    double plantedSd = v.vol() * Math.sqrt((1 - Math.exp(-2 * k / YEAR)) / (2 * k));
    assertThat(sd(dy)).isCloseTo(plantedSd, offset(Z * plantedSd / Math.sqrt(2.0 * dy.length)));
  }

  @Test
  void twoYearYield_isTenYearMinusSpreadWithPlantedMean() {
    double[] ten = tenYear().values();
    double[] two = DATA.get("synthetic/macro/YIELD_2Y").values().values();
    double[] spread = new double[ten.length];
    for (int t = 0; t < ten.length; t++) {
      spread[t] = ten[t] - two[t];
    }
    Vasicek s = P.termSpread();
    double years = (ten.length - 1) / YEAR;
    assertThat(spread[0]).isEqualTo(s.start());
    assertThat(mean(spread))
        .isCloseTo(s.expectedAverage(years), offset(Z * s.averageStandardError(years)));
  }

  @Test
  void recessionFlag_onesExactlyOnPlantedMonths() {
    DateSeries flag = DATA.get("synthetic/macro/RECESSION").values();
    List<YearMonth> ones = new ArrayList<>();
    for (int i = 0; i < flag.size(); i++) {
      assertThat(flag.dateAt(i).getDayOfMonth()).isEqualTo(1);
      if (flag.valueAt(i) == 1.0) {
        ones.add(YearMonth.from(flag.dateAt(i)));
      } else {
        assertThat(flag.valueAt(i)).isEqualTo(0.0);
      }
    }
    assertThat(ones).isEqualTo(P.recessionMonths());
    assertThat(flag.size()).isEqualTo(144);
  }

  @Test
  void fedFunds_isMonthlyMeanOfTwoYearMinusSpreadFlooredAtZero() {
    DateSeries two = DATA.get("synthetic/macro/YIELD_2Y").values();
    DateSeries ff = DATA.get("synthetic/macro/FED_FUNDS").values();
    for (int i = 0; i < ff.size(); i++) {
      LocalDate m = ff.dateAt(i);
      double[] month = two.between(m, m.plusMonths(1).minusDays(1)).values();
      double expected = Math.max(0.0, mean(month) - P.fedFundsSpread());
      assertThat(ff.valueAt(i)).isCloseTo(expected, offset(1e-12));
    }
  }

  @Test
  void retailSales_monthlyLogGrowth_matchesPlantedByRecessionState() {
    DateSeries sales = DATA.get("synthetic/macro/RETAIL_SALES").values();
    MacroParameters mp = P.macro();
    for (boolean rec : new boolean[] {false, true}) {
      List<Double> g = new ArrayList<>();
      for (int i = 1; i < sales.size(); i++) {
        if (P.isRecession(YearMonth.from(sales.dateAt(i))) == rec) {
          g.add(Math.log(sales.valueAt(i) / sales.valueAt(i - 1)));
        }
      }
      double planted = rec ? mp.retailRecessionGrowth() : mp.retailGrowth();
      double se = mp.retailVol() / Math.sqrt(g.size());
      assertThat(mean(g.stream().mapToDouble(Double::doubleValue).toArray()))
          .as("recession=" + rec)
          .isCloseTo(planted, offset(Z * se));
    }
  }

  @Test
  void sentiment_changeOnGapToTarget_recoversPlantedSpeed() {
    DateSeries s = DATA.get("synthetic/macro/SENTIMENT").values();
    MacroParameters mp = P.macro();
    double[] change = new double[s.size() - 1];
    double[] gap = new double[s.size() - 1];
    for (int i = 1; i < s.size(); i++) {
      boolean rec = P.isRecession(YearMonth.from(s.dateAt(i)));
      double target = rec ? mp.sentimentRecessionMean() : mp.sentimentMean();
      change[i - 1] = s.valueAt(i) - s.valueAt(i - 1);
      gap[i - 1] = target - s.valueAt(i - 1);
    }
    double[] fit = slope(change, gap);
    assertThat(fit[0]).isCloseTo(mp.sentimentSpeed(), offset(Z * fit[1]));
  }

  @Test
  void bars_volumeAndRange_followPlantedShape() {
    BarShape shape = P.bars();
    BarSeries b = DATA.get("synthetic/indices/LARGE").bars();
    double calmSd = P.indexVol(SyntheticIndex.LARGE, false) / Math.sqrt(YEAR);
    double[] r = logReturns(DATA, "synthetic/indices/LARGE");
    double[] x = new double[r.length];
    double[] logVolume = new double[r.length];
    double[] upper = new double[r.length];
    for (int t = 1; t < r.length; t++) {
      x[t] = Math.abs(r[t]) / calmSd;
      logVolume[t] = Math.log(b.valueAt(BarField.VOLUME, t));
      double top = Math.max(b.valueAt(BarField.OPEN, t), b.valueAt(BarField.CLOSE, t));
      upper[t] = Math.log(b.valueAt(BarField.HIGH, t) / top) / calmSd;
    }
    double[] fit = slope(select(logVolume, CALM), select(x, CALM));
    assertThat(fit[0]).isCloseTo(shape.volumeSensitivity(), offset(Z * fit[1]));
    // E|z| = sqrt(2/pi) for a standard normal z; sd of |z| is sqrt(1 - 2/pi).
    double[] u = select(upper, CALM);
    double planted = shape.rangeVol() * Math.sqrt(2 / Math.PI);
    double se = shape.rangeVol() * Math.sqrt(1 - 2 / Math.PI) / Math.sqrt(u.length);
    assertThat(mean(u)).isCloseTo(planted, offset(Z * se));
  }

  private static DateSeries tenYear() {
    return DATA.get("synthetic/macro/YIELD_10Y").values();
  }

  /** Factor values aligned on the trading days: element 0 (the first day) is NaN. */
  private static double[] factor(String name) {
    double[] v = DATA.get("synthetic/factors/" + name).values().values();
    double[] out = new double[v.length + 1];
    out[0] = Double.NaN;
    System.arraycopy(v, 0, out, 1, v.length);
    return out;
  }

  private static double[] relative() {
    double[] s = logReturns(DATA, "synthetic/indices/SMALL");
    double[] l = logReturns(DATA, "synthetic/indices/LARGE");
    double[] rel = new double[s.length];
    for (int t = 0; t < s.length; t++) {
      rel[t] = s[t] - l[t];
    }
    return rel;
  }

  /** Planted annualised variance of log(SMALL) - log(LARGE) daily returns. */
  private static double relativeVariance(boolean rec) {
    Loadings s = P.indices().get(SyntheticIndex.SMALL);
    Loadings l = P.indices().get(SyntheticIndex.LARGE);
    return P.variance(s, rec) + P.variance(l, rec) - 2 * P.covariance(s, l, rec);
  }
}
