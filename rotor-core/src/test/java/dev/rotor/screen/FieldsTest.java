package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldsTest {

  @Test
  void names_numericThenText() {
    assertThat(Fields.NAMES)
        .startsWith("weight", "market_value", "market_cap")
        .endsWith("sector", "industry", "asset_class", "memberships")
        .hasSize(ConstituentField.values().length + 6);
  }

  @Test
  void numericAndText_ignoreCase() {
    assertThat(Fields.numeric("Debt_To_Equity")).isEqualTo(ConstituentField.DEBT_TO_EQUITY);
    assertThat(Fields.numeric("sector")).isNull();
    assertThat(Fields.text("ASSET_CLASS")).isEqualTo(Fields.TextField.ASSET_CLASS);
    assertThat(Fields.text("pe")).isNull();
  }

  @Test
  void textField_get_readsTheRow() {
    Constituent c =
        Constituent.of("ZYXI")
            .withName("Zynex")
            .withSector("Healthcare")
            .withIndustry("Medical")
            .withAssetClass("Equity")
            .withMemberships("RUT");
    assertThat(Fields.TextField.values())
        .extracting(f -> f.get(c))
        .containsExactly("ZYXI", "Zynex", "Healthcare", "Medical", "Equity", "RUT");
  }

  @ParameterizedTest
  @CsvSource({
    "sales_grwth, sales_growth",
    "salesGrowth, sales_growth",
    "SALESGROWTH, sales_growth",
    "debtToEquity, debt_to_equity",
    "pee, pe",
    "forwardpe, forward_pe",
    "marketcap, market_cap",
    "sectr, sector",
    "membership, memberships",
    "tickr, ticker"
  })
  void suggest_closeName_findsIt(String typed, String expected) {
    assertThat(Fields.suggest(typed, Fields.NAMES)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"foo", "x", "p", "volatility", "dividend_yield"})
  void suggest_farName_null(String typed) {
    assertThat(Fields.suggest(typed, Fields.NAMES)).isNull();
  }

  @Test
  void unknown_withAndWithoutSuggestion() {
    assertThat(Fields.unknown("field", "pee", Fields.NAMES))
        .isEqualTo("unknown field 'pee' (did you mean pe?)");
    assertThat(Fields.unknown("rank field", "foo", List.of("pe", "price")))
        .isEqualTo("unknown rank field 'foo'; known: pe, price");
  }

  /** Levenshtein distances from the textbook example (kitten/sitting = 3) and edge cases. */
  @ParameterizedTest
  @CsvSource({"kitten, sitting, 3", "'', abc, 3", "abc, '', 3", "abc, abc, 0", "flaw, lawn, 2"})
  void distance_knownPairs(String a, String b, int d) {
    assertThat(Fields.distance(a, b)).isEqualTo(d);
    assertThat(Fields.distance(b, a)).isEqualTo(d);
  }
}
