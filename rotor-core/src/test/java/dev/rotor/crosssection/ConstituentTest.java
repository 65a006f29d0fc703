package dev.rotor.crosssection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstituentTest {

  @Test
  void with_eachNumericField_setsOnlyThatField() {
    for (ConstituentField f : ConstituentField.values()) {
      Constituent c = Constituent.of("AAA").with(f, 1.5);
      for (ConstituentField g : ConstituentField.values()) {
        if (g == f) {
          assertThat(c.get(g)).as(g.label()).isEqualTo(1.5);
        } else {
          assertThat(c.get(g)).as(g.label()).isNaN();
        }
      }
    }
  }

  @Test
  void textWithers_keepEverythingElse() {
    Constituent c =
        Constituent.of("AAA")
            .with(ConstituentField.WEIGHT, 0.01)
            .withName("Alpha")
            .withSector("Energy")
            .withIndustry("Oil")
            .withAssetClass("Equity")
            .withMemberships("RUT");
    assertThat(c.name()).isEqualTo("Alpha");
    assertThat(c.sector()).isEqualTo("Energy");
    assertThat(c.industry()).isEqualTo("Oil");
    assertThat(c.assetClass()).isEqualTo("Equity");
    assertThat(c.memberships()).isEqualTo("RUT");
    assertThat(c.weight()).isEqualTo(0.01);
    assertThat(ConstituentField.MARKET_CAP.label()).isEqualTo("market_cap");
  }

  @Test
  void of_blankTicker_isRejected() {
    assertThatThrownBy(() -> Constituent.of(" ")).hasMessageContaining("ticker");
  }

  @Test
  void crossSection_copiesRows() {
    List<Constituent> rows = new ArrayList<>(List.of(Constituent.of("A")));
    CrossSection cs = new CrossSection("x", LocalDate.of(2024, 1, 2), rows);
    rows.add(Constituent.of("B"));
    assertThat(cs.rows()).hasSize(1);
  }
}
