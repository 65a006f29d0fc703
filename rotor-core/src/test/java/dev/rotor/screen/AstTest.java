package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.screen.Ast.Arith;
import dev.rotor.screen.Ast.Compare;
import dev.rotor.screen.Ast.Literal;
import dev.rotor.screen.Ast.Num;
import dev.rotor.screen.Ast.NumField;
import dev.rotor.screen.Ast.Op;
import dev.rotor.screen.Ast.Text;
import dev.rotor.screen.Ast.TextLiteral;
import dev.rotor.screen.Ast.TextRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AstTest {

  private static final Constituent ROW =
      Constituent.of("AAA")
          .withSector("Technology")
          .withMemberships("DJIA, NDX, S&P 500")
          .with(ConstituentField.PE, 20)
          .with(ConstituentField.SALES, 0)
          .with(ConstituentField.INCOME, 5);

  private static Num num(double v) {
    return new Literal(v, Double.toString(v), 1);
  }

  private static Num field(ConstituentField f) {
    return new NumField(f, 1);
  }

  private static Text text(String s) {
    return new TextLiteral(s, 1);
  }

  private static final Text SECTOR = new TextRef(Fields.TextField.SECTOR, 1);
  private static final Text NAME = new TextRef(Fields.TextField.NAME, 1);

  @ParameterizedTest
  @CsvSource({"+, 25", "-, 15", "*, 100", "/, 4"})
  void arith_finite_computes(char op, double expected) {
    assertThat(new Arith(op, field(ConstituentField.PE), num(5), 1).eval(ROW)).isEqualTo(expected);
  }

  @Test
  void arith_nonFiniteOrMissing_isNaN() {
    // income / sales = 5 / 0 = +Infinity -> missing; 0 / 0 -> missing; pe + NaN price -> missing
    assertThat(
            new Arith('/', field(ConstituentField.INCOME), field(ConstituentField.SALES), 1)
                .eval(ROW))
        .isNaN();
    assertThat(new Arith('/', num(0), num(0), 1).eval(ROW)).isNaN();
    assertThat(
            new Arith('+', field(ConstituentField.PE), field(ConstituentField.PRICE), 1).eval(ROW))
        .isNaN();
    assertThat(new Arith('*', num(1e200), num(1e200), 1).eval(ROW)).isNaN();
    assertThat(new Ast.Negate(field(ConstituentField.PRICE), 1).eval(ROW)).isNaN();
  }

  @ParameterizedTest
  @CsvSource({
    "LT, 19, FALSE", "LT, 21, TRUE", "LE, 20, TRUE", "GT, 20, FALSE",
    "GE, 20, TRUE", "EQ, 20, TRUE", "NE, 20, FALSE", "NE, 3, TRUE"
  })
  void compare_present_twoValued(Op op, double right, Truth expected) {
    assertThat(new Compare(op, field(ConstituentField.PE), num(right), 1).eval(ROW))
        .isEqualTo(expected);
  }

  @Test
  void compare_missingEitherSide_unknownForEveryOperator() {
    for (Op op : Op.values()) {
      assertThat(new Compare(op, field(ConstituentField.PRICE), num(1), 1).eval(ROW))
          .isEqualTo(Truth.UNKNOWN);
      assertThat(new Compare(op, num(1), field(ConstituentField.PRICE), 1).eval(ROW))
          .isEqualTo(Truth.UNKNOWN);
    }
  }

  @Test
  void textCompare_ignoresCase_emptyIsUnknown() {
    assertThat(new Ast.TextCompare(true, SECTOR, text("TECHNOLOGY"), 1).eval(ROW))
        .isEqualTo(Truth.TRUE);
    assertThat(new Ast.TextCompare(false, SECTOR, text("technology"), 1).eval(ROW))
        .isEqualTo(Truth.FALSE);
    assertThat(new Ast.TextCompare(true, SECTOR, text("Tech"), 1).eval(ROW)).isEqualTo(Truth.FALSE);
    assertThat(new Ast.TextCompare(true, NAME, text("x"), 1).eval(ROW)).isEqualTo(Truth.UNKNOWN);
    assertThat(new Ast.TextCompare(false, NAME, text("x"), 1).eval(ROW)).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void contains_substringIgnoringCase_emptyIsUnknown() {
    Text m = new TextRef(Fields.TextField.MEMBERSHIPS, 1);
    assertThat(new Ast.Contains(m, text("s&p 500"), 1).eval(ROW)).isEqualTo(Truth.TRUE);
    assertThat(new Ast.Contains(m, text("RUT"), 1).eval(ROW)).isEqualTo(Truth.FALSE);
    assertThat(new Ast.Contains(NAME, text("Inc"), 1).eval(ROW)).isEqualTo(Truth.UNKNOWN);
  }

  /** SQL IN: the OR of equalities, so a missing item makes a non-match unknown. */
  @Test
  void in_orOfEqualities() {
    Num pe = field(ConstituentField.PE);
    Num price = field(ConstituentField.PRICE);
    assertThat(new Ast.In(pe, List.of(num(1), num(20)), false, 1).eval(ROW)).isEqualTo(Truth.TRUE);
    assertThat(new Ast.In(pe, List.of(num(1), num(2)), false, 1).eval(ROW)).isEqualTo(Truth.FALSE);
    assertThat(new Ast.In(pe, List.of(num(1), num(2)), true, 1).eval(ROW)).isEqualTo(Truth.TRUE);
    assertThat(new Ast.In(pe, List.of(num(20), price), false, 1).eval(ROW)).isEqualTo(Truth.TRUE);
    assertThat(new Ast.In(pe, List.of(num(1), price), false, 1).eval(ROW)).isEqualTo(Truth.UNKNOWN);
    assertThat(new Ast.In(price, List.of(num(1)), true, 1).eval(ROW)).isEqualTo(Truth.UNKNOWN);
    assertThat(new Ast.In(SECTOR, List.of(text("energy"), text("technology")), false, 1).eval(ROW))
        .isEqualTo(Truth.TRUE);
  }

  @Test
  void isMissing_neverUnknown() {
    assertThat(new Ast.IsMissing(field(ConstituentField.PRICE), false, 1).eval(ROW))
        .isEqualTo(Truth.TRUE);
    assertThat(new Ast.IsMissing(field(ConstituentField.PRICE), true, 1).eval(ROW))
        .isEqualTo(Truth.FALSE);
    assertThat(new Ast.IsMissing(field(ConstituentField.PE), false, 1).eval(ROW))
        .isEqualTo(Truth.FALSE);
    assertThat(new Ast.IsMissing(NAME, false, 1).eval(ROW)).isEqualTo(Truth.TRUE);
    assertThat(new Ast.IsMissing(SECTOR, true, 1).eval(ROW)).isEqualTo(Truth.TRUE);
  }

  @Test
  void logicAndNot_followKleene() {
    Ast.Cond t = new Compare(Op.GT, field(ConstituentField.PE), num(1), 1);
    Ast.Cond f = new Compare(Op.LT, field(ConstituentField.PE), num(1), 1);
    Ast.Cond u = new Compare(Op.GT, field(ConstituentField.PRICE), num(1), 1);
    assertThat(new Ast.Logic(true, u, f, 1).eval(ROW)).isEqualTo(Truth.FALSE);
    assertThat(new Ast.Logic(true, u, t, 1).eval(ROW)).isEqualTo(Truth.UNKNOWN);
    assertThat(new Ast.Logic(false, u, t, 1).eval(ROW)).isEqualTo(Truth.TRUE);
    assertThat(new Ast.Logic(false, u, f, 1).eval(ROW)).isEqualTo(Truth.UNKNOWN);
    assertThat(new Ast.Logic(false, f, t, 1).eval(ROW)).isEqualTo(Truth.TRUE);
    assertThat(new Ast.Not(u, 1).eval(ROW)).isEqualTo(Truth.UNKNOWN);
    assertThat(new Ast.Not(f, 1).eval(ROW)).isEqualTo(Truth.TRUE);
  }

  @Test
  void quote_usesSingleQuotesOnlyWhenNeeded() {
    assertThat(Ast.quote("Energy")).isEqualTo("\"Energy\"");
    assertThat(Ast.quote("say \"hi\"")).isEqualTo("'say \"hi\"'");
  }
}
