package dev.rotor.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A hand-built report that exercises every block and chart type, both sentence kinds, text that
 * needs escaping ({@code <}, {@code &}, quotes) and lines of about 2,000 points. Deterministic
 * (seeded). Shared with other modules' tests through rotor-report's test-jar.
 */
public final class ReportFixture {
  /** Text that every renderer must escape. */
  public static final String NASTY = "S&P 500 <large> \"caps\" & 'friends'";

  /** Number of business days in the long lines. */
  public static final int DAYS = 2000;

  private ReportFixture() {}

  /** The synthetic version (title says SYNTHETIC, banner expected). */
  public static Report synthetic() {
    return build(true);
  }

  /** The real-data version (no banner). */
  public static Report real() {
    return build(false);
  }

  /** The ids of the charts in {@link #build}'s report, in order. */
  public static List<String> chartIds() {
    return List.of("cumulative", "relative", "rrg", "drawdowns", "rate-beta", "forward", "sectors");
  }

  private static Report build(boolean synthetic) {
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    List<LocalDate> dates = businessDays(asOf, DAYS);
    LocalDate first = dates.get(0);
    Source rut =
        new Source("RUT", synthetic ? "SYNTHETIC" : "market-base/indices/RUT.csv", first, asOf);
    Source spx =
        new Source("SPX", synthetic ? "SYNTHETIC" : "market-base/indices/SPX.csv", first, asOf);
    Source dgs10 = new Source("DGS10", "fred_macro-monitor/DGS10.csv", first, asOf);
    Source sectors = new Source("sp500-sectors", "constituents snapshot", null, asOf);

    Rule spreadRule =
        new Rule(
            "SPREAD_SIZE",
            "A spread above 5 pp over the window is called \"wide\"; 2-5 pp \"moderate\".");
    Rule episodeRule =
        new Rule(
            "EPISODE",
            "An episode starts when the RS line rises 10% from a trough <& ends> at a 10% fall.");
    Rule rrgRule =
        new Rule("RRG_QUADRANT", "Quadrant by RS-ratio and RS-momentum above/below 100.");

    Random rnd = new Random(42);
    double[] small = walk(rnd, DAYS, 0.0003, 0.013);
    double[] large = walk(rnd, DAYS, 0.0004, 0.010);
    double[] rs = new double[DAYS];
    double[] ddSmall = drawdown(small);
    double[] ddLarge = drawdown(large);
    double[] beta = new double[DAYS];
    for (int i = 0; i < DAYS; i++) {
      rs[i] = small[i] / large[i];
      beta[i] = -0.6 + 1.2 * Math.sin(i / 180.0) + 0.1 * rnd.nextGaussian();
    }

    Sentence headlineFact =
        Sentence.fact(
            "headline.spread",
            "Russell 2000 led " + NASTY + " by 5.2 percentage points year to date.",
            List.of(rut, spx));
    Sentence f1 =
        Sentence.fact(
            "performance.small",
            "The Russell 2000 returned 12.3% year to date; the S&P 500 returned 7.1%.",
            List.of(rut, spx));
    Sentence f2 =
        Sentence.fact(
            "performance.episodes",
            "Small caps led in 3 episodes since 2017, the longest lasting 214 trading days.",
            List.of(rut, spx));
    Sentence i1 =
        Sentence.interpretation(
            "performance.wide",
            "The spread is wide by the report's threshold (above 5 pp).",
            spreadRule,
            List.of("headline.spread", "performance.small"));
    Sentence f3 =
        Sentence.fact(
            "rotation.latest",
            "On 2024-12-31 small caps sat at RS-ratio 101.8 and RS-momentum 100.9.",
            List.of(rut, spx));
    Sentence i2 =
        Sentence.interpretation(
            "rotation.leading",
            "Small caps are in the Leading quadrant.",
            rrgRule,
            List.of("rotation.latest"));
    Sentence f4 =
        Sentence.fact(
            "risk.beta",
            "The 126-day beta of the small/large ratio to 10-year yield changes is \u22120.42.",
            List.of(rut, spx, dgs10));
    Sentence f5 =
        Sentence.fact(
            "sectors.top",
            "Financials contributed most to the Russell 2000's return (+2.1 pp).",
            List.of(sectors));

    List<LocalDate> weekly = new ArrayList<>();
    for (int i = DAYS - 1 - 9 * 5; i < DAYS; i += 5) {
      weekly.add(dates.get(i));
    }
    List<RrgChart.Tail> tails = new ArrayList<>();
    String[] names = {"Russell 2000", "S&P 500", "Nasdaq 100", "S&P MidCap 400"};
    for (int t = 0; t < names.length; t++) {
      double[] ratio = new double[10];
      double[] momentum = new double[10];
      for (int k = 0; k < 10; k++) {
        double angle = t * Math.PI / 2 + k * 0.25;
        ratio[k] = 100 + (1.5 + 0.1 * k) * Math.cos(angle);
        momentum[k] = 100 + (1.2 + 0.05 * k) * Math.sin(angle);
      }
      tails.add(new RrgChart.Tail(names[t], weekly, ratio, momentum));
    }

    List<String> sectorNames =
        List.of(
            "Communication Services",
            "Consumer Discretionary",
            "Consumer Staples",
            "Energy",
            "Financials",
            "Health Care",
            "Industrials",
            "Information Technology",
            "Materials",
            "Real Estate",
            "Utilities");
    double[] cSmall = {0.1, 0.8, -0.2, -0.5, 2.1, 1.2, 1.6, 0.9, 0.3, -0.4, 0.2};
    double[] cLarge = {1.4, 1.0, 0.3, -0.3, 1.3, -0.2, 0.8, 3.9, -0.1, -0.2, 0.4};

    double[] edges = new double[17];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = -20 + 2.5 * i;
    }
    int[] after = {0, 1, 2, 3, 5, 8, 12, 15, 14, 11, 8, 6, 4, 2, 1, 0};
    int[] all = {1, 2, 4, 7, 11, 16, 21, 24, 22, 18, 13, 8, 5, 3, 1, 1};

