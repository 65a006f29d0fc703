package dev.rotor.screen;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The field names a screen can use: the numeric {@link ConstituentField} labels ({@code pe}, {@code
 * sales_growth}, ...) and the text fields of {@link Constituent} ({@link TextField}). Names are
 * matched ignoring case; an unknown name gets a "did you mean" suggestion.
 */
final class Fields {

  /** The text fields of a {@link Constituent}; {@code ""} means not reported. */
  enum TextField {
    TICKER(Constituent::ticker),
    NAME(Constituent::name),
    SECTOR(Constituent::sector),
    INDUSTRY(Constituent::industry),
    ASSET_CLASS(Constituent::assetClass),
    MEMBERSHIPS(Constituent::memberships);

    private final Function<Constituent, String> getter;

    TextField(Function<Constituent, String> getter) {
      this.getter = getter;
    }

    /** The snake_case name used in expressions. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** This field of {@code row}. */
    String get(Constituent row) {
      return getter.apply(row);
    }
  }

  /** Every name, numeric fields first, in declaration order. */
  static final List<String> NAMES = names();

  private Fields() {}

  private static List<String> names() {
    List<String> out = new ArrayList<>();
    for (ConstituentField f : ConstituentField.values()) {
      out.add(f.label());
    }
    for (TextField f : TextField.values()) {
      out.add(f.label());
    }
    return Collections.unmodifiableList(out);
  }

  /** The numeric field named {@code name} (any case), or null. */
  static ConstituentField numeric(String name) {
    for (ConstituentField f : ConstituentField.values()) {
      if (f.label().equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  /** The text field named {@code name} (any case), or null. */
  static TextField text(String name) {
    for (TextField f : TextField.values()) {
      if (f.label().equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The problem text for an unknown name: {@code unknown field 'x' (did you mean y?)} when a name
   * is close, else the list of names.
   *
   * @param what {@code "field"} or {@code "rank field"}
   * @param candidates the names allowed here
   */
  static String unknown(String what, String name, List<String> candidates) {
    String guess = suggest(name, candidates);
    if (guess != null) {
      return "unknown " + what + " '" + name + "' (did you mean " + guess + "?)";
    }
    return "unknown " + what + " '" + name + "'; known: " + String.join(", ", candidates);
  }

  /**
   * The closest candidate to {@code name}, or null when none is close. Names are compared in lower
   * case with underscores removed (so {@code salesGrowth} suggests {@code sales_growth}); close
   * means an edit distance of at most 2, or at most a third of the name's length for long names.
   * Ties go to the first candidate.
   */
  static String suggest(String name, List<String> candidates) {
    String key = squash(name);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(key, squash(c));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int limit = Math.max(2, key.length() / 3);
    return bestDistance <= limit && bestDistance < key.length() ? best : null;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replace("_", "");
  }

  /** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
