package dev.rotor.screen;

import dev.rotor.crosssection.Constituent;
import java.util.List;
import java.util.Objects;

/**
 * A checked screen condition, such as {@code sales_growth > 10% and debt_to_equity < 1 and pe > 0},
 * evaluated row by row on a {@link Constituent}. Grammar, number suffixes, text rules and the
 * three-valued treatment of missing values: {@code docs/conventions-screener.md} and {@link Truth}.
 *
 * <p>Immutable and thread-safe. Two expressions are equal when their {@link #canonical()} forms
 * are.
 */
public final class ScreenExpression {

  private static final ScreenExpression ALL = new ScreenExpression("", null, List.of());

  private final String text;
  private final Ast.Cond root;
  private final List<String> fields;

  private ScreenExpression(String text, Ast.Cond root, List<String> fields) {
    this.text = text;
    this.root = root;
    this.fields = fields;
  }

  /**
   * Parses and type-checks {@code text}.
   *
   * @throws ScreenException naming the 1-based column and what was expected, e.g. {@code at column
   *     14: unknown field 'sales_grwth' (did you mean sales_growth?)}
   * @throws NullPointerException when {@code text} is null
   */
  public static ScreenExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    Parser.Parsed p = Parser.parse(text);
    return new ScreenExpression(text, p.root(), p.fields());
  }

  /** The expression that selects every row (no {@code --where}); its text is {@code ""}. */
  public static ScreenExpression all() {
    return ALL;
  }

  /**
   * Every field name an expression may use: the numeric {@code ConstituentField} labels, then the
   * text fields {@code ticker, name, sector, industry, asset_class, memberships}.
   */
  public static List<String> fieldNames() {
    return Fields.NAMES;
  }

  /** The text as given ({@code ""} for {@link #all()}). */
  public String text() {
    return text;
  }

  /**
   * The fully parenthesised form, showing how precedence was applied: {@code a or b and not c > 1}
   * gives {@code (a or (b and (not (c > 1))))} (with real fields). Literals as written, field names
   * and keywords in lower case; {@code ""} for {@link #all()}.
   */
  public String canonical() {
    return root == null ? "" : root.render();
  }

  /** Labels of the fields the expression reads, in order of first use. */
  public List<String> fields() {
    return fields;
  }

  /** The three-valued value of the condition for {@code row}. */
  public Truth evaluate(Constituent row) {
    Objects.requireNonNull(row, "row");
    return root == null ? Truth.TRUE : root.eval(row);
  }

  /** Whether the screen selects {@code row}: its condition is {@link Truth#TRUE}. */
  public boolean matches(Constituent row) {
    return evaluate(row) == Truth.TRUE;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScreenExpression && ((ScreenExpression) o).canonical().equals(canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /** The text as given. */
  @Override
  public String toString() {
    return text;
  }
}
