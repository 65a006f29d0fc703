package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.holding.OracleCsv;
import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StressReplay} on real data against pandas ({@code scenario_oracle.py}, output {@code
 * stress.csv}; path {@code s[base:end]}, drawdown {@code (path / path.cummax() - 1).min()}). Data:
 * {@code factor_attribution/etf/IWM.csv}, {@code SPY.csv} (dividend-adjusted), {@code
 * silverlight/SPX.csv} (^GSPC close), and a 60/40 IWM/SPY buy-and-hold portfolio.
 */
class StressReplayRealDataTest {

  private static final double TOL = 1e-12;

  @Test
  void replay_standardWindows_matchPandas() {
    DateSeries iwm = RealSeries.column("factor_attribution/etf/IWM.csv", "Close");
    DateSeries spy = RealSeries.column("factor_attribution/etf/SPY.csv", "Close");
    DateSeries spx = RealSeries.column("silverlight/SPX.csv", "Close");
    OracleCsv o = OracleCsv.read("/oracles/scenario/stress.csv");
    int checked = 0;
    for (StressWindow w : StressWindow.standard()) {
      check(StressReplay.replay(iwm, w), o, o.find("window", w.name(), "series", "IWM"));
      check(StressReplay.replay(spy, w), o, o.find("window", w.name(), "series", "SPY"));
      check(StressReplay.replay(spx, w), o, o.find("window", w.name(), "series", "SPX"));
      check(
          StressReplay.replayPortfolio(List.of(iwm, spy), List.of(0.6, 0.4), w),
          o,
          o.find("window", w.name(), "series", "IWM60_SPY40"));
      checked += 4;
    }
    assertThat(checked).isEqualTo(o.size());
  }

  @Test
  void replay_sectorFundListedIn2018_doesNotCoverTheGfc() {
    DateSeries xlc = RealSeries.column("factor_attribution/etf/XLC.csv", "Close");
    assertThat(StressReplay.replay(xlc, StressWindow.GFC_2008).covered()).isFalse();
    assertThat(StressReplay.replay(xlc, StressWindow.COVID_2020).covered()).isTrue();
  }

  private static void check(StressOutcome r, OracleCsv o, int row) {
    assertThat(r.baseDate()).isEqualTo(LocalDate.parse(o.text(row, "base")));
    assertThat(r.endDate()).isEqualTo(LocalDate.parse(o.text(row, "end")));
    assertThat(r.observations()).isEqualTo((int) o.number(row, "obs"));
    assertThat(r.totalReturn()).isCloseTo(o.number(row, "total"), within(TOL));
    assertThat(r.maxDrawdown()).isCloseTo(o.number(row, "maxdd"), within(TOL));
    assertThat(r.peakDate()).isEqualTo(LocalDate.parse(o.text(row, "peak")));
    assertThat(r.troughDate()).isEqualTo(LocalDate.parse(o.text(row, "trough")));
  }
}
