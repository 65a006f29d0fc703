package dev.rotor.synthetic;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.series.SeriesInfo;
import dev.rotor.series.SeriesKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly macro series: fed funds, retail sales, consumer sentiment and the recession flag.
 * Months are those holding at least one trading day, each dated on its first calendar day (the FRED
 * convention for monthly data). Retail sales and sentiment draw from stream {@code TAG_MACRO}: for
 * each month after the first, one retail draw then one sentiment draw.
 */
final class MacroPath {

  private MacroPath() {}

  static List<SyntheticSeries> monthly(SyntheticSpec spec, MarketDrivers d) {
    PlantedParameters p = spec.planted();
    List<YearMonth> months = new ArrayList<>();
    List<double[]> twoYearSums = new ArrayList<>();
    for (int t = 0; t < d.size(); t++) {
      YearMonth m = YearMonth.from(d.dates[t]);
      if (months.isEmpty() || !months.get(months.size() - 1).equals(m)) {
        months.add(m);
        twoYearSums.add(new double[2]);
      }
      double[] acc = twoYearSums.get(twoYearSums.size() - 1);
      acc[0] += d.twoYear[t];
      acc[1] += 1;
    }
    int n = months.size();
    LocalDate[] dates = new LocalDate[n];
    double[] fedFunds = new double[n];
    double[] retail = new double[n];
    double[] sentiment = new double[n];
    double[] flag = new double[n];
    MacroParameters mp = p.macro();
    SplitMix rng = SplitMix.stream(spec.seed(), MarketDrivers.TAG_MACRO);
    for (int i = 0; i < n; i++) {
      YearMonth m = months.get(i);
      boolean rec = p.isRecession(m);
      dates[i] = m.atDay(1);
      flag[i] = rec ? 1.0 : 0.0;
      double[] acc = twoYearSums.get(i);
      fedFunds[i] = Math.max(0.0, acc[0] / acc[1] - p.fedFundsSpread());
      if (i == 0) {
        retail[i] = mp.retailStart();
        sentiment[i] = mp.sentimentStart();
      } else {
        double g = rec ? mp.retailRecessionGrowth() : mp.retailGrowth();
        retail[i] = retail[i - 1] * StrictMath.exp(g + mp.retailVol() * rng.nextGaussian());
        double target = rec ? mp.sentimentRecessionMean() : mp.sentimentMean();
        sentiment[i] =
            sentiment[i - 1]
                + mp.sentimentSpeed() * (target - sentiment[i - 1])
                + mp.sentimentVol() * rng.nextGaussian();
      }
    }
    return List.of(
        series("FED_FUNDS", "SYNTHETIC effective federal funds rate", "percent", dates, fedFunds),
        series("RETAIL_SALES", "SYNTHETIC retail sales", "USD millions", dates, retail),
        series("SENTIMENT", "SYNTHETIC consumer sentiment", "index", dates, sentiment),
        series("RECESSION", "SYNTHETIC recession indicator (1 = recession)", "0/1", dates, flag));
  }

  private static SyntheticSeries series(
      String tail, String name, String units, LocalDate[] dates, double[] values) {
    return SyntheticSeries.ofValues(
        new SeriesInfo(
            SeriesId.of("synthetic/macro/" + tail),
            name,
            SeriesKind.MACRO,
            Frequency.MONTHLY,
            units,
            true),
        DateSeries.of(dates, values));
  }
}
