package dev.rotor.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a screen expression into tokens (grammar in {@code docs/conventions-screener.md}).
 * Keywords ({@code and}, {@code or}, ...) are identifiers here; the {@link Parser} recognises them.
 */
final class Lexer {

  /** Token kinds. */
  enum Kind {
    NUMBER,
    STRING,
    IDENT,
    LPAREN,
    RPAREN,
    COMMA,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    LT,
    LE,
    GT,
    GE,
    EQ,
    NE,
    END
  }

  /**
   * One token.
   *
   * @param kind what it is
   * @param text the source text ({@code ""} for {@link Kind#END}); for a string, its content
   *     without the quotes
   * @param column 1-based column of the first character
   * @param number the value of a {@link Kind#NUMBER}, else NaN
   */
  record Token(Kind kind, String text, int column, double number) {

    /** True for an identifier spelling {@code keyword}, ignoring case. */
    boolean is(String keyword) {
      return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
    }

    /** True for one of the language's keywords ({@code and, or, not, is, missing, ...}). */
    boolean isKeyword() {
      return kind == Kind.IDENT && KEYWORDS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** The comparison operator this token spells, or null. */
    Ast.Op compareOp() {
      switch (kind) {
        case LT:
          return Ast.Op.LT;
        case LE:
          return Ast.Op.LE;
        case GT:
          return Ast.Op.GT;
        case GE:
          return Ast.Op.GE;
        case EQ:
          return Ast.Op.EQ;
        case NE:
          return Ast.Op.NE;
        default:
          return null;
      }
    }

    /** How the token reads in an error message: {@code 'and'}, {@code "Tech"}, or the end. */
    String describe() {
      switch (kind) {
        case END:
          return "the end of the expression";
        case STRING:
          return Ast.quote(text);
        default:
          return "'" + text + "'";
      }
    }
  }

  /** Words that cannot name a field. */
  static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "missing", "contains", "in");

  private final String src;
  private int i;

  private Lexer(String src) {
    this.src = src;
  }

  /**
   * The tokens of {@code src}, ending with one {@link Kind#END} token at column {@code src.length()
   * + 1}.
   *
   * @throws ScreenException on a character or number that cannot start or form a token
   */
  static List<Token> tokens(String src) {
    return new Lexer(src).run();
  }

