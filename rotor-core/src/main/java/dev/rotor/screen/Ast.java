package dev.rotor.screen;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import java.util.List;
import java.util.Locale;

/**
 * The checked syntax tree of a screen expression. The {@link Parser} builds only well-typed trees:
 * numbers ({@link Num}, NaN = missing), text ({@link Text}, {@code ""} = missing) and conditions
 * ({@link Cond}, three-valued per {@link Truth}). Every node knows the column it starts at and
 * renders itself fully parenthesised, which the parser's golden tests compare.
 */
final class Ast {

  private Ast() {}

  /** Any node. */
  sealed interface Node permits Num, Text, Cond {
    /** 1-based column of the node's first token. */
    int column();

    /** Fully parenthesised form: literals as written, fields by label, keywords in lower case. */
    String render();
  }

  /** A numeric value; NaN when missing. Arithmetic that is not finite (x / 0) is missing too. */
  sealed interface Num extends Node permits Literal, NumField, Negate, Arith {
    double eval(Constituent row);
  }

  /** A text value; {@code ""} when missing. */
  sealed interface Text extends Node permits TextLiteral, TextRef {
    String eval(Constituent row);
  }

  /** A condition. */
  sealed interface Cond extends Node
      permits Compare, TextCompare, Contains, In, IsMissing, Not, Logic {
    Truth eval(Constituent row);
  }

  /** Comparison operators; {@code ==} and {@code <>} are read as {@code =} and {@code !=}. */
  enum Op {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("="),
    NE("!=");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    /** Whether {@code a op b} holds; both finite. */
    boolean holds(double a, double b) {
      switch (this) {
        case LT:
          return a < b;
        case LE:
          return a <= b;
        case GT:
          return a > b;
        case GE:
          return a >= b;
        case EQ:
          return a == b;
        default:
          return a != b;
      }
    }
  }

  /** A number as written ({@code 10%}, {@code 2.5B}). */
  record Literal(double value, String text, int column) implements Num {
    @Override
    public double eval(Constituent row) {
      return value;
    }

    @Override
    public String render() {
      return text;
    }
  }

  /** A numeric field of the row. */
  record NumField(ConstituentField field, int column) implements Num {
    @Override
    public double eval(Constituent row) {
      return row.get(field);
    }

    @Override
    public String render() {
      return field.label();
    }
  }

  /** Unary minus. */
  record Negate(Num operand, int column) implements Num {
    @Override
    public double eval(Constituent row) {
      return -operand.eval(row);
    }

    @Override
    public String render() {
      return "(-" + operand.render() + ")";
    }
  }

  /** {@code + - * /}; a non-finite result is missing (NaN). */
  record Arith(char op, Num left, Num right, int column) implements Num {
    @Override
    public double eval(Constituent row) {
      double a = left.eval(row);
      double b = right.eval(row);
      double v;
      switch (op) {
        case '+':
          v = a + b;
          break;
        case '-':
          v = a - b;
          break;
        case '*':
          v = a * b;
          break;
        default:
          v = a / b;
          break;
      }
      return Double.isFinite(v) ? v : Double.NaN;
    }

    @Override
    public String render() {
      return "(" + left.render() + " " + op + " " + right.render() + ")";
    }
  }

  /** A quoted text. */
  record TextLiteral(String value, int column) implements Text {
    @Override
    public String eval(Constituent row) {
      return value;
    }

    @Override
    public String render() {
      return quote(value);
    }
  }

  /** A text field of the row. */
  record TextRef(Fields.TextField field, int column) implements Text {
    @Override
    public String eval(Constituent row) {
      return field.get(row);
    }

    @Override
    public String render() {
      return field.label();
    }
  }

  /** A numeric comparison; unknown when either side is missing. */
  record Compare(Op op, Num left, Num right, int column) implements Cond {
    @Override
    public Truth eval(Constituent row) {
      double a = left.eval(row);
      double b = right.eval(row);
      if (Double.isNaN(a) || Double.isNaN(b)) {
        return Truth.UNKNOWN;
      }
      return Truth.of(op.holds(a, b));
    }

