package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.shareddata.RealSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RotationGraphTest {

  /** Agreement with the pandas oracle (pandas rolling/ewm vs Rotor's running sums). */
  private static final double ORACLE_TOL = 1e-10;

  /** Scaling a price changes ln(RS[t]/RS[0]) by rounding only. */
  private static final double SCALE_TOL = 1e-9;

  private static final String ETF = "factor_attribution/etf/";
  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 31);
  private static final RrgParameters P = RrgParameters.defaults();

  private static DateSeries close(String ticker) {
    return RealSeries.column(ETF + ticker + ".csv", "Close");
  }

  /** Seeded daily random walk on weekdays, starting at {@code level}. */
  private static DateSeries walk(long seed, double level, double drift) {
    Random rnd = new Random(seed);
    DateSeries.Builder b = DateSeries.builder();
    LocalDate d = LocalDate.of(2010, 1, 4);
    double v = level;
    for (int i = 0; i < 2500; i++) {
      if (d.getDayOfWeek().getValue() <= 5 && rnd.nextDouble() > 0.02) {
        v *= Math.exp(drift + 0.012 * rnd.nextGaussian());
        b.put(d, v);
      }
      d = d.plusDays(1);
    }
    return b.build();
  }

  private static Map<LocalDate, RrgPoint> byDate(List<RrgPoint> points) {
    Map<LocalDate, RrgPoint> m = new HashMap<>();
    points.forEach(p -> m.put(p.date(), p));
    return m;
  }

  /**
   * Oracle: rrg_oracle.py (pandas 1.5.3), file iwm_spy_weekly_rrg.csv: RS = 100 IWM/SPY on the
   * inner-joined daily closes, last observation per W-SUN period, x = ln(RS/RS[0]), y =
   * x.ewm(span=5, adjust=False), ratio = 100 + (y - y.rolling(26).mean()) / y.rolling(26).std(), d
   * = ratio - ratio.shift(4), momentum = 100 + d / sqrt((d*d).rolling(26).mean()).
   */
  @Test
  void history_realIwmSpyWeekly_matchesPandas() {
    List<RrgPoint> h = RotationGraph.history(close("IWM"), close("SPY"), P);
    List<String[]> rows = OracleCsv.rows("iwm_spy_weekly_rrg.csv");
    assertThat(h).hasSize(rows.size());
    for (int i = 0; i < h.size(); i++) {
      String[] row = rows.get(i);
      RrgPoint p = h.get(i);
      assertThat(p.date()).isEqualTo(LocalDate.parse(row[0]));
      assertCloseOrNaN(p.ratio(), row[2]);
      assertCloseOrNaN(p.momentum(), row[3]);
    }
    assertThat(h.get(P.ratioWarmUp() - 2).ratio()).isNaN();
    assertThat(h.get(P.ratioWarmUp() - 1).ratio()).isNotNaN();
    assertThat(h.get(P.momentumWarmUp() - 2).momentum()).isNaN();
    assertThat(h.get(P.momentumWarmUp() - 1).momentum()).isNotNaN();
  }

  /**
   * Oracle: rrg_oracle.py, files quadrants_2026-07-31.csv and tails_2026-07-31.csv: the 11 SPDR
   * sector ETFs and the size/style ETFs against SPY, data cut at 2026-07-31, default parameters.
   */
  @Test
  void chart_realSectorsAndSizeVsSpy_matchPandasQuadrantsAndTails() {
    List<String[]> expected = OracleCsv.rows("quadrants_" + AS_OF + ".csv");
    Map<SeriesId, DateSeries> assets = new LinkedHashMap<>();
    for (String[] row : expected) {
      assets.put(SeriesId.of(row[0]), close(row[0]));
    }
    RrgChart chart = RotationGraph.chart(SeriesId.of("SPY"), close("SPY"), assets, AS_OF, P);
    assertThat(chart.assets()).hasSize(21);
    List<String[]> tails = OracleCsv.rows("tails_" + AS_OF + ".csv");
    int t = 0;
    for (int i = 0; i < expected.size(); i++) {
      String[] row = expected.get(i);
      RrgAsset a = chart.assets().get(i);
      assertThat(a.id().value()).isEqualTo(row[0]);
      assertThat(a.date()).isEqualTo(LocalDate.parse(row[2]));
      assertThat(a.ratio()).isCloseTo(Double.parseDouble(row[3]), within(ORACLE_TOL));
      assertThat(a.momentum()).isCloseTo(Double.parseDouble(row[4]), within(ORACLE_TOL));
      assertThat(a.quadrant()).isEqualTo(Quadrant.valueOf(row[5]));
      assertThat(a.tail()).hasSize(P.tailLength());
      for (RrgPoint p : a.tail()) {
        String[] tr = tails.get(t++);
        assertThat(tr[0]).isEqualTo(row[0]);
        assertThat(p.date()).isEqualTo(LocalDate.parse(tr[1]));
        assertCloseOrNaN(p.ratio(), tr[2]);
        assertCloseOrNaN(p.momentum(), tr[3]);
      }
    }
    assertThat(t).isEqualTo(tails.size());
  }

  @Test
  void history_prefixOfRealData_leavesEveryCommonPointIdentical() {
    DateSeries iwm = close("IWM");
    DateSeries spy = close("SPY");
    Map<LocalDate, RrgPoint> full = byDate(RotationGraph.history(iwm, spy, P));
    // cuts on a Friday, a Wednesday (incomplete week) and early in the history
    for (LocalDate cut :
        List.of(LocalDate.of(2020, 3, 20), LocalDate.of(2024, 6, 12), LocalDate.of(2001, 9, 5))) {
      List<RrgPoint> prefix =
          RotationGraph.history(iwm.between(null, cut), spy.between(null, cut), P);
      int common = 0;
      for (RrgPoint p : prefix) {
        RrgPoint f = full.get(p.date());
        if (f != null) {
          assertThat(p).isEqualTo(f); // exact: same operations in the same order
          common++;
        }
      }
      // only the last period of the prefix may be incomplete and redated
      assertThat(common).isGreaterThanOrEqualTo(prefix.size() - 1).isPositive();
    }
  }

  @Test
  void history_prefixOfRandomWalk_leavesEveryCommonPointIdentical() {
    DateSeries a = walk(1, 50, 0.0002);
    DateSeries b = walk(2, 300, 0.0001);
    for (Frequency f : List.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY)) {
      RrgParameters p = P.withFrequency(f).withRatioWindow(8).withMomentumWindow(6);
      Map<LocalDate, RrgPoint> full = byDate(RotationGraph.history(a, b, p));
      for (int cut = 300; cut < a.size(); cut += 377) {
        LocalDate end = a.dateAt(cut);
        List<RrgPoint> prefix = RotationGraph.history(a.between(null, end), b, p);
        for (RrgPoint q : prefix.subList(0, prefix.size() - 1)) {
          assertThat(q).isEqualTo(full.get(q.date()));
        }
      }
    }
  }

  @Test
  void history_assetOrBenchmarkScaled_leavesRatioAndMomentumUnchanged() {
    DateSeries a = walk(3, 40, 0.0003);
    DateSeries b = walk(4, 250, 0);
    List<RrgPoint> base = RotationGraph.history(a, b, P);
    List<RrgPoint> scaled =
        RotationGraph.history(a.mapValues(v -> v * 1234.5), b.mapValues(v -> v * 0.0071), P);
    assertThat(scaled).hasSize(base.size());
    int defined = 0;
    for (int i = 0; i < base.size(); i++) {
      RrgPoint x = base.get(i);
      RrgPoint y = scaled.get(i);
      assertThat(y.date()).isEqualTo(x.date());
      if (Double.isNaN(x.momentum())) {
        assertThat(y.momentum()).isNaN();
        continue;
      }
      assertThat(y.ratio()).isCloseTo(x.ratio(), within(SCALE_TOL));
      assertThat(y.momentum()).isCloseTo(x.momentum(), within(SCALE_TOL));
      defined++;
    }
    assertThat(defined).isGreaterThan(250); // about 357 weeks minus the 55-week warm-up
  }

  @Test
  void history_assetIdenticalToBenchmark_sitsAt100And100() {
    DateSeries b = walk(5, 100, 0.0004);
    for (DateSeries asset : List.of(b, b.mapValues(v -> 2 * v))) {
      List<RrgPoint> h = RotationGraph.history(asset, b, P);
      for (RrgPoint p : h.subList(P.momentumWarmUp() - 1, h.size())) {
        assertThat(p.ratio()).isEqualTo(100.0);
        assertThat(p.momentum()).isEqualTo(100.0);
        assertThat(p.quadrant()).isEqualTo(Quadrant.NONE);
      }
    }
  }

  @Test
  void history_cyclicRelativeStrength_rotatesClockwise() {
    // ln RS = 0.1 sin(2 pi w / 52): after the warm-up every change of quadrant is the next one
    // clockwise (improving -> leading -> weakening -> lagging -> improving)
    DateSeries.Builder a = DateSeries.builder();
    DateSeries.Builder b = DateSeries.builder();
    LocalDate d = LocalDate.of(2015, 1, 2);
    for (int w = 0; w < 300; w++) {
      a.put(d.plusWeeks(w), 10 * Math.exp(0.1 * Math.sin(2 * Math.PI * w / 52)));
      b.put(d.plusWeeks(w), 10);
    }
    List<RrgPoint> h = RotationGraph.history(a.build(), b.build(), P);
    List<Quadrant> clockwise =
        List.of(Quadrant.IMPROVING, Quadrant.LEADING, Quadrant.WEAKENING, Quadrant.LAGGING);
    Quadrant previous = h.get(P.momentumWarmUp()).quadrant();
    int changes = 0;
    for (RrgPoint p : h.subList(P.momentumWarmUp(), h.size())) {
      Quadrant q = p.quadrant();
      if (q != previous) {
        assertThat(q).isEqualTo(clockwise.get((clockwise.indexOf(previous) + 1) % 4));
        changes++;
        previous = q;
      }
    }
    assertThat(changes).isGreaterThanOrEqualTo(16); // four turns in about 4.7 cycles
  }

  @Test
  void asset_historyShorterThanWindows_givesNaNAndNoneQuadrant() {
    DateSeries b = walk(6, 100, 0);
    LocalDate cut = b.dateAt(0).plusWeeks(30);
    RrgAsset a = RotationGraph.asset(SeriesId.of("X"), walk(7, 20, 0), b, cut, P);
    assertThat(a.ratio()).isNotNaN(); // 31 weeks >= ratio window 26
    assertThat(a.momentum()).isNaN(); // < 55 weeks
    assertThat(a.quadrant()).isEqualTo(Quadrant.NONE);
    assertThat(a.tail()).hasSize(10).last().isEqualTo(a.latest());
    assertThat(a.date().getDayOfWeek()).isLessThanOrEqualTo(DayOfWeek.FRIDAY);
  }

  @Test
  void asset_noCommonDate_givesNaNPointOnAsOfAndEmptyTail() {
    DateSeries b = walk(8, 100, 0);
    LocalDate asOf = b.dateAt(0).minusDays(1);
    RrgAsset a = RotationGraph.asset(SeriesId.of("X"), b, b, asOf, P);
    assertThat(a.date()).isEqualTo(asOf);
    assertThat(a.ratio()).isNaN();
    assertThat(a.tail()).isEmpty();
  }

  @Test
  void chart_nonPositivePrice_namesTheAsset() {
    DateSeries b = walk(9, 100, 0);
    DateSeries bad = b.mapValues(v -> v).between(null, b.dateAt(3));
    DateSeries negative = DateSeries.of(bad.dates(), new double[] {1, 2, -3, 4});
    Map<SeriesId, DateSeries> assets = new LinkedHashMap<>();
    assets.put(SeriesId.of("GOOD"), b);
    assets.put(SeriesId.of("BAD"), negative);
    assertThatThrownBy(() -> RotationGraph.chart(SeriesId.of("B"), b, assets, b.lastDate(), P))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("assets[BAD]: asset:");
  }

  @Test
  void history_nullParameters_throwsNamingIt() {
    DateSeries b = walk(10, 100, 0);
    assertThatThrownBy(() -> RotationGraph.history(b, b, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("parameters:");
    assertThatThrownBy(() -> RotationGraph.asset(SeriesId.of("X"), b, b, null, P))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf:");
  }

  private static void assertCloseOrNaN(double actual, String expected) {
    double e = OracleCsv.number(expected);
    if (Double.isNaN(e)) {
      assertThat(actual).isNaN();
    } else {
      assertThat(actual).isCloseTo(e, within(ORACLE_TOL));
    }
  }
}
