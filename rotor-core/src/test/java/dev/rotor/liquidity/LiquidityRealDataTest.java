package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IWM vs SPY (etf-seasonality, unadjusted OHLCV) and the stock panel by size bucket, against the
 * pandas oracle {@code src/test/resources/oracles/liquidity/liquidity_oracle.py} (run with {@code
 * /usr/bin/python3 rotor-core/src/test/resources/oracles/liquidity/liquidity_oracle.py
 * /work/shared/data}; pandas 1.5.3, numpy 1.24), whose output CSVs are committed beside it.
 */
class LiquidityRealDataTest {

  /** Relative tolerance: pandas sums pairwise, Java left to right. */
  private static final double REL = 1e-10;

  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

  /** 2026-08-21, the file's last row, may be an intraday snapshot (data README section 3). */
  private static final LocalDate TO = LocalDate.of(2026, 8, 20);

  /** iShares IWM holdings file, "Shares Outstanding" 278,750,000.00 as of 2026-05-05. */
  private static final double IWM_SHARES = 278_750_000.0;

  private static final LiquiditySpec SPEC = LiquiditySpec.of(FROM, TO, Position.dollars(100e6));

  private static final Map<String, LiquidityMeasure> SUMMARY_COLUMNS =
      Map.of(
          "amihud", LiquidityMeasure.AMIHUD,
          "adv_dollars", LiquidityMeasure.ADV_DOLLARS,
          "adv_shares", LiquidityMeasure.ADV_SHARES,
          "turnover", LiquidityMeasure.TURNOVER,
          "volatility", LiquidityMeasure.VOLATILITY,
          "days_to_liquidate", LiquidityMeasure.DAYS_TO_LIQUIDATE,
          "impact", LiquidityMeasure.IMPACT,
          "corwin_schultz", LiquidityMeasure.CORWIN_SCHULTZ,
          "roll", LiquidityMeasure.ROLL);

  private static LiquidityProfile profile(String ticker, LiquiditySpec spec) {
    double shares = ticker.equals("IWM") ? IWM_SHARES : Double.NaN;
    return Liquidity.profile(ticker, RealData.etf(ticker), shares, spec);
  }

  @Test
  void profile_iwmAndSpy2024To2026_matchPandas() {
    for (Map<String, String> row : RealData.oracle("iwm_spy_summary.csv")) {
      String t = row.get("ticker");
      LiquidityProfile p = profile(t, SPEC);
      assertThat(p.bars()).isEqualTo(Integer.parseInt(row.get("bars")));
      assertThat(p.first()).isEqualTo(LocalDate.parse(row.get("first")));
      assertThat(p.last()).isEqualTo(LocalDate.parse(row.get("last")));
      for (Map.Entry<String, LiquidityMeasure> e : SUMMARY_COLUMNS.entrySet()) {
        double expected = RealData.number(row.get(e.getKey()));
        double actual = p.value(e.getValue());
        if (Double.isNaN(expected)) {
          assertThat(actual).as("%s %s", t, e.getKey()).isNaN();
        } else {
          assertThat(actual)
              .as("%s %s", t, e.getKey())
              .isCloseTo(expected, within(REL * Math.abs(expected)));
        }
      }
      assertThat(p.measurement(LiquidityMeasure.AMIHUD).observations())
          .isEqualTo(Integer.parseInt(row.get("amihud_n")));
      assertThat(p.measurement(LiquidityMeasure.CORWIN_SCHULTZ).observations())
          .isEqualTo(Integer.parseInt(row.get("corwin_schultz_n")));
      double raw = RealData.number(row.get("corwin_schultz_raw"));
      assertThat(
              profile(t, SPEC.withSpreadVariant(SpreadVariant.UNADJUSTED))
                  .value(LiquidityMeasure.CORWIN_SCHULTZ))
          .isCloseTo(raw, within(REL * raw));
    }
    assertThat(profile("SPY", SPEC).measurement(LiquidityMeasure.TURNOVER).reason())
        .isEqualTo(Liquidity.NO_SHARES);
  }

  @Test
  void compare_iwmVersusSpy_smallCapEtfIsLessLiquidOnEveryCostMeasure() {
    LiquidityComparison c = Liquidity.compare(profile("IWM", SPEC), profile("SPY", SPEC));
    // oracle: Amihud 1.3286e-6 vs 1.6609e-7 (ratio 8.0); ADV $7.64B vs $39.89B (0.19);
    // CS 0.415 % vs 0.263 % (1.58); impact of $100M 15.3 bp vs 5.0 bp (3.07)
    assertThat(c.row(LiquidityMeasure.AMIHUD).ratio()).isCloseTo(7.999, within(0.001));
    assertThat(c.row(LiquidityMeasure.ADV_DOLLARS).ratio()).isCloseTo(0.19156, within(0.0001));
    assertThat(c.row(LiquidityMeasure.CORWIN_SCHULTZ).ratio()).isGreaterThan(1.5);
    assertThat(c.row(LiquidityMeasure.IMPACT).ratio()).isGreaterThan(3.0);
    assertThat(c.row(LiquidityMeasure.DAYS_TO_LIQUIDATE).ratio()).isGreaterThan(5.0);
    assertThat(c.row(LiquidityMeasure.TURNOVER).ratio()).isNaN(); // SPY's share count unknown
  }

