package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenExpressionTest {

  /** pe missing, price 5, sales growth 12 %, debt/equity 0.5, sector Technology, name missing. */
  private static final Constituent NO_PE =
      Constituent.of("NOPE")
          .withSector("Technology")
          .withMemberships("RUT")
          .with(ConstituentField.PRICE, 5)
          .with(ConstituentField.SALES_GROWTH, 0.12)
          .with(ConstituentField.DEBT_TO_EQUITY, 0.5);

  /**
   * Missing values under three-valued logic: comparisons are unknown, {@code not} keeps them
   * unknown, {@code and}/{@code or} decide when the other side is enough, {@code is missing} is
   * never unknown. Only TRUE selects the row.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          pe > 10                          | UNKNOWN
          pe <= 10                         | UNKNOWN
          not (pe > 10)                    | UNKNOWN
          pe = pe                          | UNKNOWN
          pe != 3                          | UNKNOWN
          pe > 10 or price > 1             | TRUE
          pe > 10 or price > 100           | UNKNOWN
          pe > 10 and price > 100          | FALSE
          pe > 10 and price > 1            | UNKNOWN
          pe > 10 or not (pe > 10)         | UNKNOWN
          pe is missing                    | TRUE
          pe is not missing                | FALSE
          not pe is missing                | FALSE
          pe is missing or pe > 10         | TRUE
          pe in (1, 2)                     | UNKNOWN
          pe not in (1, 2)                 | UNKNOWN
          -pe < 0                          | UNKNOWN
          price / 0 > 1                    | UNKNOWN
          price / 0 is missing             | TRUE
          price * 2 = 10                   | TRUE
          sales_growth > 10%               | TRUE
          sales_growth > 0.12              | FALSE
          sales_growth >= 12%              | TRUE
          debt_to_equity < 1               | TRUE
          sales_growth > 0.10 and debt_to_equity < 1 and pe > 0 | UNKNOWN
          sector = "technology"            | TRUE
          SECTOR == 'TECHNOLOGY'           | TRUE
          sector != "Technology"           | FALSE
          sector contains "tech"           | TRUE
          sector in ("Energy", "Technology") | TRUE
          sector not in ("Energy")         | TRUE
          memberships contains "RUT"       | TRUE
          memberships contains "S&P"       | FALSE
          name = "x"                       | UNKNOWN
          name != "x"                      | UNKNOWN
          name contains "x"                | UNKNOWN
          name is missing                  | TRUE
          ticker = "nope"                  | TRUE
          """)
  void evaluate_missingValues_threeValued(String where, Truth expected) {
    ScreenExpression e = ScreenExpression.parse(where);
    assertThat(e.evaluate(NO_PE)).isEqualTo(expected);
    assertThat(e.matches(NO_PE)).isEqualTo(expected == Truth.TRUE);
  }

  @Test
  void all_matchesEveryRow() {
    ScreenExpression all = ScreenExpression.all();
    assertThat(all.text()).isEmpty();
    assertThat(all.canonical()).isEmpty();
    assertThat(all.fields()).isEmpty();
    assertThat(all.evaluate(NO_PE)).isEqualTo(Truth.TRUE);
  }

  @Test
  void accessors_textCanonicalFields() {
    ScreenExpression e = ScreenExpression.parse("pe > 1 AND sector = 'x'");
    assertThat(e.text()).isEqualTo("pe > 1 AND sector = 'x'");
    assertThat(e).hasToString("pe > 1 AND sector = 'x'");
    assertThat(e.canonical()).isEqualTo("((pe > 1) and (sector = \"x\"))");
    assertThat(e.fields()).containsExactly("pe", "sector");
    assertThat(e).isEqualTo(ScreenExpression.parse("(pe>1) and sector == \"x\""));
    assertThat(e.hashCode())
        .isEqualTo(ScreenExpression.parse("(pe>1) and sector == \"x\"").hashCode());
    assertThat(e).isNotEqualTo(ScreenExpression.parse("pe > 1"));
  }

  @Test
  void fieldNames_listsNumericThenText() {
    assertThat(ScreenExpression.fieldNames()).contains("pe", "sales_growth", "memberships");
  }

  @Test
  void parse_null_throwsNamingIt() {
    assertThatThrownBy(() -> ScreenExpression.parse(null)).hasMessage("text");
  }

  // ---- invariants on seeded random rows and expressions ----

  private static final String[] NUMERIC = {"pe", "price", "sales_growth", "debt_to_equity"};
  private static final String[] OPS = {"<", "<=", ">", ">=", "=", "!="};
  private static final String[] COMPLEMENT = {">=", ">", "<=", "<", "!=", "="};

  private static List<Constituent> randomRows(Random rnd, int n) {
    List<Constituent> rows = new ArrayList<>();
    String[] sectors = {"", "Energy", "Technology", "Utilities"};
    for (int i = 0; i < n; i++) {
      Constituent c = Constituent.of("T" + i).withSector(sectors[rnd.nextInt(sectors.length)]);
      for (String f : NUMERIC) {
        // values on a coarse grid so that equality and ties happen; 25 % missing
        double v = rnd.nextInt(4) == 0 ? Double.NaN : rnd.nextInt(7) - 2;
        c = c.with(ConstituentField.valueOf(f.toUpperCase(java.util.Locale.ROOT)), v);
      }
      rows.add(c);
    }
    return rows;
  }

  private static String randomCondition(Random rnd, int depth) {
    int pick = depth <= 0 ? rnd.nextInt(4) : rnd.nextInt(8);
    String f = NUMERIC[rnd.nextInt(NUMERIC.length)];
    switch (pick) {
      case 0:
        return f + " " + OPS[rnd.nextInt(OPS.length)] + " " + (rnd.nextInt(7) - 2);
      case 1:
        return f + (rnd.nextBoolean() ? " is missing" : " is not missing");
      case 2:
        return "sector " + (rnd.nextBoolean() ? "=" : "!=") + " \"energy\"";
      case 3:
        return f + " + " + NUMERIC[rnd.nextInt(NUMERIC.length)] + " * 2 > -1";
      case 4:
        return "not " + randomCondition(rnd, depth - 1);
      case 5:
        return "(" + randomCondition(rnd, depth - 1) + ")";
      case 6:
        return randomCondition(rnd, depth - 1) + " and " + randomCondition(rnd, depth - 1);
      default:
        return randomCondition(rnd, depth - 1) + " or " + randomCondition(rnd, depth - 1);
    }
  }

  @Test
  void canonical_reparsed_isAFixedPointWithSameValues() {
    Random rnd = new Random(20260801L);
    List<Constituent> rows = randomRows(rnd, 40);
    for (int k = 0; k < 300; k++) {
      ScreenExpression e = ScreenExpression.parse(randomCondition(rnd, 4));
      ScreenExpression again = ScreenExpression.parse(e.canonical());
      assertThat(again.canonical()).as(e.text()).isEqualTo(e.canonical());
      for (Constituent row : rows) {
        assertThat(again.evaluate(row)).isEqualTo(e.evaluate(row));
      }
    }
  }

  @Test
  void notOfComparison_equalsComplementOperator_andNeverSelectsMissing() {
    Random rnd = new Random(7L);
    List<Constituent> rows = randomRows(rnd, 200);
    for (int k = 0; k < OPS.length; k++) {
      for (String f : NUMERIC) {
        ScreenExpression negated = ScreenExpression.parse("not (" + f + " " + OPS[k] + " 1)");
        ScreenExpression complement = ScreenExpression.parse(f + " " + COMPLEMENT[k] + " 1");
        ScreenExpression missing = ScreenExpression.parse(f + " is missing");
        for (Constituent row : rows) {
          assertThat(negated.evaluate(row)).isEqualTo(complement.evaluate(row));
          if (missing.matches(row)) {
            assertThat(negated.matches(row)).isFalse();
          }
        }
      }
    }
  }

  @Test
  void randomConditions_deMorganAndExcludedMiddle() {
    Random rnd = new Random(99L);
    List<Constituent> rows = randomRows(rnd, 60);
    for (int k = 0; k < 200; k++) {
      String a = randomCondition(rnd, 2);
      String b = randomCondition(rnd, 2);
      ScreenExpression ea = ScreenExpression.parse(a);
      ScreenExpression lhs = ScreenExpression.parse("not ((" + a + ") and (" + b + "))");
      ScreenExpression rhs = ScreenExpression.parse("not (" + a + ") or not (" + b + ")");
      ScreenExpression middle = ScreenExpression.parse("(" + a + ") or not (" + a + ")");
      ScreenExpression contradiction = ScreenExpression.parse("(" + a + ") and not (" + a + ")");
      for (Constituent row : rows) {
        assertThat(lhs.evaluate(row)).isEqualTo(rhs.evaluate(row));
        // a or not a is true exactly when a is known; a and not a is never true
        assertThat(middle.matches(row)).isEqualTo(ea.evaluate(row) != Truth.UNKNOWN);
        assertThat(contradiction.matches(row)).isFalse();
      }
    }
  }

  /** A comparison evaluated by the screen agrees with plain Java on the row's doubles. */
  @Test
  void randomComparisons_agreeWithDirectJava() {
    Random rnd = new Random(3L);
    List<Constituent> rows = randomRows(rnd, 300);
    for (Constituent row : rows) {
      double pe = row.pe();
      double price = row.price();
      boolean direct = pe > 0 && price * 2 <= pe + 1;
      boolean screen = ScreenExpression.parse("pe > 0 and price * 2 <= pe + 1").matches(row);
      assertThat(screen).isEqualTo(direct);
    }
  }
}
