package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.holding.FrenchMonthlyFile;
import dev.rotor.holding.OracleCsv;
import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ConditionalReturns} on real data against pandas and scipy ({@code scenario_oracle.py},
 * output {@code conditional.csv}: inner join of monthly returns and states on calendar months,
 * {@code mean}, {@code std(ddof=1)}, {@code scipy.stats.ttest_ind(equal_var=False)}). States: FRED
 * {@code USREC}, CFNAI-MA3 &lt; -0.70 ({@code CFNAI}), {@code INDPRO} year-on-year &lt; 0
 * (fred_macro-monitor, 1980-01..2025-12). Series: IWM, SPY monthly from dividend-adjusted daily
 * closes, IWM - SPY; French {@code Lo 10}, {@code Hi 10}, {@code Lo 10 - Hi 10}, {@code SMB}.
 */
class ConditionalReturnsRealDataTest {

  private static final double TOL = 1e-12;

  @Test
  void split_everyStateAndSeries_matchesPandas() {
    DateSeries iwm =
        ConditionalReturns.monthlyReturns(
            RealSeries.column("factor_attribution/etf/IWM.csv", "Close"));
    DateSeries spy =
        ConditionalReturns.monthlyReturns(
            RealSeries.column("factor_attribution/etf/SPY.csv", "Close"));
    DateSeries lo = FrenchMonthlyFile.firstBlock(FrenchMonthlyFile.SIZE_PORTFOLIOS, "Lo 10");
    DateSeries hi = FrenchMonthlyFile.firstBlock(FrenchMonthlyFile.SIZE_PORTFOLIOS, "Hi 10");
    Map<String, DateSeries> series = new LinkedHashMap<>();
    series.put("IWM", iwm);
    series.put("SPY", spy);
    series.put("IWM-SPY", ConditionalReturns.difference(iwm, spy));
    series.put("Lo10", lo);
    series.put("Hi10", hi);
    series.put("Lo10-Hi10", ConditionalReturns.difference(lo, hi));
    series.put("SMB", FrenchMonthlyFile.firstBlock(FrenchMonthlyFile.FACTORS, "SMB"));
    Map<String, MonthlyStates> states = new LinkedHashMap<>();
    states.put(
        "USREC",
        MonthlyStates.fromIndicator(
            "USREC = 1", RealSeries.column("fred_macro-monitor/USREC.csv", "value")));
    states.put(
        "CFNAI_MA3",
        MonthlyStates.cfnaiSlowdown(RealSeries.column("fred_macro-monitor/CFNAI.csv", "value")));
    states.put(
        "INDPRO_YOY",
        MonthlyStates.yearOnYearContraction(
            "INDPRO YoY < 0", RealSeries.column("fred_macro-monitor/INDPRO.csv", "value")));
    OracleCsv o = OracleCsv.read("/oracles/scenario/conditional.csv");
    int checked = 0;
    for (Map.Entry<String, MonthlyStates> st : states.entrySet()) {
      for (Map.Entry<String, DateSeries> s : series.entrySet()) {
        int row = o.find("state", st.getKey(), "series", s.getKey());
        ConditionalSplit c = ConditionalReturns.split(s.getValue(), st.getValue());
        assertThat(c.firstMonth()).isEqualTo(YearMonth.parse(o.text(row, "first")));
        assertThat(c.lastMonth()).isEqualTo(YearMonth.parse(o.text(row, "last")));
        assertThat(c.unmatchedMonths()).isEqualTo((int) o.number(row, "unmatched"));
        side(c.inState(), o, row, "in_");
        side(c.outOfState(), o, row, "out_");
        assertThat(c.difference()).isCloseTo(o.number(row, "diff"), within(TOL));
        assertThat(c.welchT()).isCloseTo(o.number(row, "welch"), within(1e-10));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(o.size());
  }

  private static void side(StateStats s, OracleCsv o, int row, String p) {
    assertThat(s.months()).isEqualTo((int) o.number(row, p + "n"));
    assertThat(s.meanMonthly()).isCloseTo(o.number(row, p + "mean"), within(TOL));
    assertThat(s.annualised()).isCloseTo(o.number(row, p + "ann"), within(TOL));
    assertThat(s.annualisedGeometric()).isCloseTo(o.number(row, p + "geo"), within(TOL));
    assertThat(s.sd()).isCloseTo(o.number(row, p + "sd"), within(TOL));
    assertThat(s.tStat()).isCloseTo(o.number(row, p + "t"), within(1e-10));
  }
}
