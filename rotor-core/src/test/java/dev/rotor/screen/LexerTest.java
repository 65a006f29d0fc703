package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.screen.Lexer.Kind;
import dev.rotor.screen.Lexer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerTest {

  @Test
  void tokens_everyKind_withColumns() {
    List<Token> t = Lexer.tokens("(a_1, 'x y') + - * / < <= > >= = == != <> 2");
    assertThat(t)
        .extracting(Token::kind)
        .containsExactly(
            Kind.LPAREN,
            Kind.IDENT,
            Kind.COMMA,
            Kind.STRING,
            Kind.RPAREN,
            Kind.PLUS,
            Kind.MINUS,
            Kind.STAR,
            Kind.SLASH,
            Kind.LT,
            Kind.LE,
            Kind.GT,
            Kind.GE,
            Kind.EQ,
            Kind.EQ,
            Kind.NE,
            Kind.NE,
            Kind.NUMBER,
            Kind.END);
    assertThat(t)
        .extracting(Token::column)
        .containsExactly(1, 2, 5, 7, 12, 14, 16, 18, 20, 22, 24, 27, 29, 32, 34, 37, 40, 43, 44);
    assertThat(t.get(3).text()).isEqualTo("x y");
  }

  @Test
  void tokens_noSpaces_splitAtOperators() {
    assertThat(Lexer.tokens("pe>=-1"))
        .extracting(Token::text)
        .containsExactly("pe", ">=", "-", "1", "");
  }

  /**
   * Number values: the suffix shifts the decimal exponent before one conversion, so each value is
   * the double nearest the decimal it denotes (Java's own literal of that decimal).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0, 0.0",
    "7, 7.0",
    "0.10, 0.1",
    ".5, 0.5",
    "1e9, 1e9",
    "1E+9, 1e9",
    "2.5e-3, 0.0025",
    "10%, 0.1",
    "9.70%, 0.097",
    "22.30%, 0.223",
    "1.5e-3%, 1.5e-5",
    "3k, 3000",
    "3K, 3000",
    "500M, 5e8",
    "500m, 5e8",
    "2.5B, 2.5e9",
    "2b, 2e9",
    "1T, 1e12",
    "286.86M, 2.8686e8"
  })
  void tokens_number_valueIsNearestDouble(String text, double expected) {
    Token t = Lexer.tokens(text).get(0);
    assertThat(t.kind()).isEqualTo(Kind.NUMBER);
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.number()).isEqualTo(expected);
  }

  @Test
  void tokens_numberThenKeyword_needsNoSuffixConfusion() {
    // "2 b" is a number then an identifier; "2b" is 2e9; "2bx" is malformed
    assertThat(Lexer.tokens("2 b")).extracting(Token::kind).startsWith(Kind.NUMBER, Kind.IDENT);
    assertThatThrownBy(() -> Lexer.tokens("2bx")).hasMessageContaining("malformed number '2bx'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "~~",
      quoteCharacter = '`',
      textBlock =
          """
          pe > 1 & 2 ~~ 8 ~~ unexpected '&'; write 'and'
          pe > 1 && 2 ~~ 8 ~~ unexpected '&'; write 'and'
          pe > 1 || 2 ~~ 8 ~~ unexpected '|'; write 'or'
          !pe ~~ 1 ~~ unexpected '!'; write 'not'
          pe # 1 ~~ 4 ~~ unexpected character '#'
          pe > 10%% ~~ 9 ~~ unexpected character '%'
          x = "abc ~~ 5 ~~ unterminated text: no closing \"
          x = 'abc\" ~~ 5 ~~ unterminated text: no closing '
          1e ~~ 1 ~~ malformed number '1e': expected digits in the exponent
          1e+ ~~ 1 ~~ malformed number '1e+': expected digits in the exponent
          1. ~~ 1 ~~ malformed number '1.': expected a digit after '.'
          x > 1.2.3 ~~ 5 ~~ malformed number '1.2.3': expected an operator or space
          2Bn ~~ 1 ~~ malformed number '2Bn'
          10%x ~~ 1 ~~ malformed number '10%x'
          12abc ~~ 1 ~~ malformed number '12abc'
          1e400 ~~ 1 ~~ number out of range: 1e400
          1e1234567 ~~ 1 ~~ number out of range
          """)
  void tokens_bad_namesColumn(String text, int column, String fragment) {
    assertThatThrownBy(() -> Lexer.tokens(text))
        .isInstanceOfSatisfying(
            ScreenException.class,
            e -> {
              assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
              assertThat(e.problem()).contains(fragment);
            });
  }
}
