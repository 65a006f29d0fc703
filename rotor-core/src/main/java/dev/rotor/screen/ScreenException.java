package dev.rotor.screen;

import java.util.Objects;

/**
 * A screen expression or ranking that cannot be read: an unknown field, a missing value, a type
 * mismatch. The message names the 1-based column (counting characters of the expression) and what
 * was expected, for example {@code at column 14: unknown field 'sales_grwth' (did you mean
 * sales_growth?)}. A column one past the last character means "at the end of the expression".
 */
public final class ScreenException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String expression;
  private final int column;
  private final String problem;

  /**
   * An error at {@code column} of {@code expression}.
   *
   * @param expression the text that was read
   * @param column 1-based column, from 1 to {@code expression.length() + 1}
   * @param problem what is wrong, in plain words, without the column
   */
  public ScreenException(String expression, int column, String problem) {
    super("at column " + column + ": " + Objects.requireNonNull(problem, "problem"));
    this.expression = Objects.requireNonNull(expression, "expression");
    if (column < 1 || column > expression.length() + 1) {
      throw new IllegalArgumentException(
          "column: must be in 1.." + (expression.length() + 1) + ", got " + column);
    }
    this.column = column;
    this.problem = problem;
  }

  /** The text that was read. */
  public String expression() {
    return expression;
  }

  /** The 1-based column of the problem; {@code expression().length() + 1} means the end. */
  public int column() {
    return column;
  }

  /** What is wrong, without the column. */
  public String problem() {
    return problem;
  }

  /**
   * Two lines for a terminal: the expression, then a caret under the column. Tabs in the expression
   * are kept in the caret line so the caret stays aligned.
   */
  public String pointer() {
    StringBuilder caret = new StringBuilder(column);
    for (int i = 0; i < column - 1; i++) {
      caret.append(expression.charAt(i) == '\t' ? '\t' : ' ');
    }
    return expression + "\n" + caret.append('^');
  }
}