    List<Block> performance =
        List.of(
            new Paragraph(List.of(f1, f2, i1)),
            new Chart(
                new LineChart(
                    "cumulative",
                    "Cumulative total return",
                    "Growth of 1 (log scale)",
                    List.of(
                        new LineChart.Line("Russell 2000", dates, small),
                        new LineChart.Line(NASTY, dates, large)),
                    List.of(),
                    1.0,
                    true),
                List.of(rut, spx)),
            new Chart(
                new LineChart(
                    "relative",
                    "Relative strength: Russell 2000 / S&P 500",
                    "Ratio of growth of 1",
                    List.of(new LineChart.Line("RUT / SPX", dates, rs)),
                    List.of(
                        new LineChart.Band(dates.get(200), dates.get(414), "small caps lead"),
                        new LineChart.Band(dates.get(900), dates.get(1010), "small caps lead"),
                        new LineChart.Band(dates.get(1500), dates.get(1620), "large caps lead")),
                    1.0,
                    false),
                List.of(rut, spx)));
    List<Block> rotation =
        List.of(
            new Paragraph(List.of(f3, i2)),
            new Chart(
                new RrgChart("rrg", "Relative rotation vs equal-weight universe (weekly)", tails),
                List.of(rut, spx)));
    List<Block> risk =
        List.of(
            new Paragraph(List.of(f4)),
            new Chart(
                new LineChart(
                    "drawdowns",
                    "Drawdown from running peak",
                    "Drawdown (%)",
                    List.of(
                        new LineChart.Line("Russell 2000", dates, scale(ddSmall, 100)),
                        new LineChart.Line("S&P 500", dates, scale(ddLarge, 100))),
                    List.of(),
                    Double.NaN,
                    false),
                List.of(rut, spx)),
            new Chart(
                new LineChart(
                    "rate-beta",
                    "Rolling 126-day beta to 10-year yield changes",
                    "Beta (ratio return per 1 pp yield change)",
                    List.of(new LineChart.Line("small/large ratio", dates, beta)),
                    List.of(),
                    0.0,
                    false),
                List.of(rut, spx, dgs10)),
            new Chart(
                new HistogramChart(
                    "forward",
                    "63-day forward return of the small/large ratio",
                    "Forward return (%)",
                    edges,
                    List.of(
                        new HistogramChart.Counts("after an episode start", after),
                        new HistogramChart.Counts("all days", all))),
                List.of(rut, spx)));
    List<Block> sectorBlocks =
        List.of(
            new Paragraph(List.of(f5)),
            new Chart(
                new BarChart(
                    "sectors",
                    "Sector contributions to return, year to date",
                    "Contribution (pp)",
                    sectorNames,
                    List.of(
                        new BarChart.Group("Russell 2000", cSmall),
                        new BarChart.Group("S&P 500", cLarge))),
                List.of(sectors)),
            new Table(
                "sector-table",
                "Sector contributions (pp) & weights (%) <ytd>",
                List.of("Sector", "Russell 2000 (pp)", "S&P 500 (pp)", "Weight | RUT (%)"),
                List.of(
                    List.of("Financials", "+2.1", "+1.3", "17.2"),
                    List.of("Information Technology", "+0.9", "+3.9", "13.5"),
                    List.of("Energy \"oil\" & gas", "\u22120.5", "\u22120.3", "6.1")),
                List.of(sectors)));

    String title = synthetic ? "Leadership report \u2014 SYNTHETIC sample" : "Leadership report";
    return new Report(
        title,
        asOf,
        synthetic,
        new Headline("Russell 2000", NASTY, "ytd", 0.052, headlineFact),
        List.of(
            new Section("performance", "Performance & relative strength", performance),
            new Section("rotation", "Rotation", rotation),
            new Section("risk", "Risk and rates", risk),
            new Section("sectors", "Sectors <contributions>", sectorBlocks)),
        List.of(spreadRule, episodeRule, rrgRule),
        "A generated summary of data, not advice. Figures are computed from the sources listed.");
  }

  private static List<LocalDate> businessDays(LocalDate last, int n) {
    List<LocalDate> out = new ArrayList<>(n);
    LocalDate d = last;
    while (out.size() < n) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        out.add(d);
      }
      d = d.minusDays(1);
    }
    java.util.Collections.reverse(out);
    return out;
  }

  private static double[] walk(Random rnd, int n, double drift, double vol) {
    double[] v = new double[n];
    double level = 1;
    for (int i = 0; i < n; i++) {
      level *= Math.exp(drift + vol * rnd.nextGaussian());
      v[i] = level;
    }
    return v;
  }

  private static double[] drawdown(double[] v) {
    double[] dd = new double[v.length];
    double peak = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < v.length; i++) {
      peak = Math.max(peak, v[i]);
      dd[i] = v[i] / peak - 1;
    }
    return dd;
  }

  private static double[] scale(double[] v, double k) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * k;
    }
    return out;
  }
}
