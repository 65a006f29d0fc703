package dev.rotor.holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link HoldingPeriods} on real data against an independent pandas oracle.
 *
 * <p>Oracle: {@code src/test/resources/oracles/holding/holding_oracle.py}, run as {@code
 * /usr/bin/python3 holding_oracle.py /work/shared/data} (pandas 1.5.3, numpy 1.24.2); its outputs
 * {@code deciles.csv}, {@code smb.csv}, {@code iwm_spy.csv} and {@code oracle_output.txt} are
 * committed beside it. It compounds each window with {@code rolling(L).apply(np.prod)} (returns) or
 * {@code P / P.shift(L)} (levels), a different route from the Java log-sum differences. Data:
 * French {@code Portfolios_Formed_on_ME.CSV} value-weighted {@code Lo 10} / {@code Hi 10}
 * (1926-07..2024-12), French {@code F-F_Research_Data_Factors.csv} {@code SMB} (1926-07..2026-02),
 * {@code factor_attribution/etf/IWM.csv} and {@code SPY.csv} dividend-adjusted closes
 * (2000-05-26..2026-08-03).
 */
class HoldingPeriodsRealDataTest {

  /** Annualised returns and probabilities: product vs log-sum rounding only. */
  private static final double TOL = 1e-12;

  @Test
  void compareReturns_frenchSizeDeciles_matchPandasOracle() {
    DateSeries lo = FrenchMonthlyFile.firstBlock(FrenchMonthlyFile.SIZE_PORTFOLIOS, "Lo 10");
    DateSeries hi = FrenchMonthlyFile.firstBlock(FrenchMonthlyFile.SIZE_PORTFOLIOS, "Hi 10");
    List<HoldingComparison> rows =
        HoldingPeriods.compareReturns(lo, hi, HoldingPeriods.STANDARD_YEARS);
    assertComparison(rows, OracleCsv.read("/oracles/holding/deciles.csv"), Frequency.MONTHLY);
    // Headline (pandas oracle): small beat large in 64.3 % of 10-year and 82.1 % of 20-year
    // windows since 1926, but only 4 non-overlapping 20-year windows exist.
    assertThat(rows.get(4).smallBeatsLarge()).isCloseTo(0.820785, within(5e-7));
    assertThat(rows.get(4).span().independentWindows()).isEqualTo(4);
  }

  @Test
  void compareLevels_iwmAgainstSpy_matchPandasOracle() {
    DateSeries iwm = RealSeries.column("factor_attribution/etf/IWM.csv", "Close");
    DateSeries spy = RealSeries.column("factor_attribution/etf/SPY.csv", "Close");
    List<HoldingComparison> rows =
        HoldingPeriods.compareLevels(iwm, spy, HoldingPeriods.STANDARD_YEARS);
    assertComparison(rows, OracleCsv.read("/oracles/holding/iwm_spy.csv"), Frequency.DAILY);
  }

  @Test
  void ofReturns_smb_matchesPandasOracle() {
    DateSeries smb = FrenchMonthlyFile.firstBlock(FrenchMonthlyFile.FACTORS, "SMB");
    List<HoldingPeriod> rows = HoldingPeriods.ofReturns(smb, HoldingPeriods.STANDARD_YEARS);
    OracleCsv o = OracleCsv.read("/oracles/holding/smb.csv");
    assertThat(rows).hasSize(o.size());
    for (int i = 0; i < rows.size(); i++) {
      HoldingPeriod h = rows.get(i);
      assertSpan(h.span(), o, i, Frequency.MONTHLY);
      assertDistribution(h.returns(), o, i, "");
    }
  }

  private static void assertComparison(List<HoldingComparison> rows, OracleCsv o, Frequency f) {
    assertThat(rows).hasSize(o.size());
    for (int i = 0; i < rows.size(); i++) {
      HoldingComparison c = rows.get(i);
      assertSpan(c.span(), o, i, f);
      assertDistribution(c.small(), o, i, "small_");
      assertDistribution(c.large(), o, i, "large_");
      assertDistribution(c.relative(), o, i, "relative_");
      assertThat(c.smallBeatsLarge()).isCloseTo(o.number(i, "small_beats"), within(TOL));
      assertThat(c.largeBeatsSmall()).isCloseTo(o.number(i, "large_beats"), within(TOL));
      assertThat(c.ties()).isCloseTo(o.number(i, "ties"), within(TOL));
    }
  }

  private static void assertSpan(WindowSpan s, OracleCsv o, int i, Frequency f) {
    assertThat(s.frequency()).isEqualTo(f);
    assertThat(s.years()).isEqualTo((int) o.number(i, "years"));
    assertThat(s.windows()).isEqualTo((int) o.number(i, "windows"));
    assertThat(s.independentWindows()).isEqualTo((int) o.number(i, "independent"));
    assertThat(s.firstEnd()).isEqualTo(LocalDate.parse(o.text(i, "first_end")));
    assertThat(s.lastEnd()).isEqualTo(LocalDate.parse(o.text(i, "last_end")));
  }

  private static void assertDistribution(
      AnnualisedDistribution d, OracleCsv o, int i, String prefix) {
    assertThat(d.lossProbability()).isCloseTo(o.number(i, prefix + "loss"), within(TOL));
    assertThat(d.worst()).isCloseTo(o.number(i, prefix + "worst"), within(TOL));
    assertThat(d.median()).isCloseTo(o.number(i, prefix + "median"), within(TOL));
    assertThat(d.best()).isCloseTo(o.number(i, prefix + "best"), within(TOL));
    assertThat(d.mean()).isCloseTo(o.number(i, prefix + "mean"), within(TOL));
  }
}
