package dev.rotor.sectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectorWeightsTest {

  private static final double TOL = 1e-12;

  static Constituent row(String ticker, String sector, String assetClass, double weight) {
    return Constituent.of(ticker)
        .withSector(sector)
        .withAssetClass(assetClass)
        .with(ConstituentField.WEIGHT, weight);
  }

  static CrossSection holdings() {
    return new CrossSection(
        "TEST",
        LocalDate.of(2026, 5, 5),
        List.of(
            row("A", "Financials", "Equity", 0.30),
            row("B", "Financials", "Equity", 0.20),
            row("BRK.B", "Communication", "Equity", 0.30),
            row("C", "Energy", "", 0.18),
            row("USD", "Cash and/or Derivatives", "Cash", 0.02),
            row("D", "Energy", "Equity", Double.NaN)));
  }

  // Equity weights 0.30 + 0.20 + 0.30 + 0.18 = 0.98: Financials 0.5/0.98, Communication
  // Services 0.3/0.98, Energy 0.18/0.98; cash and the unreported weight are left out.
  @Test
  void of_mixedRows_sumsEquityBySectorAndRescales() {
    Map<String, Double> w = SectorWeights.of(holdings());
    assertThat(w.keySet()).containsExactly("Communication Services", "Energy", "Financials");
    assertThat(w.get("Financials")).isCloseTo(0.5 / 0.98, within(TOL));
    assertThat(w.get("Communication Services")).isCloseTo(0.3 / 0.98, within(TOL));
    assertThat(w.get("Energy")).isCloseTo(0.18 / 0.98, within(TOL));
    assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(TOL));
  }

  @Test
  void of_noEquity_throwsNamingHoldings() {
    CrossSection cash =
        new CrossSection("X", LocalDate.of(2026, 1, 1), List.of(row("USD", "Cash", "Cash", 1.0)));
    assertThatThrownBy(() -> SectorWeights.of(cash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("holdings");
  }

  @Test
  void of_negativeWeight_throwsNamingHoldings() {
    CrossSection neg =
        new CrossSection(
            "X", LocalDate.of(2026, 1, 1), List.of(row("A", "Energy", "Equity", -0.1)));
    assertThatThrownBy(() -> SectorWeights.of(neg))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("holdings");
  }
}
