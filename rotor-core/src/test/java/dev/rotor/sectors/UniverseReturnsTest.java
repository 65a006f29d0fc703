package dev.rotor.sectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UniverseReturnsTest {

  private static final double TOL = 1e-12;

  // Financials: A 0.30 at 10%, B 0.20 missing -> return 10%, coverage 0.30/0.50 = 0.6.
  // Communication Services: BRK.B found as BRK-B at -4% -> -4%, coverage 1.
  // Energy: C 0.18 missing, D has no weight -> NaN return, coverage 0.
  @Test
  void bySector_partialCoverage_weightedAverageOfCovered() {
    Map<String, UniverseReturns.Covered> r =
        UniverseReturns.bySector(
            SectorWeightsTest.holdings(), Map.of("A", 0.10, "BRK-B", -0.04, "USD", 0.5));
    assertThat(r.keySet()).containsExactly("Communication Services", "Energy", "Financials");
    assertThat(r.get("Financials").sectorReturn()).isCloseTo(0.10, within(TOL));
    assertThat(r.get("Financials").coverage()).isCloseTo(0.6, within(TOL));
    assertThat(r.get("Communication Services").sectorReturn()).isCloseTo(-0.04, within(TOL));
    assertThat(r.get("Communication Services").coverage()).isCloseTo(1.0, within(TOL));
    assertThat(r.get("Energy").sectorReturn()).isNaN();
    assertThat(r.get("Energy").coverage()).isEqualTo(0.0);
  }

  @Test
  void bySector_infiniteReturn_throwsNamingStockReturns() {
    assertThatThrownBy(
            () ->
                UniverseReturns.bySector(
                    SectorWeightsTest.holdings(), Map.of("A", Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stockReturns");
  }
}