  @Test
  void rolling_21Bars_matchesPandasRolling() {
    List<Map<String, String>> rows = RealData.oracle("iwm_spy_rolling21.csv");
    assertThat(rows).hasSize(2 * 661);
    Map<String, LiquidityMeasure> cols =
        Map.of(
            "amihud", LiquidityMeasure.AMIHUD,
            "adv_dollars", LiquidityMeasure.ADV_DOLLARS,
            "adv_shares", LiquidityMeasure.ADV_SHARES,
            "corwin_schultz", LiquidityMeasure.CORWIN_SCHULTZ);
    for (String t : List.of("IWM", "SPY")) {
      BarSeries bars = RealData.etf(t);
      for (Map.Entry<String, LiquidityMeasure> e : cols.entrySet()) {
        DateSeries r = Liquidity.rolling(bars, e.getValue(), 21, SpreadVariant.OVERNIGHT_ADJUSTED);
        int checked = 0;
        for (Map<String, String> row : rows) {
          if (!row.get("ticker").equals(t)) {
            continue;
          }
          double expected = RealData.number(row.get(e.getKey()));
          double actual = r.get(LocalDate.parse(row.get("date"))).orElse(Double.NaN);
          assertThat(actual)
              .as("%s %s %s", t, e.getKey(), row.get("date"))
              .isCloseTo(expected, within(1e-9 * Math.abs(expected)));
          checked++;
        }
        assertThat(checked).isEqualTo(661);
      }
    }
  }

  @Test
  void dailyQuantities_firstQuarter2024_matchPandas() {
    List<Map<String, String>> rows = RealData.oracle("iwm_spy_daily.csv");
    for (String t : List.of("IWM", "SPY")) {
      BarSeries bars = RealData.etf(t);
      double[] close = bars.column(BarField.CLOSE);
      double[] a = DailyMeasures.amihud(close, bars.column(BarField.VOLUME));
      double[] h = bars.column(BarField.HIGH);
      double[] l = bars.column(BarField.LOW);
      double[] cs = DailyMeasures.corwinSchultz(h, l, close, SpreadVariant.OVERNIGHT_ADJUSTED);
      double[] raw = DailyMeasures.corwinSchultz(h, l, close, SpreadVariant.UNADJUSTED);
      LocalDate[] dates = bars.dates();
      int checked = 0;
      for (Map<String, String> row : rows) {
        if (!row.get("ticker").equals(t)) {
          continue;
        }
        int i = java.util.Arrays.binarySearch(dates, LocalDate.parse(row.get("date")));
        assertThat(a[i]).isCloseTo(RealData.number(row.get("amihud")), within(1e-12 * a[i]));
        assertThat(cs[i]).isCloseTo(RealData.number(row.get("corwin_schultz")), within(1e-12));
        assertThat(raw[i]).isCloseTo(RealData.number(row.get("corwin_schultz_raw")), within(1e-12));
        checked++;
      }
      assertThat(checked).isEqualTo(61);
    }
  }

  @Test
  void bySize_panelQuintilesAndThresholds_matchPandas() {
    Map<String, DateSeries> closes = RealData.panel();
    Map<String, Double> caps = Liquidity.marketCaps(RealData.screener());
    LiquiditySpec spec =
        LiquiditySpec.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 8, 3), Position.dollars(1e6));
    check(
        Liquidity.bySize(closes, caps, BucketRule.quintiles(), spec),
        RealData.oracle("panel_quintiles.csv"));
    SizeBucketTable t = Liquidity.bySize(closes, caps, BucketRule.thresholds(2e9, 10e9), spec);
    check(t, RealData.oracle("panel_thresholds.csv"));
    assertThat(t.withoutCap()).hasSize(2860 - 2716);
    // closes only: what needs volume or highs and lows cannot be computed
    BucketLiquidity small = t.buckets().get(0);
    assertThat(small.measurement(LiquidityMeasure.AMIHUD).reason())
        .isEqualTo("no ticker in the bucket has it: " + Liquidity.NO_VOLUME);
    assertThat(small.measurement(LiquidityMeasure.CORWIN_SCHULTZ).reason())
        .isEqualTo("no ticker in the bucket has it: " + Liquidity.NO_HIGH_LOW);
    LiquidityComparison c = t.smallVersusLarge();
    assertThat(c.row(LiquidityMeasure.VOLATILITY).ratio()).isGreaterThan(1.5);
    assertThat(c.row(LiquidityMeasure.ROLL).ratio()).isGreaterThan(1.5);
  }

  private static void check(SizeBucketTable t, List<Map<String, String>> rows) {
    assertThat(t.buckets()).hasSize(rows.size());
    for (Map<String, String> row : rows) {
      BucketLiquidity b = t.buckets().get(Integer.parseInt(row.get("bucket")) - 1);
      assertThat(b.members()).isEqualTo(Integer.parseInt(row.get("members")));
      assertThat(b.minCap()).isEqualTo(RealData.number(row.get("min_cap")));
      assertThat(b.maxCap()).isEqualTo(RealData.number(row.get("max_cap")));
      assertThat(b.medianCap()).isEqualTo(RealData.number(row.get("median_cap")));
      for (String col : List.of("volatility", "roll")) {
        LiquidityMeasure m =
            col.equals("roll") ? LiquidityMeasure.ROLL : LiquidityMeasure.VOLATILITY;
        double expected = RealData.number(row.get(col));
        assertThat(b.value(m))
            .as("%s %s", b.label(), col)
            .isCloseTo(expected, within(1e-9 * expected));
        assertThat(b.measurement(m).observations())
            .isEqualTo(Integer.parseInt(row.get(col + "_n")));
      }
    }
  }
}
