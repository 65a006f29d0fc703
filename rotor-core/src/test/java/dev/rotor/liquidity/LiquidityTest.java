package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LiquidityTest {

  private static final double TOL = 1e-12;

  /** Relative tolerance for invariants that reorder floating-point operations. */
  private static final double REL = 1e-10;

  private static final LocalDate D1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate[] DATES = {
    D1, D1.plusDays(1), D1.plusDays(2), D1.plusDays(3), D1.plusDays(4)
  };
  private static final double[] CLOSE = {100, 102, 99.96, 101, 100};
  private static final double[] VOLUME = {1000, 2000, 500, 1500, 1000};
  private static final double[] HIGH = {101, 103, 101, 102, 101};
  private static final double[] LOW = {99, 101, 99.5, 99.9, 99.5};

  /** Window = bars 1..3 (2024-01-02 .. 2024-01-04); $1M position, 10 %, Y = 1. */
  private static final LiquiditySpec SPEC =
      LiquiditySpec.of(DATES[1], DATES[3], Position.dollars(1e6));

  private static BarSeries bars(double[] close, double[] volume, double[] high, double[] low) {
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, close);
    if (volume != null) {
      m.put(BarField.VOLUME, volume);
    }
    if (high != null) {
      m.put(BarField.HIGH, high);
      m.put(BarField.LOW, low);
    }
    return BarSeries.of(DATES, m);
  }

  @Test
  void profile_handWorked_everyMeasure() {
    LiquidityProfile p = Liquidity.profile("X", bars(CLOSE, VOLUME, HIGH, LOW), SPEC);
    assertThat(p.first()).isEqualTo(DATES[1]);
    assertThat(p.last()).isEqualTo(DATES[3]);
    assertThat(p.bars()).isEqualTo(3);
    // r1 = 0.02 (the window's first return uses the close of 2024-01-01), r2 = -0.02,
    // r3 = 101 / 99.96 - 1 = 0.010404161664666
    // Amihud: 1e6 |r| / (C V): 0.02 / 204,000, 0.02 / 49,980, 0.0104041617 / 151,500
    // = 0.0980392157, 0.4001600640, 0.0686743344 -> mean 0.1889578713773742
    assertThat(p.value(LiquidityMeasure.AMIHUD)).isCloseTo(0.1889578713773742, within(TOL));
    assertThat(p.measurement(LiquidityMeasure.AMIHUD).observations()).isEqualTo(3);
    // ADV: (204,000 + 49,980 + 151,500) / 3 = 135,160 dollars; (2000 + 500 + 1500) / 3 shares
    assertThat(p.value(LiquidityMeasure.ADV_DOLLARS)).isCloseTo(135_160.0, within(1e-9));
    assertThat(p.value(LiquidityMeasure.ADV_SHARES)).isCloseTo(4000.0 / 3, within(1e-9));
    // sd(0.02, -0.02, 0.0104041617) with n - 1: 0.020882581098006912 (numpy std ddof=1)
    double vol = 0.020882581098006912;
    assertThat(p.value(LiquidityMeasure.VOLATILITY)).isCloseTo(vol, within(TOL));
    // days: 1e6 / (0.1 * 135,160) = 73.98638650488310; impact: vol * sqrt(1e6 / 135,160)
    assertThat(p.value(LiquidityMeasure.DAYS_TO_LIQUIDATE))
        .isCloseTo(73.9863865048831, within(1e-9));
    assertThat(p.value(LiquidityMeasure.IMPACT))
        .isCloseTo(vol * Math.sqrt(1e6 / 135_160.0), within(TOL));
    // Roll: pairs (r2, r1) and (r3, r2) (r0 does not exist); with two pairs
    // cov = (a2 - a1)(b2 - b1) / 2 = (0.010404161664666 + 0.02)(-0.02 - 0.02) / 2 = -0.000608083233
    // -> 2 sqrt(0.000608083233) = 0.04931868746401591
    assertThat(p.value(LiquidityMeasure.ROLL)).isCloseTo(0.04931868746401591, within(1e-12));
    assertThat(p.measurement(LiquidityMeasure.ROLL).observations()).isEqualTo(2);
    // Corwin-Schultz pairs dated 1, 2, 3 (overnight adjusted):
    // (0,1): day 1 low 101 > close 100 -> day 1 shifted to [100, 102]; alpha < 0 -> 0
    // (1,2): day 2 high 101 < close 102 -> shifted to [100.5, 102]; S = 1.1399417397215185e-05
    // (2,3): no gap; S = 0.001955907370808092 (python math, liquidity_oracle.py's formula)
    double cs = (0 + 1.1399417397215185e-05 + 0.001955907370808092) / 3;
    assertThat(p.value(LiquidityMeasure.CORWIN_SCHULTZ)).isCloseTo(cs, within(1e-15));
    assertThat(p.measurement(LiquidityMeasure.TURNOVER).reason()).isEqualTo(Liquidity.NO_SHARES);
  }

  @Test
  void profile_sharesKnown_turnoverIsAdvSharesOverShares() {
    LiquidityProfile p = Liquidity.profile("X", bars(CLOSE, VOLUME, HIGH, LOW), 40_000, SPEC);
    assertThat(p.value(LiquidityMeasure.TURNOVER)).isCloseTo(4000.0 / 3 / 40_000, within(TOL));
    assertThat(p.sharesOutstanding()).isEqualTo(40_000);
  }

  @Test
  void profile_positionInShares_usesShareVolume() {
    LiquidityProfile p =
        Liquidity.profile(
            "X", bars(CLOSE, VOLUME, HIGH, LOW), SPEC.withPosition(Position.shares(400)));
    // 400 / (0.1 * 4000/3) = 3 days; impact vol * sqrt(400 / (4000/3)) = vol * sqrt(0.3)
    assertThat(p.value(LiquidityMeasure.DAYS_TO_LIQUIDATE)).isCloseTo(3.0, within(TOL));
    assertThat(p.value(LiquidityMeasure.IMPACT))
        .isCloseTo(0.020882581098006912 * Math.sqrt(0.3), within(TOL));
  }

  @Test
  void profile_closesOnly_volumeAndRangeMeasuresNaNWithReasons() {
    LiquidityProfile p = Liquidity.profile("X", bars(CLOSE, null, null, null), SPEC);
    for (LiquidityMeasure m :
        List.of(
            LiquidityMeasure.AMIHUD,
            LiquidityMeasure.ADV_DOLLARS,
            LiquidityMeasure.ADV_SHARES,
            LiquidityMeasure.TURNOVER,
            LiquidityMeasure.DAYS_TO_LIQUIDATE,
            LiquidityMeasure.IMPACT)) {
      assertThat(p.value(m)).isNaN();
      assertThat(p.measurement(m).reason()).isEqualTo(Liquidity.NO_VOLUME);
    }
    assertThat(p.measurement(LiquidityMeasure.CORWIN_SCHULTZ).reason())
        .isEqualTo(Liquidity.NO_HIGH_LOW);
    assertThat(p.value(LiquidityMeasure.VOLATILITY)).isCloseTo(0.020882581098006912, within(TOL));
    assertThat(p.value(LiquidityMeasure.ROLL)).isCloseTo(0.04931868746401591, within(TOL));
  }

  @Test
  void profile_volumeMissingOnEveryWindowBar_reasonSaysSo() {
    double n = Double.NaN;
    LiquidityProfile p =
        Liquidity.profile("X", bars(CLOSE, new double[] {1, n, n, n, 1}, HIGH, LOW), SPEC);
    assertThat(p.measurement(LiquidityMeasure.ADV_DOLLARS).reason())
        .isEqualTo(Liquidity.NO_VOLUME_IN_WINDOW);
    assertThat(p.measurement(LiquidityMeasure.AMIHUD).reason()).isEqualTo(Liquidity.NO_AMIHUD_DAYS);
    assertThat(p.measurement(LiquidityMeasure.DAYS_TO_LIQUIDATE).reason())
        .isEqualTo(Liquidity.NO_VOLUME_IN_WINDOW);
  }

  @Test
  void profile_zeroVolumeWindow_advZeroDaysAndImpactNaN() {
    LiquidityProfile p =
        Liquidity.profile("X", bars(CLOSE, new double[] {1, 0, 0, 0, 1}, HIGH, LOW), SPEC);
    assertThat(p.value(LiquidityMeasure.ADV_DOLLARS)).isEqualTo(0.0);
    assertThat(p.measurement(LiquidityMeasure.AMIHUD).reason()).isEqualTo(Liquidity.NO_AMIHUD_DAYS);
    assertThat(p.measurement(LiquidityMeasure.DAYS_TO_LIQUIDATE).reason())
        .isEqualTo(Liquidity.ZERO_ADV);
    assertThat(p.measurement(LiquidityMeasure.IMPACT).reason()).isEqualTo(Liquidity.ZERO_ADV);
  }

  @Test
  void profile_windowWithoutBars_everyMeasureNaN() {
    LiquiditySpec later = SPEC.withWindow(LocalDate.of(2025, 1, 1), null);
    LiquidityProfile p = Liquidity.profile("X", bars(CLOSE, VOLUME, HIGH, LOW), later);
    assertThat(p.bars()).isZero();
    assertThat(p.first()).isNull();
    for (LiquidityMeasure m : LiquidityMeasure.values()) {
      assertThat(p.measurement(m).reason()).isEqualTo(Liquidity.NO_BARS);
    }
  }

  @Test
  void profile_oneBarWindow_volatilityNeedsTwoReturns() {
    LiquidityProfile p =
        Liquidity.profile("X", bars(CLOSE, VOLUME, HIGH, LOW), SPEC.withWindow(DATES[2], DATES[2]));
    assertThat(p.measurement(LiquidityMeasure.VOLATILITY).reason())
        .isEqualTo(Liquidity.FEW_RETURNS);
    assertThat(p.measurement(LiquidityMeasure.IMPACT).reason()).isEqualTo(Liquidity.FEW_RETURNS);
    assertThat(p.measurement(LiquidityMeasure.ROLL).reason()).isEqualTo(Liquidity.FEW_PAIRS);
    assertThat(p.value(LiquidityMeasure.AMIHUD)).isCloseTo(0.4001600640256102, within(1e-12));
  }

  @Test
  void profile_trendingCloses_rollUndefined() {
    double[] up = {100, 101, 102.5, 104.5, 107};
    LiquidityProfile p = Liquidity.profile("X", bars(up, VOLUME, null, null), SPEC);
    // returns rise steadily: positive autocovariance, no Roll solution
    assertThat(p.measurement(LiquidityMeasure.ROLL).reason()).isEqualTo(Liquidity.ROLL_UNDEFINED);
  }

  @Test
  void profile_barsOutsideTheUsedRange_doNotMatter() {
    // the window [3, 4] uses bars 1..4; bar 0 is never read, not even validated
    LiquiditySpec late = SPEC.withWindow(DATES[3], DATES[4]);
    double[] close = CLOSE.clone();
    double[] high = HIGH.clone();
    double[] low = LOW.clone();
    close[0] = 7;
    high[0] = 1; // high below low: malformed, but unused
    LiquidityProfile a = Liquidity.profile("X", bars(CLOSE, VOLUME, HIGH, LOW), late);
    LiquidityProfile b = Liquidity.profile("X", bars(close, VOLUME, high, low), late);
    assertThat(b).isEqualTo(a);
  }

  static Stream<Arguments> badBars() {
    return Stream.of(
        Arguments.of(2, "close", new double[] {100, 102, 0, 101, 100}, VOLUME, HIGH, LOW),
        Arguments.of(2, "close", new double[] {100, 102, -1, 101, 100}, VOLUME, HIGH, LOW),
        Arguments.of(3, "negative volume", CLOSE, new double[] {1, 1, 1, -5, 1}, HIGH, LOW),
        Arguments.of(1, "high", CLOSE, VOLUME, new double[] {101, 100, 101, 102, 101}, LOW),
        Arguments.of(2, "high", CLOSE, VOLUME, HIGH, new double[] {99, 101, 0, 99.9, 99.5}));
  }

  @ParameterizedTest
  @MethodSource("badBars")
  void profile_malformedBarInUse_rejectedNamingTheDate(
      int bar, String what, double[] close, double[] volume, double[] high, double[] low) {
    BarSeries b = bars(close, volume, high, low);
    assertThatThrownBy(() -> Liquidity.profile("X", b, SPEC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bars: " + what)
        .hasMessageEndingWith(DATES[bar].toString());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.POSITIVE_INFINITY})
  void profile_badShareCount_rejected(double shares) {
    BarSeries b = bars(CLOSE, VOLUME, HIGH, LOW);
    assertThatThrownBy(() -> Liquidity.profile("X", b, shares, SPEC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sharesOutstanding:");
  }

  @Test
  void profile_randomBars_volumeScalingAndPositionLinearity() {
    Random rnd = new Random(97);
    Bars b = Bars.random(rnd, 600);
    LiquiditySpec spec = LiquiditySpec.of(b.dates[100], b.dates[499], Position.dollars(5e7));
    LiquidityProfile p = Liquidity.profile("X", b.series(), 1e8, spec);
    for (double k : new double[] {0.25, 3.0, 1000.0}) {
      double[] v = b.volume.clone();
      for (int i = 0; i < v.length; i++) {
        v[i] *= k;
      }
      LiquidityProfile pk = Liquidity.profile("X", b.withVolume(v), 1e8, spec);
      assertRel(pk.value(LiquidityMeasure.AMIHUD), p.value(LiquidityMeasure.AMIHUD) / k);
      assertRel(pk.value(LiquidityMeasure.ADV_DOLLARS), p.value(LiquidityMeasure.ADV_DOLLARS) * k);
      assertRel(pk.value(LiquidityMeasure.TURNOVER), p.value(LiquidityMeasure.TURNOVER) * k);
      assertRel(
          pk.value(LiquidityMeasure.DAYS_TO_LIQUIDATE),
          p.value(LiquidityMeasure.DAYS_TO_LIQUIDATE) / k);
      assertRel(pk.value(LiquidityMeasure.IMPACT), p.value(LiquidityMeasure.IMPACT) / Math.sqrt(k));
      assertThat(pk.value(LiquidityMeasure.CORWIN_SCHULTZ))
          .isEqualTo(p.value(LiquidityMeasure.CORWIN_SCHULTZ));
      LiquidityProfile bigger =
          Liquidity.profile("X", b.series(), 1e8, spec.withPosition(Position.dollars(5e7 * k)));
      assertRel(
          bigger.value(LiquidityMeasure.DAYS_TO_LIQUIDATE),
          p.value(LiquidityMeasure.DAYS_TO_LIQUIDATE) * k);
      assertRel(
          bigger.value(LiquidityMeasure.IMPACT), p.value(LiquidityMeasure.IMPACT) * Math.sqrt(k));
    }
    assertThat(p.value(LiquidityMeasure.CORWIN_SCHULTZ)).isGreaterThan(0.0);
    assertThat(p.measurement(LiquidityMeasure.CORWIN_SCHULTZ).observations()).isEqualTo(400);
  }

  @Test
  void rolling_randomBars_equalsProfileOfEachTrailingWindow() {
    Random rnd = new Random(13);
    Bars b = Bars.random(rnd, 300);
    double[] v = b.volume.clone();
    v[150] = Double.NaN; // a gap: windows containing it have no value
    BarSeries s = b.withVolume(v);
    int w = 21;
    for (LiquidityMeasure m :
        List.of(
            LiquidityMeasure.AMIHUD,
            LiquidityMeasure.ADV_DOLLARS,
            LiquidityMeasure.ADV_SHARES,
            LiquidityMeasure.CORWIN_SCHULTZ)) {
      DateSeries r = Liquidity.rolling(s, m, w, SpreadVariant.OVERNIGHT_ADJUSTED);
      for (int i = 0; i < b.dates.length; i++) {
        boolean expected =
            i >= w && (m == LiquidityMeasure.CORWIN_SCHULTZ || i < 150 || i >= 150 + w);
        if (m == LiquidityMeasure.ADV_DOLLARS || m == LiquidityMeasure.ADV_SHARES) {
          expected = i >= w - 1 && (i < 150 || i >= 150 + w);
        }
        assertThat(r.contains(b.dates[i])).as("%s at %d", m, i).isEqualTo(expected);
        if (expected) {
          LiquidityProfile p =
              Liquidity.profile(
                  "X", s, LiquiditySpec.of(b.dates[i - w + 1], b.dates[i], Position.dollars(1)));
          assertRel(r.get(b.dates[i]).getAsDouble(), p.value(m));
        }
      }
    }
  }

  @Test
  void rolling_closesOnly_empty() {
    BarSeries s = bars(CLOSE, null, null, null);
    assertThat(Liquidity.rolling(s, LiquidityMeasure.AMIHUD, 2, SpreadVariant.UNADJUSTED))
        .isEqualTo(DateSeries.empty());
    assertThat(Liquidity.rolling(s, LiquidityMeasure.CORWIN_SCHULTZ, 2, SpreadVariant.UNADJUSTED))
        .isEqualTo(DateSeries.empty());
  }

  @Test
  void rolling_badArguments_rejected() {
    BarSeries s = bars(CLOSE, VOLUME, HIGH, LOW);
    assertThatThrownBy(
            () -> Liquidity.rolling(s, LiquidityMeasure.ROLL, 2, SpreadVariant.UNADJUSTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("measure: roll");
    assertThatThrownBy(
            () -> Liquidity.rolling(s, LiquidityMeasure.AMIHUD, 0, SpreadVariant.UNADJUSTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("window:");
  }

  @Test
  void bySize_handWorked_mediansPerBucket() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    LocalDate[] dates = {d, d.plusDays(1), d.plusDays(2)};
    Map<String, DateSeries> closes = new TreeMap<>();
    // returns: A (+10 %, -10 %), B (+20 %, -20 %), C (+1 %, -1 %), D (+2 %, -2 %)
    closes.put("A", DateSeries.of(dates, new double[] {100, 110, 99}));
    closes.put("B", DateSeries.of(dates, new double[] {100, 120, 96}));
    closes.put("C", DateSeries.of(dates, new double[] {100, 101, 99.99}));
    closes.put("D", DateSeries.of(dates, new double[] {100, 102, 99.96}));
    Map<String, Double> caps = Map.of("A", 1e8, "B", 2e8, "C", 3e10, "D", 4e10);
    SizeBucketTable t =
        Liquidity.bySize(
            closes,
            caps,
            BucketRule.quantiles(2),
            LiquiditySpec.of(null, null, Position.dollars(1)));
    // sd of (x, -x) with n - 1 is x sqrt 2: small bucket median of 0.1 sqrt 2 and 0.2 sqrt 2
    BucketLiquidity small = t.buckets().get(0);
    BucketLiquidity large = t.buckets().get(1);
    assertThat(small.tickers()).containsExactly("A", "B");
    assertThat(small.value(LiquidityMeasure.VOLATILITY))
        .isCloseTo(0.15 * Math.sqrt(2), within(1e-12));
    assertThat(large.value(LiquidityMeasure.VOLATILITY))
        .isCloseTo(0.015 * Math.sqrt(2), within(1e-12));
    assertThat(small.measurement(LiquidityMeasure.VOLATILITY).observations()).isEqualTo(2);
    assertThat(small.measurement(LiquidityMeasure.AMIHUD).reason())
        .isEqualTo("no ticker in the bucket has it: " + Liquidity.NO_VOLUME);
    assertThat(t.smallVersusLarge().row(LiquidityMeasure.VOLATILITY).ratio())
        .isCloseTo(10.0, within(1e-9));
  }

  @Test
  void bySizeWithBars_fullBars_volumeMeasuresAreMediansOfProfiles() {
    Random rnd = new Random(77);
    Map<String, BarSeries> bars = new TreeMap<>();
    Map<String, Double> caps = new TreeMap<>();
    double[] amihud = new double[3];
    LiquiditySpec spec = LiquiditySpec.of(null, null, Position.dollars(1e6));
    for (int i = 0; i < 3; i++) {
      BarSeries b = Bars.random(rnd, 120).series();
      bars.put("T" + i, b);
      caps.put("T" + i, 1e9 * (i + 1));
      amihud[i] = Liquidity.profile("T" + i, b, spec).value(LiquidityMeasure.AMIHUD);
    }
    SizeBucketTable t = Liquidity.bySizeWithBars(bars, caps, BucketRule.thresholds(1.5e9), spec);
    // bucket 1 = T0 alone; bucket 2 = T1, T2: median = mean of the two
    assertThat(t.buckets().get(0).value(LiquidityMeasure.AMIHUD)).isEqualTo(amihud[0]);
    assertThat(t.buckets().get(1).value(LiquidityMeasure.AMIHUD))
        .isCloseTo((amihud[1] + amihud[2]) / 2, within(TOL * amihud[1]));
    assertThat(t.buckets().get(1).measurement(LiquidityMeasure.CORWIN_SCHULTZ).observations())
        .isEqualTo(2);
  }

  @Test
  void bySize_malformedCloses_rejectedNamingTheTicker() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    Map<String, DateSeries> closes =
        Map.of("BAD", DateSeries.of(new LocalDate[] {d}, new double[] {-1}));
    assertThatThrownBy(
            () ->
                Liquidity.bySize(
                    closes,
                    Map.of("BAD", 1e9),
                    BucketRule.quintiles(),
                    Fixtures.SPEC.withWindow(null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("BAD: bars: close");
  }

  @Test
  void marketCaps_skipsUnreportedAndKeepsFirstDuplicate() {
    CrossSection cs =
        new CrossSection(
            "screener",
            LocalDate.of(2025, 2, 9),
            List.of(
                Constituent.of("AAA").with(ConstituentField.MARKET_CAP, 5e9),
                Constituent.of("BBB"),
                Constituent.of("CCC").with(ConstituentField.MARKET_CAP, 0),
                Constituent.of("AAA").with(ConstituentField.MARKET_CAP, 7e9),
                Constituent.of("DDD").with(ConstituentField.MARKET_CAP, 1e8)));
    assertThat(Liquidity.marketCaps(cs))
        .containsExactly(Map.entry("AAA", 5e9), Map.entry("DDD", 1e8));
  }

  @Test
  void compare_delegatesToTheComparison() {
    LiquidityProfile a = Liquidity.profile("A", bars(CLOSE, VOLUME, HIGH, LOW), SPEC);
    LiquidityProfile b = Liquidity.profile("B", bars(CLOSE, VOLUME, HIGH, LOW), SPEC);
    assertThat(Liquidity.compare(a, b).row(LiquidityMeasure.AMIHUD).ratio()).isEqualTo(1.0);
  }

  private static void assertRel(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(REL * Math.abs(expected)));
  }
}