  private List<Token> run() {
    List<Token> out = new ArrayList<>();
    int n = src.length();
    while (true) {
      while (i < n && Character.isWhitespace(src.charAt(i))) {
        i++;
      }
      if (i >= n) {
        out.add(new Token(Kind.END, "", n + 1, Double.NaN));
        return out;
      }
      char c = src.charAt(i);
      if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(src.charAt(i + 1)))) {
        out.add(number());
      } else if (c == '"' || c == '\'') {
        out.add(string(c));
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && isWordChar(src.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.IDENT, src.substring(start, i), start + 1, Double.NaN));
      } else {
        out.add(symbol(c));
      }
    }
  }

  private Token symbol(char c) {
    int col = i + 1;
    char next = i + 1 < src.length() ? src.charAt(i + 1) : '\0';
    switch (c) {
      case '(':
        return single(Kind.LPAREN, "(");
      case ')':
        return single(Kind.RPAREN, ")");
      case ',':
        return single(Kind.COMMA, ",");
      case '+':
        return single(Kind.PLUS, "+");
      case '-':
        return single(Kind.MINUS, "-");
      case '*':
        return single(Kind.STAR, "*");
      case '/':
        return single(Kind.SLASH, "/");
      case '<':
        if (next == '=') {
          return pair(Kind.LE, "<=");
        }
        return next == '>' ? pair(Kind.NE, "<>") : single(Kind.LT, "<");
      case '>':
        return next == '=' ? pair(Kind.GE, ">=") : single(Kind.GT, ">");
      case '=':
        return next == '=' ? pair(Kind.EQ, "==") : single(Kind.EQ, "=");
      case '!':
        if (next == '=') {
          return pair(Kind.NE, "!=");
        }
        throw new ScreenException(src, col, "unexpected '!'; write 'not' to negate a condition");
      case '&':
        throw new ScreenException(src, col, "unexpected '&'; write 'and' to join conditions");
      case '|':
        throw new ScreenException(src, col, "unexpected '|'; write 'or' to join conditions");
      default:
        throw new ScreenException(src, col, "unexpected character '" + c + "'");
    }
  }

  private Token single(Kind kind, String text) {
    Token t = new Token(kind, text, i + 1, Double.NaN);
    i += 1;
    return t;
  }

  private Token pair(Kind kind, String text) {
    Token t = new Token(kind, text, i + 1, Double.NaN);
    i += 2;
    return t;
  }

  private Token string(char quote) {
    int start = i;
    int end = src.indexOf(quote, start + 1);
    if (end < 0) {
      throw new ScreenException(
          src, start + 1, "unterminated text: no closing " + quote + " for the one here");
    }
    i = end + 1;
    return new Token(Kind.STRING, src.substring(start + 1, end), start + 1, Double.NaN);
  }

  /**
   * digits [. digits] [e [+-] digits] [% | K | M | B | T]. The suffix shifts the decimal exponent
   * before the one conversion, so {@code 10%} is exactly the double nearest 0.1 and {@code 2.5B}
   * the double nearest 2.5e9.
   */
  private Token number() {
    int n = src.length();
    int start = i;
    while (i < n && isDigit(src.charAt(i))) {
      i++;
    }
    if (i < n && src.charAt(i) == '.') {
      i++;
      int frac = i;
      while (i < n && isDigit(src.charAt(i))) {
        i++;
      }
      if (i == frac) {
        throw malformed(start, "a digit after '.'");
      }
    }
    String mantissa = src.substring(start, i);
    long exponent = 0;
    if (i < n && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
      i++;
      boolean negative = false;
      if (i < n && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
        negative = src.charAt(i) == '-';
        i++;
      }
      int digits = i;
      while (i < n && isDigit(src.charAt(i))) {
        i++;
      }
      if (i == digits) {
        throw malformed(start, "digits in the exponent");
      }
      if (i - digits > 6) {
        throw new ScreenException(
            src, start + 1, "number out of range: " + src.substring(start, i));
      }
      long e = Long.parseLong(src.substring(digits, i));
      exponent = negative ? -e : e;
    }
    if (i < n) {
      int shift = suffixPower(src.charAt(i));
      boolean letter = Character.isLetter(src.charAt(i));
      if (shift != Integer.MIN_VALUE && (!letter || i + 1 >= n || !isWordChar(src.charAt(i + 1)))) {
        exponent += shift;
        i++;
      }
    }
    if (i < n && (isWordChar(src.charAt(i)) || src.charAt(i) == '.')) {
      throw malformed(start, "an operator or space after the number");
    }
    double v = Double.parseDouble(mantissa + "e" + exponent);
    String text = src.substring(start, i);
    if (Double.isInfinite(v)) {
      throw new ScreenException(src, start + 1, "number out of range: " + text);
    }
    return new Token(Kind.NUMBER, text, start + 1, v);
  }

  private ScreenException malformed(int start, String expected) {
    int end = i;
    while (end < src.length() && (isWordChar(src.charAt(end)) || src.charAt(end) == '.')) {
      end++;
    }
    return new ScreenException(
        src,
        start + 1,
        "malformed number '" + src.substring(start, Math.max(end, i)) + "': expected " + expected);
  }

  /** The power of ten of a number suffix (either case), or {@code Integer.MIN_VALUE}. */
  private static int suffixPower(char c) {
    switch (c) {
      case '%':
        return -2;
      case 'K':
      case 'k':
        return 3;
      case 'M':
      case 'm':
        return 6;
      case 'B':
      case 'b':
        return 9;
      case 'T':
      case 't':
        return 12;
      default:
        return Integer.MIN_VALUE;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
