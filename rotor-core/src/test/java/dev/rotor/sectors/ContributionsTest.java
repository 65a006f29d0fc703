package dev.rotor.sectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionsTest {

  private static final double TOL = 1e-12;

  // 0.6 * 0.10 + 0.4 * -0.05 = 0.06 - 0.02 = 0.04
  @Test
  void of_twoSectors_weightTimesReturn() {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("Financials", 0.6);
    w.put("Energy", 0.4);
    List<SectorContribution> c =
        Contributions.of(w, Map.of("Financials", 0.10, "Energy", -0.05, "Utilities", 0.2));
    assertThat(c).hasSize(2);
    assertThat(c.get(0).contribution()).isCloseTo(0.06, within(TOL));
    assertThat(c.get(1).contribution()).isCloseTo(-0.02, within(TOL));
    assertThat(Contributions.total(c)).isCloseTo(0.04, within(TOL));
  }

  /** IWM, IJR, IVV holdings weights times SPDR sector ETF returns, total by sectors_oracle.py. */
  @Test
  void total_holdingsWeightsTimesSpdrReturns_matchesPandas() {
    Map<String, Double> etf = new LinkedHashMap<>();
    for (SectorEtf e : SectorEtf.values()) {
      etf.put(e.sector(), SectorsOracle.number("etf." + e.ticker() + ".return"));
    }
    for (String fund : new String[] {"IWM", "IJR", "IVV"}) {
      double total =
          Contributions.total(Contributions.of(SectorsOracle.bySector(fund + ".weight"), etf));
      assertThat(total)
          .isCloseTo(SectorsOracle.number(fund + ".etfContributionTotal"), within(TOL));
    }
  }

  @Test
  void of_missingReturn_throwsNamingReturns() {
    assertThatThrownBy(() -> Contributions.of(Map.of("A", 1.0), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("returns");
  }

  @Test
  void of_nanWeight_throwsNamingWeights() {
    assertThatThrownBy(() -> Contributions.of(Map.of("A", Double.NaN), Map.of("A", 0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weights");
  }
}
