package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.ConstituentField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenQueryTest {

  @Test
  void parse_commandLineForm() {
    ScreenQuery q =
        ScreenQuery.parse("sales_growth > 0.10 and debt_to_equity < 1 and pe > 0", "pe", 25);
    assertThat(q.where().canonical())
        .isEqualTo("(((sales_growth > 0.10) and (debt_to_equity < 1)) and (pe > 0))");
    assertThat(q.rank()).isEqualTo(Ranking.of(ConstituentField.PE));
    assertThat(q.top()).isEqualTo(25);
  }

  @Test
  void parse_nullOrBlank_meansAllRowsInSourceOrder() {
    ScreenQuery q = ScreenQuery.parse(null, null, ScreenQuery.ALL);
    assertThat(q.where()).isSameAs(ScreenExpression.all());
    assertThat(q.rank()).isNull();
    assertThat(ScreenQuery.parse("  ", " ", 1).where()).isSameAs(ScreenExpression.all());
    assertThat(ScreenQuery.parse("  ", " ", 1).rank()).isNull();
  }

  @Test
  void parse_badParts_throwScreenException() {
    assertThatThrownBy(() -> ScreenQuery.parse("pe >", "pe", 5))
        .isInstanceOf(ScreenException.class)
        .hasMessageContaining("expected a value after '>'");
    assertThatThrownBy(() -> ScreenQuery.parse("pe > 1", "pee", 5))
        .isInstanceOf(ScreenException.class)
        .hasMessageContaining("unknown rank field 'pee'");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void constructor_topBelowOne_throwsNamingTop(int top) {
    assertThatThrownBy(() -> ScreenQuery.parse("pe > 1", null, top))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("top:");
  }

  @Test
  void constructor_nullWhere_throws() {
    assertThatThrownBy(() -> new ScreenQuery(null, null, 1)).hasMessage("where");
  }

  @Test
  void withers_changeOneComponent() {
    ScreenQuery q = ScreenQuery.parse("pe > 1", null, 10);
    Ranking r = new Ranking(ConstituentField.SALES, RankOrder.DESC);
    assertThat(q.withRank(r)).isEqualTo(new ScreenQuery(q.where(), r, 10));
    assertThat(q.withTop(3).top()).isEqualTo(3);
  }
}
