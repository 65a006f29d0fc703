package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.ConstituentField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingTest {

  @ParameterizedTest
  @CsvSource({
    "pe, PE, ASC",
    "PE, PE, ASC",
    "'  pe  ', PE, ASC",
    "pe asc, PE, ASC",
    "market_cap desc, MARKET_CAP, DESC",
    "Sales_Growth DESC, SALES_GROWTH, DESC"
  })
  void parse_valid_fieldAndOrder(String text, ConstituentField field, RankOrder order) {
    assertThat(Ranking.parse(text)).isEqualTo(new Ranking(field, order));
  }

  @Test
  void of_defaultsToAscending() {
    assertThat(Ranking.of(ConstituentField.PE).order()).isEqualTo(RankOrder.ASC);
  }

  @Test
  void toString_isParseable() {
    Ranking r = new Ranking(ConstituentField.FORWARD_PE, RankOrder.DESC);
    assertThat(r).hasToString("forward_pe desc");
    assertThat(Ranking.parse(r.toString())).isEqualTo(r);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          pee               | 1  | unknown rank field 'pee' (did you mean pe?)
          salesGrowth desc  | 1  | unknown rank field 'salesGrowth' (did you mean sales_growth?)
          foo               | 1  | unknown rank field 'foo'; known: weight, market_value
          sector            | 1  | cannot rank by text field 'sector'; rank takes a numeric field
          ``                | 1  | expected a field to rank by, found the end of the expression
          -pe               | 1  | expected a field to rank by, found '-'
          pe up             | 4  | expected 'asc', 'desc' or the end after the field, found 'up'
          pe desc 25        | 9  | expected the end after the direction, found '25'
          pe + 1            | 4  | expected 'asc', 'desc' or the end after the field, found '+'
          pe #              | 4  | unexpected character '#'
          """)
  void parse_bad_namesColumn(String text, int column, String fragment) {
    assertThatThrownBy(() -> Ranking.parse(text))
        .isInstanceOfSatisfying(
            ScreenException.class,
            e -> {
              assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
              assertThat(e.problem()).contains(fragment);
            });
  }

  @Test
  void constructor_null_throwsNamingArgument() {
    assertThatThrownBy(() -> new Ranking(null, RankOrder.ASC)).hasMessage("field");
    assertThatThrownBy(() -> new Ranking(ConstituentField.PE, null)).hasMessage("order");
  }
}
