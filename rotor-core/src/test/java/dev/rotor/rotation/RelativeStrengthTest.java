package dev.rotor.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RelativeStrengthTest {

  private static final double TOL = 1e-12;

  /** Agreement with the pandas oracle (different summation algorithms). */
  private static final double ORACLE_TOL = 1e-10;

  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);
  private static final LocalDate D3 = LocalDate.of(2024, 1, 4);
  private static final LocalDate D4 = LocalDate.of(2024, 1, 5);

  /** Asset on D1..D4, benchmark missing D3: common dates D1, D2, D4. */
  private static final DateSeries ASSET =
      DateSeries.of(new LocalDate[] {D1, D2, D3, D4}, new double[] {10, 12, 11, 9});

  private static final DateSeries BENCH =
      DateSeries.of(new LocalDate[] {D1, D2, D4}, new double[] {20, 20, 30});

  private static DateSeries series(double... v) {
    LocalDate[] d = new LocalDate[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = D1.plusDays(i);
    }
    return DateSeries.of(d, v);
  }

  @Test
  void line_raw_isPriceRatioOnCommonDates() {
    // 10/20 = 0.5, 12/20 = 0.6, 9/30 = 0.3; D3 has no benchmark price and is absent
    DateSeries rs = RelativeStrength.line(ASSET, BENCH, RsBase.RAW);
    assertThat(rs.dates()).containsExactly(D1, D2, D4);
    assertThat(rs.values()).containsExactly(0.5, 0.6, 0.3);
  }

  @Test
  void line_rebased_startsAt100() {
    // 100 * {0.5, 0.6, 0.3} / 0.5 = {100, 120, 60}
    DateSeries rs = RelativeStrength.line(ASSET, BENCH, RsBase.REBASED_100);
    assertThat(rs.values()[0]).isEqualTo(100.0);
    assertThat(rs.values()[1]).isCloseTo(120.0, within(TOL));
    assertThat(rs.values()[2]).isCloseTo(60.0, within(TOL));
  }

  @Test
  void line_noCommonDate_isEmpty() {
    DateSeries other = DateSeries.of(new LocalDate[] {D3}, new double[] {1});
    assertThat(RelativeStrength.line(BENCH, other, RsBase.RAW).isEmpty()).isTrue();
  }

  @Test
  void simpleAverage_handWorked_datedOnLastPointOfWindow() {
    // window 2 on RS {0.5, 0.6, 0.3}: D2 0.55, D4 0.45
    DateSeries m =
        RelativeStrength.simpleAverage(RelativeStrength.line(ASSET, BENCH, RsBase.RAW), 2);
    assertThat(m.dates()).containsExactly(D2, D4);
    assertThat(m.values()[0]).isCloseTo(0.55, within(TOL));
    assertThat(m.values()[1]).isCloseTo(0.45, within(TOL));
  }

  @Test
  void exponentialAverage_handWorked_reportedFromSpanthPoint() {
    // span 3, alpha 0.5: 0.5 -> 0.55 -> 0.425, first reported at the 3rd point (D4)
    DateSeries e =
        RelativeStrength.exponentialAverage(RelativeStrength.line(ASSET, BENCH, RsBase.RAW), 3);
    assertThat(e.dates()).containsExactly(D4);
    assertThat(e.values()[0]).isCloseTo(0.425, within(TOL));
  }

  @Test
  void averages_seriesShorterThanWindow_areEmpty() {
    assertThat(RelativeStrength.simpleAverage(series(1, 2), 3).isEmpty()).isTrue();
    assertThat(RelativeStrength.exponentialAverage(series(1, 2), 3).isEmpty()).isTrue();
    assertThat(RelativeStrength.slope(series(1, 2), 3).isEmpty()).isTrue();
  }

  @Test
  void slope_handWorked_olsOfLogOverIndex() {
    // ln RS = {0, 0.1, 0.3}: slope = (0.3 - 0) / 2 = 0.15 per period; weekly x 52 = 7.8
    DateSeries rs = series(1, Math.exp(0.1), Math.exp(0.3));
    assertThat(RelativeStrength.slope(rs, 3).values()[0]).isCloseTo(0.15, within(TOL));
    assertThat(RelativeStrength.annualisedSlope(rs, 3, Frequency.WEEKLY).values()[0])
        .isCloseTo(7.8, within(TOL));
  }

  @Test
  void slope_exponentialGrowth_recoversTheRate() {
    double[] v = new double[40];
    for (int i = 0; i < v.length; i++) {
      v[i] = 3.0 * Math.exp(-0.004 * i);
    }
    for (double s : RelativeStrength.slope(series(v), 10).values()) {
      assertThat(s).isCloseTo(-0.004, within(TOL));
    }
  }

  static Stream<Arguments> badInputs() {
    DateSeries negative = DateSeries.of(new LocalDate[] {D1}, new double[] {-1});
    DateSeries zero = DateSeries.of(new LocalDate[] {D1}, new double[] {0});
    DateSeries ok = series(1, 2, 3);
    return Stream.of(
        Arguments.of((Executable) () -> RelativeStrength.line(negative, ok, RsBase.RAW), "asset"),
        Arguments.of((Executable) () -> RelativeStrength.line(ok, zero, RsBase.RAW), "benchmark"),
        Arguments.of((Executable) () -> RelativeStrength.line(null, ok, RsBase.RAW), "asset"),
        Arguments.of((Executable) () -> RelativeStrength.line(ok, null, RsBase.RAW), "benchmark"),
        Arguments.of((Executable) () -> RelativeStrength.line(ok, ok, null), "base"),
        Arguments.of((Executable) () -> RelativeStrength.simpleAverage(ok, 0), "window"),
        Arguments.of((Executable) () -> RelativeStrength.exponentialAverage(ok, 0), "span"),
        Arguments.of((Executable) () -> RelativeStrength.slope(ok, 1), "points"),
        Arguments.of((Executable) () -> RelativeStrength.slope(negative, 2), "rs"),
        Arguments.of(
            (Executable) () -> RelativeStrength.annualisedSlope(ok, 2, null), "frequency"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void methods_badArgument_throwNamingIt(Executable call, String name) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  /**
   * Oracle: rotor-core/src/test/resources/oracles/rrg/rrg_oracle.py (pandas 1.5.3), file
   * iwm_spy_daily.csv: IWM/SPY dividend-adjusted closes (factor_attribution/etf), inner join, RS =
   * IWM/SPY, rebased = 100 RS / RS[0], rolling(50).mean(), ewm(span=20, adjust=False,
   * min_periods=20).mean(), and the slope of ln RS over 63 days by np.polyfit; every 10th row of
   * the full history plus the last 30 rows.
   */
  @Test
  void lineAveragesSlope_realIwmSpy_matchPandas() {
    DateSeries iwm = RealSeries.column("factor_attribution/etf/IWM.csv", "Close");
    DateSeries spy = RealSeries.column("factor_attribution/etf/SPY.csv", "Close");
    DateSeries raw = RelativeStrength.line(iwm, spy, RsBase.RAW);
    DateSeries rebased = RelativeStrength.line(iwm, spy, RsBase.REBASED_100);
    DateSeries sma = RelativeStrength.simpleAverage(raw, 50);
    DateSeries ema = RelativeStrength.exponentialAverage(raw, 20);
    DateSeries slope = RelativeStrength.slope(raw, 63);
    List<String[]> rows = OracleCsv.rows("iwm_spy_daily.csv");
    assertThat(rows).hasSizeGreaterThan(600);
    for (String[] row : rows) {
      LocalDate d = LocalDate.parse(row[0]);
      assertThat(raw.get(d)).hasValueCloseTo(Double.parseDouble(row[1]), within(ORACLE_TOL));
      assertThat(rebased.get(d)).hasValueCloseTo(Double.parseDouble(row[2]), within(ORACLE_TOL));
      assertMatches(sma, d, row[3]);
      assertMatches(ema, d, row[4]);
      assertMatches(slope, d, row[5]);
    }
    assertThat(raw.size()).isEqualTo(6584);
  }

  private static void assertMatches(DateSeries s, LocalDate d, String expected) {
    double e = OracleCsv.number(expected);
    if (Double.isNaN(e)) {
      assertThat(s.get(d)).as("%s", d).isEmpty();
    } else {
      assertThat(s.get(d)).as("%s", d).hasValueCloseTo(e, within(ORACLE_TOL));
    }
  }
}
