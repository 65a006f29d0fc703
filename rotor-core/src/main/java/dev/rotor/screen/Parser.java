package dev.rotor.screen;

import dev.rotor.crosssection.ConstituentField;
import dev.rotor.screen.Ast.Cond;
import dev.rotor.screen.Ast.Node;
import dev.rotor.screen.Ast.Num;
import dev.rotor.screen.Ast.Op;
import dev.rotor.screen.Ast.Text;
import dev.rotor.screen.Lexer.Kind;
import dev.rotor.screen.Lexer.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hand-written recursive-descent parser for screen expressions, one method per rule of the grammar
 * in {@code docs/conventions-screener.md}. Types are checked as nodes are built, so every error
 * names the column of the offending token.
 */
final class Parser {

  /**
   * A parsed expression.
   *
   * @param root the condition
   * @param fields labels of the fields it reads, in order of first use
   */
  record Parsed(Cond root, List<String> fields) {
    Parsed {
      fields = List.copyOf(fields);
    }
  }

  private final String src;
  private final List<Token> tokens;
  private final Set<String> fields = new LinkedHashSet<>();
  private int pos;

  private Parser(String src) {
    this.src = src;
    this.tokens = Lexer.tokens(src);
  }

  /**
   * Parses {@code src} as a condition.
   *
   * @throws ScreenException naming the column of the first problem
   */
  static Parsed parse(String src) {
    Parser p = new Parser(src);
    if (p.peek().kind() == Kind.END) {
      throw new ScreenException(src, 1, "empty expression: expected a condition such as 'pe > 0'");
    }
    Node n = p.disjunction();
    Token t = p.peek();
    if (t.kind() != Kind.END) {
      throw p.unexpectedAfterCondition(t);
    }
    Cond root = p.condition(n, "the expression must be a condition such as 'pe > 0'");
    return new Parsed(root, new ArrayList<>(p.fields));
  }

  /** disjunction = conjunction { "or" conjunction } */
  private Node disjunction() {
    Node left = conjunction();
    while (peek().is("or")) {
      Token op = next();
      Node right = conjunction();
      left =
          new Ast.Logic(
              false, operand(left, op, "left"), operand(right, op, "right"), left.column());
    }
    return left;
  }

  /** conjunction = negation { "and" negation } */
  private Node conjunction() {
    Node left = negation();
    while (peek().is("and")) {
      Token op = next();
      Node right = negation();
      left =
          new Ast.Logic(
              true, operand(left, op, "left"), operand(right, op, "right"), left.column());
    }
    return left;
  }

  /** negation = "not" negation | test */
  private Node negation() {
    if (peek().is("not")) {
      Token op = next();
      Node operand = negation();
      return new Ast.Not(condition(operand, "'not' needs a condition after it"), op.column());
    }
    return test();
  }

  /**
   * test = sum [ compare-op sum | "contains" sum | ["not"] "in" "(" sum {"," sum} ")" | "is"
   * ["not"] "missing" ]
   */
  private Node test() {
    Node left = sum();
    Token t = peek();
    Op op = t.compareOp();
    Node result;
    if (op != null) {
      next();
      result = compare(op, t, left, sum());
    } else if (t.is("contains")) {
      next();
      Node right = sum();
      result = new Ast.Contains(text(left, t), text(right, t), left.column());
    } else if (t.is("in") || (t.is("not") && peekAt(1).is("in"))) {
      result = in(left);
    } else if (t.is("is")) {
      result = isMissing(left);
    } else {
      return left;
    }
    Token after = peek();
    if (after.compareOp() != null) {
      throw new ScreenException(
          src, after.column(), "comparisons cannot be chained; join them with 'and'");
    }
    return result;
  }

  private Cond compare(Op op, Token t, Node left, Node right) {
    if (left instanceof Num && right instanceof Num) {
      return new Ast.Compare(op, (Num) left, (Num) right, left.column());
    }
    if ((op == Op.EQ || op == Op.NE) && left instanceof Text && right instanceof Text) {
      return new Ast.TextCompare(op == Op.EQ, (Text) left, (Text) right, left.column());
    }
    if (op != Op.EQ && op != Op.NE) {
      Node bad = left instanceof Num ? right : left;
      throw new ScreenException(
          src,
          bad.column(),
          "'"
              + t.text()
              + "' compares numbers, but "
              + describe(bad)
              + (bad instanceof Text ? "; text takes =, !=, contains, in" : ""));
    }
    if (left instanceof Cond || right instanceof Cond) {
      Node bad = left instanceof Cond ? left : right;
      throw new ScreenException(
          src, bad.column(), "'" + t.text() + "' cannot compare conditions: " + describe(bad));
    }
    throw new ScreenException(
        src,
        right.column(),
        "cannot compare "
            + kind(left)
            + " ("
            + left.render()
            + ") with "
            + kind(right)
            + " ("
            + right.render()
            + ") using '"
            + t.text()
            + "'");
  }

  private Cond in(Node left) {
    int column = left.column();
    boolean negated = peek().is("not");
    if (negated) {
      next();
    }
    Token in = next();
    if (left instanceof Cond) {
      throw new ScreenException(
          src, column, "'in' needs a value on its left, but " + describe(left));
    }
    Token open = next();
    if (open.kind() != Kind.LPAREN) {
      throw new ScreenException(
          src, open.column(), "expected '(' after 'in', found " + open.describe());
    }
    List<Node> items = new ArrayList<>();
    do {
      Node item = sum();
      if (left instanceof Num ? !(item instanceof Num) : !(item instanceof Text)) {
        throw new ScreenException(
            src,
            item.column(),
            "'"
                + in.text()
                + "' list items must be "
                + kind(left)
                + " like "
                + left.render()
                + ", but "
                + describe(item));
      }
      items.add(item);
    } while (accept(Kind.COMMA));
    Token close = next();
    if (close.kind() != Kind.RPAREN) {
      throw new ScreenException(
          src,
          close.column(),
          "expected ',' or ')' in the list opened at column "
              + open.column()
              + ", found "
              + close.describe());
    }
    return new Ast.In(left, items, negated, column);
  }

