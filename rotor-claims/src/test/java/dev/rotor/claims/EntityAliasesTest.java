package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityAliasesTest {

  private static final EntityAliases A = EntityAliases.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Russell 2000 rose.|RUSSELL_2000",
        "Small-cap stocks rose.|RUSSELL_2000",
        "Smaller companies rose.|RUSSELL_2000",
        "The S&P 500 rose.|SP_500",
        "Blue chips rose.|SP_500",
        "Large-caps rose.|SP_500",
        "The broader market indices rose.|SP_500",
        "The Nasdaq Composite rose.|NASDAQ_COMPOSITE",
        "The Magnificent Seven rose.|MAGNIFICENT_SEVEN",
        "Large-cap tech stocks rose.|MAGNIFICENT_SEVEN",
        "Financials rose.|FINANCIALS",
        "Industrials rose.|INDUSTRIALS",
        "Materials rose.|MATERIALS",
        "Health care rose.|HEALTH_CARE",
        "Their larger counterparts rose.|@COUNTERPART"
      })
  void find_alias_namesEntity(String sentence, String key) {
    List<Mention> m = A.find(sentence);
    assertThat(m).hasSize(1);
    assertThat(m.get(0).key()).isEqualTo(key);
  }

  @Test
  void find_several_inTextOrderWithOffsets() {
    String s = "While the S&P 500 and Nasdaq Composite rose, the Russell 2000 index led.";
    List<Mention> m = A.find(s);
    assertThat(m)
        .extracting(Mention::key)
        .containsExactly("SP_500", "NASDAQ_COMPOSITE", "RUSSELL_2000");
    assertThat(s.substring(m.get(2).start(), m.get(2).end())).isEqualTo("Russell 2000 index");
  }

  @Test
  void find_partOfWord_notMatched() {
    assertThat(A.find("The spyglass and the materialsmith.")).isEmpty();
  }

  @Test
  void counterpart_smallAndLarge_swap() {
    assertThat(A.counterpart("RUSSELL_2000").orElseThrow().key()).isEqualTo("SP_500");
    assertThat(A.counterpart("SP_500").orElseThrow().key()).isEqualTo("RUSSELL_2000");
    assertThat(A.counterpart("FINANCIALS").orElseThrow().key()).isEqualTo("SP_500");
  }

  @Test
  void defaults_magnificentSeven_isSevenMemberBasket() {
    Entity m = A.entity("MAGNIFICENT_SEVEN").orElseThrow();
    assertThat(m.basket()).isTrue();
    assertThat(m.members()).hasSize(7);
  }

  @Test
  void extendedWith_userLines_addAndReplace() {
    EntityAliases x =
        A.extendedWith(
            "entity\tMIDCAPS\tS&P 400 (IJH)\tGROUP\tfactor_attribution/etf/IJH\n"
                + "alias\tmid caps\tMIDCAPS\n"
                + "alias\tblue chips\tNASDAQ_COMPOSITE\n",
            "user.tsv");
    assertThat(x.find("Mid-caps rose.").get(0).key()).isEqualTo("MIDCAPS");
    assertThat(x.find("Blue chips rose.").get(0).key()).isEqualTo("NASDAQ_COMPOSITE");
    assertThat(A.find("Blue chips rose.").get(0).key()).isEqualTo("SP_500");
  }

  @Test
  void valuation_defaults_finvizMembershipsForSmallAndLarge() {
    assertThat(A.valuation("RUSSELL_2000"))
        .containsExactly(new ValuationUniverse("finviz_snapshot/finviz_2023-08", "RUT"));
    assertThat(A.valuation("SP_500"))
        .containsExactly(new ValuationUniverse("finviz_snapshot/finviz_2023-08", "S&P 500"));
    assertThat(A.valuation("FINANCIALS")).isEmpty();
  }

  @Test
  void extendedWith_valuationLines_addAndReplacePerSnapshot() {
    EntityAliases x =
        A.extendedWith(
            "valuation\tRUSSELL_2000\tfinviz_snapshot/finviz_2023-08\tR2K\n"
                + "valuation\tRUSSELL_2000\tother/snap\tRUT\n",
            "user.tsv");
    assertThat(x.valuation("RUSSELL_2000"))
        .containsExactly(
            new ValuationUniverse("finviz_snapshot/finviz_2023-08", "R2K"),
            new ValuationUniverse("other/snap", "RUT"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'valuation\tRUSSELL_2000\tsnap'|valuation needs",
        "'valuation\tNO_SUCH\tsnap\tRUT'|unknown entity",
        "'valuation\tRUSSELL_2000\tsnap\t '|valuation needs",
        "'thing\tX\tY'|unknown line kind",
        "'alias\tonly'|alias needs",
        "'entity\tX\tName\tGROUP'|entity needs",
        "'entity\tX\tName\tBIG\tid'|BIG",
        "'entity\tlower\tName\tGROUP\tid'|key",
        "'alias\tfoo\tNO_SUCH'|unknown entity"
      })
  void extendedWith_badLine_throwsNamingSource(String line, String message) {
    assertThatThrownBy(() -> A.extendedWith(line, "user.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user.tsv")
        .hasMessageContaining(message);
  }
}