    @Override
    public String render() {
      return "(" + left.render() + " " + op.symbol + " " + right.render() + ")";
    }
  }

  /** Text {@code =} or {@code !=}, ignoring case; unknown when either side is empty. */
  record TextCompare(boolean equal, Text left, Text right, int column) implements Cond {
    @Override
    public Truth eval(Constituent row) {
      String a = left.eval(row);
      String b = right.eval(row);
      if (a.isEmpty() || b.isEmpty()) {
        return Truth.UNKNOWN;
      }
      return Truth.of(fold(a).equals(fold(b)) == equal);
    }

    @Override
    public String render() {
      return "(" + left.render() + (equal ? " = " : " != ") + right.render() + ")";
    }
  }

  /** Text {@code contains}, ignoring case; unknown when either side is empty. */
  record Contains(Text left, Text right, int column) implements Cond {
    @Override
    public Truth eval(Constituent row) {
      String a = left.eval(row);
      String b = right.eval(row);
      if (a.isEmpty() || b.isEmpty()) {
        return Truth.UNKNOWN;
      }
      return Truth.of(fold(a).contains(fold(b)));
    }

    @Override
    public String render() {
      return "(" + left.render() + " contains " + right.render() + ")";
    }
  }

  /**
   * {@code x in (a, b, ...)}: the {@code or} of {@code x = a}, {@code x = b}, ... under
   * three-valued logic; {@code not in} is its negation. Items have the type of {@code x}.
   */
  record In(Node left, List<Node> items, boolean negated, int column) implements Cond {
    In {
      items = List.copyOf(items);
    }

    @Override
    public Truth eval(Constituent row) {
      Truth t = Truth.FALSE;
      for (Node item : items) {
        t = t.or(equal(row, item));
      }
      return negated ? t.not() : t;
    }

    private Truth equal(Constituent row, Node item) {
      if (left instanceof Num) {
        return new Compare(Op.EQ, (Num) left, (Num) item, column).eval(row);
      }
      return new TextCompare(true, (Text) left, (Text) item, column).eval(row);
    }

    @Override
    public String render() {
      StringBuilder b = new StringBuilder("(").append(left.render());
      b.append(negated ? " not in (" : " in (");
      for (int k = 0; k < items.size(); k++) {
        b.append(k == 0 ? "" : ", ").append(items.get(k).render());
      }
      return b.append("))").toString();
    }
  }

  /** {@code is missing} / {@code is not missing}: never unknown. */
  record IsMissing(Node operand, boolean negated, int column) implements Cond {
    @Override
    public Truth eval(Constituent row) {
      boolean missing =
          operand instanceof Num
              ? Double.isNaN(((Num) operand).eval(row))
              : ((Text) operand).eval(row).isEmpty();
      return Truth.of(missing != negated);
    }

    @Override
    public String render() {
      return "(" + operand.render() + (negated ? " is not missing)" : " is missing)");
    }
  }

  /** {@code not}. */
  record Not(Cond operand, int column) implements Cond {
    @Override
    public Truth eval(Constituent row) {
      return operand.eval(row).not();
    }

    @Override
    public String render() {
      return "(not " + operand.render() + ")";
    }
  }

  /** {@code and} ({@code and == true}) or {@code or}. */
  record Logic(boolean and, Cond left, Cond right, int column) implements Cond {
    @Override
    public Truth eval(Constituent row) {
      Truth a = left.eval(row);
      if (and ? a == Truth.FALSE : a == Truth.TRUE) {
        return a;
      }
      Truth b = right.eval(row);
      return and ? a.and(b) : a.or(b);
    }

    @Override
    public String render() {
      return "(" + left.render() + (and ? " and " : " or ") + right.render() + ")";
    }
  }

  /** Text in double quotes, or single quotes when it contains a double quote. */
  static String quote(String s) {
    return s.indexOf('"') >= 0 ? "'" + s + "'" : "\"" + s + "\"";
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