  private Cond isMissing(Node left) {
    Token is = next();
    boolean negated = peek().is("not");
    if (negated) {
      next();
    }
    Token word = next();
    if (!word.is("missing")) {
      throw new ScreenException(
          src,
          word.column(),
          "expected 'missing' or 'not missing' after '"
              + is.text()
              + "', found "
              + word.describe());
    }
    if (left instanceof Cond) {
      throw new ScreenException(
          src, left.column(), "'is missing' applies to a value, but " + describe(left));
    }
    return new Ast.IsMissing(left, negated, left.column());
  }

  /** sum = product { ("+" | "-") product } */
  private Node sum() {
    Node left = product();
    while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
      Token op = next();
      Node right = product();
      left = new Ast.Arith(op.text().charAt(0), number(left, op), number(right, op), left.column());
    }
    return left;
  }

  /** product = unary { ("*" | "/") unary } */
  private Node product() {
    Node left = unary();
    while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
      Token op = next();
      Node right = unary();
      left = new Ast.Arith(op.text().charAt(0), number(left, op), number(right, op), left.column());
    }
    return left;
  }

  /** unary = "-" unary | primary */
  private Node unary() {
    if (peek().kind() == Kind.MINUS) {
      Token op = next();
      return new Ast.Negate(number(unary(), op), op.column());
    }
    return primary();
  }

  /** primary = number | text | field | "(" disjunction ")" */
  private Node primary() {
    Token t = next();
    switch (t.kind()) {
      case NUMBER:
        return new Ast.Literal(t.number(), t.text(), t.column());
      case STRING:
        if (t.text().isEmpty()) {
          throw new ScreenException(
              src, t.column(), "empty text never matches; write 'is missing' to find empty fields");
        }
        return new Ast.TextLiteral(t.text(), t.column());
      case LPAREN:
        Node inner = disjunction();
        Token close = next();
        if (close.kind() != Kind.RPAREN) {
          throw new ScreenException(
              src,
              close.column(),
              "expected ')' to close the '(' at column "
                  + t.column()
                  + ", found "
                  + close.describe());
        }
        return inner;
      case IDENT:
        if (!t.isKeyword()) {
          return field(t);
        }
        break;
      default:
        break;
    }
    throw new ScreenException(src, t.column(), expectedValue(t));
  }

  private Node field(Token t) {
    ConstituentField f = Fields.numeric(t.text());
    if (f != null) {
      fields.add(f.label());
      return new Ast.NumField(f, t.column());
    }
    Fields.TextField tf = Fields.text(t.text());
    if (tf != null) {
      fields.add(tf.label());
      return new Ast.TextRef(tf, t.column());
    }
    throw new ScreenException(src, t.column(), Fields.unknown("field", t.text(), Fields.NAMES));
  }

  private String expectedValue(Token t) {
    int at = t.kind() == Kind.END ? pos : pos - 1;
    Token before = at >= 1 ? tokens.get(at - 1) : null;
    String after = before == null ? "" : " after " + quoteToken(before);
    return "expected a value" + after + ", found " + t.describe();
  }

  private static String quoteToken(Token t) {
    return t.kind() == Kind.STRING ? Ast.quote(t.text()) : "'" + t.text() + "'";
  }

  private ScreenException unexpectedAfterCondition(Token t) {
    if (t.kind() == Kind.RPAREN) {
      return new ScreenException(src, t.column(), "unexpected ')' without a matching '('");
    }
    if (t.compareOp() != null) {
      return new ScreenException(
          src, t.column(), "comparisons cannot be chained; join them with 'and'");
    }
    return new ScreenException(
        src,
        t.column(),
        "expected 'and', 'or', an operator or the end of the expression, found " + t.describe());
  }

  private Cond operand(Node n, Token op, String side) {
    return condition(
        n, "'" + op.text() + "' needs a condition on its " + side + ", such as 'pe > 0'");
  }

  private Cond condition(Node n, String need) {
    if (n instanceof Cond) {
      return (Cond) n;
    }
    throw new ScreenException(src, n.column(), need + ", but " + describe(n));
  }

  private Num number(Node n, Token op) {
    if (n instanceof Num) {
      return (Num) n;
    }
    throw new ScreenException(
        src, n.column(), "'" + op.text() + "' needs numbers, but " + describe(n));
  }

  private Text text(Node n, Token op) {
    if (n instanceof Text) {
      return (Text) n;
    }
    throw new ScreenException(
        src, n.column(), "'" + op.text() + "' needs text on both sides, but " + describe(n));
  }

  /** {@code sector is text}, {@code pe / 2 is a number}, {@code (pe > 1) is a condition}. */
  private static String describe(Node n) {
    return n.render() + " is " + kind(n);
  }

  private static String kind(Node n) {
    if (n instanceof Num) {
      return "a number";
    }
    return n instanceof Text ? "text" : "a condition";
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != Kind.END) {
      pos++;
    }
    return t;
  }

  private boolean accept(Kind kind) {
    if (peek().kind() == kind) {
      pos++;
      return true;
    }
    return false;
  }
}
