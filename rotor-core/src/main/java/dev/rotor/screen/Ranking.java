package dev.rotor.screen;

import dev.rotor.crosssection.ConstituentField;
import dev.rotor.screen.Lexer.Kind;
import dev.rotor.screen.Lexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How matched rows are ordered: by one numeric field, ascending unless told otherwise. Rows missing
 * the field come last; ties are broken by ticker (ascending, then source order) in both directions.
 *
 * @param field the numeric field ranked by
 * @param order the direction
 */
public record Ranking(ConstituentField field, RankOrder order) {

  /** Validates the arguments. */
  public Ranking {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(order, "order");
  }

  /** Ascending by {@code field}. */
  public static Ranking of(ConstituentField field) {
    return new Ranking(field, RankOrder.ASC);
  }

  /**
   * Reads {@code FIELD [asc|desc]} (any case), e.g. {@code "pe"} or {@code "market_cap desc"}.
   *
   * @throws ScreenException with the column, for an unknown or text field, a bad direction or extra
   *     words
   */
  public static Ranking parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = Lexer.tokens(text);
    Token f = tokens.get(0);
    if (f.kind() != Kind.IDENT) {
      throw new ScreenException(
          text, f.column(), "expected a field to rank by, found " + f.describe());
    }
    ConstituentField field = Fields.numeric(f.text());
    if (field == null) {
      if (Fields.text(f.text()) != null) {
        throw new ScreenException(
            text,
            f.column(),
            "cannot rank by text field '" + f.text() + "'; rank takes a numeric field");
      }
      throw new ScreenException(
          text, f.column(), Fields.unknown("rank field", f.text(), numeric()));
    }
    Token o = tokens.get(1);
    RankOrder order = RankOrder.ASC;
    if (o.is("asc") || o.is("desc")) {
      order = o.is("asc") ? RankOrder.ASC : RankOrder.DESC;
      o = tokens.get(2);
    } else if (o.kind() != Kind.END) {
      throw new ScreenException(
          text,
          o.column(),
          "expected 'asc', 'desc' or the end after the field, found " + o.describe());
    }
    if (o.kind() != Kind.END) {
      throw new ScreenException(
          text, o.column(), "expected the end after the direction, found " + o.describe());
    }
    return new Ranking(field, order);
  }

  private static List<String> numeric() {
    List<String> out = new ArrayList<>();
    for (ConstituentField f : ConstituentField.values()) {
      out.add(f.label());
    }
    return out;
  }

  /** {@code pe asc}, {@code market_cap desc}: the form {@link #parse} reads. */
  @Override
  public String toString() {
    return field.label() + " " + order.name().toLowerCase(Locale.ROOT);
  }
}
