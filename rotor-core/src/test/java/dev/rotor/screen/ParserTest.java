package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

  /**
   * Golden cases: the fully parenthesised rendering shows precedence (not > and > or; * / over + -;
   * unary minus tightest), left associativity, and every operator. Written by hand from the grammar
   * in docs/conventions-screener.md.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          pe > 0                                      | (pe > 0)
          pe < 0                                      | (pe < 0)
          pe <= 0                                     | (pe <= 0)
          pe >= 0                                     | (pe >= 0)
          pe = 0                                      | (pe = 0)
          pe == 0                                     | (pe = 0)
          pe != 0                                     | (pe != 0)
          pe <> 0                                     | (pe != 0)
          pe>0                                        | (pe > 0)
          sales_growth > 0.10 and debt_to_equity < 1 and pe > 0 | (((sales_growth > 0.10) and (debt_to_equity < 1)) and (pe > 0))
          pe > 1 or pe < 2 or pe = 3                  | (((pe > 1) or (pe < 2)) or (pe = 3))
          pe > 1 or pe < 2 and price > 3             | ((pe > 1) or ((pe < 2) and (price > 3)))
          pe > 1 and pe < 2 or price > 3             | (((pe > 1) and (pe < 2)) or (price > 3))
          (pe > 1 or pe < 2) and price > 3           | (((pe > 1) or (pe < 2)) and (price > 3))
          not pe > 1 and price > 2                   | ((not (pe > 1)) and (price > 2))
          not pe > 1 or price > 2                    | ((not (pe > 1)) or (price > 2))
          not (pe > 1 or price > 2)                  | (not ((pe > 1) or (price > 2)))
          not not pe > 1                             | (not (not (pe > 1)))
          ((pe > 1))                                 | (pe > 1)
          pe + 1 * 2 > 3                             | ((pe + (1 * 2)) > 3)
          (pe + 1) * 2 > 3                           | (((pe + 1) * 2) > 3)
          pe - 1 - 2 > 0                             | (((pe - 1) - 2) > 0)
          pe / 2 / 4 > 0                             | (((pe / 2) / 4) > 0)
          pe * 2 / 4 - 1 + price > 0                 | (((((pe * 2) / 4) - 1) + price) > 0)
          -pe > -1                                   | ((-pe) > (-1))
          - -pe < 1                                  | ((-(-pe)) < 1)
          -pe * 2 > 0                                | (((-pe) * 2) > 0)
          2 * -pe > 0                                | ((2 * (-pe)) > 0)
          -(pe + 1) > 0                              | ((-(pe + 1)) > 0)
          income / sales >= 10%                      | ((income / sales) >= 10%)
          market_cap > 2B or market_cap < 500m       | ((market_cap > 2B) or (market_cap < 500m))
          price * shares > market_cap                | ((price * shares) > market_cap)
          sector = "Technology"                      | (sector = "Technology")
          sector == 'Technology'                     | (sector = "Technology")
          sector != "Energy"                         | (sector != "Energy")
          "Energy" = sector                          | ("Energy" = sector)
          sector = industry                          | (sector = industry)
          name = 'say "hi"'                          | (name = 'say "hi"')
          name contains 'Inc'                        | (name contains "Inc")
          memberships contains "S&P 500"             | (memberships contains "S&P 500")
          sector in ("Energy", "Utilities")          | (sector in ("Energy", "Utilities"))
          sector not in ("Energy")                   | (sector not in ("Energy"))
          pe in (10, 2 * 10, -1)                     | (pe in (10, (2 * 10), (-1)))
          pe is missing                              | (pe is missing)
          pe is not missing                          | (pe is not missing)
          sector is missing                          | (sector is missing)
          pe / sales is missing                      | ((pe / sales) is missing)
          not pe is missing                          | (not (pe is missing))
          pe is missing or pe > 1 and pe < 2         | ((pe is missing) or ((pe > 1) and (pe < 2)))
          PE > 1 AND Sector = "x" Or NOT Pe Is Not Missing | (((pe > 1) and (sector = "x")) or (not (pe is not missing)))
          """)
  void parse_validExpression_rendersWithPrecedence(String text, String canonical) {
    assertThat(Parser.parse(text).root().render()).isEqualTo(canonical);
  }

  @Test
  void parse_fields_listedInOrderOfFirstUse() {
    assertThat(Parser.parse("pe > 1 and sector = 'x' or pe < sales").fields())
        .containsExactly("pe", "sector", "sales");
  }

  @Test
  void parse_node_columnsPointAtTheirFirstToken() {
    Ast.Logic root = (Ast.Logic) Parser.parse("pe > 1 and  -price < 2").root();
    assertThat(root.column()).isEqualTo(1);
    assertThat(root.right().column()).isEqualTo(13);
  }

  /**
   * Error positions: expected 1-based column and a fragment of the message. Columns counted by
   * hand; the end of the expression is length + 1.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          sales_grwth > 0.1            | 1  | unknown field 'sales_grwth' (did you mean sales_growth?)
          pe > 0 and sales_grwth > 0.1 | 12 | unknown field 'sales_grwth' (did you mean sales_growth?)
          salesGrowth > 0              | 1  | unknown field 'salesGrowth' (did you mean sales_growth?)
          foo > 1                      | 1  | unknown field 'foo'; known: weight, market_value
          pe >                         | 5  | expected a value after '>', found the end of the expression
          pe > and price > 1           | 6  | expected a value after '>', found 'and'
          pe > 1 and                   | 11 | expected a value after 'and', found the end of the expression
          pe > 1 and (price < 2 or )   | 26 | expected a value after 'or', found ')'
          and pe > 1                   | 1  | expected a value, found 'and'
          pe > +1                      | 6  | expected a value after '>', found '+'
          (pe > 1                      | 8  | expected ')' to close the '(' at column 1, found the end
          (pe > 1 price                | 9  | expected ')' to close the '(' at column 1, found 'price'
          pe > 1)                      | 7  | unexpected ')' without a matching '('
          pe > 1 price < 2             | 8  | expected 'and', 'or', an operator or the end of the expression, found 'price'
          ``                           | 1  | empty expression
          `   `                        | 1  | empty expression
          1 < pe < 10                  | 8  | comparisons cannot be chained; join them with 'and'
          pe is missing = 1            | 15 | comparisons cannot be chained
          pe                           | 1  | the expression must be a condition such as 'pe > 0', but pe is a number
          pe + 1                       | 1  | must be a condition such as 'pe > 0', but (pe + 1) is a number
          sector                       | 1  | must be a condition such as 'pe > 0', but sector is text
          sector > 5                   | 1  | '>' compares numbers, but sector is text; text takes =, !=, contains, in
          5 <= sector                  | 6  | '<=' compares numbers, but sector is text
          (pe > 1) > 2                 | 2  | '>' compares numbers, but (pe > 1) is a condition
          (pe > 1) = (pe > 2)          | 2  | '=' cannot compare conditions
          pe = "x"                     | 6  | cannot compare a number (pe) with text ("x") using '='
          sector != 3                  | 11 | cannot compare text (sector) with a number (3) using '!='
          pe contains "x"              | 1  | 'contains' needs text on both sides, but pe is a number
          sector contains 3            | 17 | 'contains' needs text on both sides, but 3 is a number
          sector + 1 > 2               | 1  | '+' needs numbers, but sector is text
          pe * "x" > 2                 | 6  | '*' needs numbers, but "x" is text
          - sector > 1                 | 3  | '-' needs numbers, but sector is text
          pe > 1 and 2                 | 12 | 'and' needs a condition on its right, such as 'pe > 0', but 2 is a number
          pe or pe > 1                 | 1  | 'or' needs a condition on its left, such as 'pe > 0', but pe is a number
          not pe                       | 5  | 'not' needs a condition after it, but pe is a number
          pe is 5                      | 7  | expected 'missing' or 'not missing' after 'is', found '5'
          pe is not                    | 10 | expected 'missing' or 'not missing' after 'is', found the end
          (pe > 1) is missing          | 2  | 'is missing' applies to a value, but (pe > 1) is a condition
          sector in "x"                | 11 | expected '(' after 'in', found "x"
          sector in ("a", 1)           | 17 | 'in' list items must be text like sector, but 1 is a number
          pe in (1, "a")               | 11 | 'in' list items must be a number like pe, but "a" is text
          sector in ("a" "b")          | 16 | expected ',' or ')' in the list opened at column 11, found "b"
          sector in ()                 | 12 | expected a value after '(', found ')'
          sector = ""                  | 10 | empty text never matches; write 'is missing'
          """)
  void parse_badExpression_namesColumn(String text, int column, String fragment) {
    assertThatThrownBy(() -> Parser.parse(text))
        .isInstanceOfSatisfying(
            ScreenException.class,
            e -> {
              assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
              assertThat(e.getMessage()).startsWith("at column " + column + ": ");
              assertThat(e.problem()).contains(fragment);
              assertThat(e.expression()).isEqualTo(text);
            });
  }
}
