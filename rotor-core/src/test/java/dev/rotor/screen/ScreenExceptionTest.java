package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenExceptionTest {

  @Test
  void message_startsWithColumn() {
    ScreenException e = new ScreenException("pe > x", 6, "unknown field 'x'");
    assertThat(e)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at column 6: unknown field 'x'");
    assertThat(e.column()).isEqualTo(6);
    assertThat(e.expression()).isEqualTo("pe > x");
    assertThat(e.problem()).isEqualTo("unknown field 'x'");
  }

  @Test
  void pointer_caretUnderColumn() {
    assertThat(new ScreenException("pe > x", 6, "p").pointer()).isEqualTo("pe > x\n     ^");
    assertThat(new ScreenException("pe >", 5, "p").pointer()).isEqualTo("pe >\n    ^");
    assertThat(new ScreenException("\tpe >", 2, "p").pointer()).isEqualTo("\tpe >\n\t^");
  }

  @Test
  void pointer_fromParser_pointsAtUnknownField() {
    String where = "sales_growth > 0.10 and debt_to_eq < 1";
    assertThatThrownBy(() -> ScreenExpression.parse(where))
        .isInstanceOfSatisfying(
            ScreenException.class,
            e ->
                assertThat(e.pointer())
                    .isEqualTo(where + "\n" + " ".repeat(24) + "^")
                    .as(e.getMessage()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 8})
  void constructor_columnOutOfRange_throws(int column) {
    assertThatThrownBy(() -> new ScreenException("pe > 1", column, "p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("column:");
  }
}
