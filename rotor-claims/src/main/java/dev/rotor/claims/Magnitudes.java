package dev.rotor.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a stated size of a move ({@link Magnitude}) from normalised text. Static and pure.
 *
 * <p>Grammar: an optional qualifier (about, around, roughly, approximately, some, close to ->
 * ABOUT; more than, over, at least, upwards of -> MORE_THAN; less than, under, below -> LESS_THAN;
 * nearly, almost, just under -> NEARLY; none -> ABOUT) followed by a figure and {@code %}, {@code
 * percent} or {@code per cent}, or by a fraction word: {@code a/one third} = 33.33, {@code a
 * quarter} = 25, {@code half} = 50, {@code a fifth} = 20, {@code two thirds} = 66.67; {@code
 * doubled} = 100 and {@code tripled} = 200 (always ABOUT).
 */
public final class Magnitudes {

  private static final String QUAL =
      "(about|around|roughly|approximately|some|close to|more than|over|at least|upwards of"
          + "|less than|under|below|nearly|almost|just under)?\\s*";
  private static final Pattern FIGURE =
      Pattern.compile(QUAL + "(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b)");
  private static final Pattern FRACTION =
      Pattern.compile(
          QUAL + "\\b(a third|one third|two thirds|a quarter|one quarter|half|a fifth)\\b");
  private static final Pattern MULTIPLE = Pattern.compile("\\b(doubled|tripled)\\b");

  private Magnitudes() {}

  /**
   * The first magnitude in {@code norm} between {@code from} and {@code to}, if any.
   *
   * @throws IllegalArgumentException when {@code norm} is null
   */
  public static Optional<Magnitude> find(String norm, int from, int to) {
    if (norm == null) {
      throw new IllegalArgumentException("norm: null");
    }
    int a = Math.max(0, from);
    int b = Math.min(norm.length(), to);
    if (a >= b) {
      return Optional.empty();
    }
    String s = norm.substring(a, b);
    Matcher m = FIGURE.matcher(s);
    if (m.find()) {
      double v = Double.parseDouble(m.group(2));
      if (v > 0) {
        return Optional.of(new Magnitude(kind(m.group(1)), v, m.group().strip()));
      }
    }
    m = FRACTION.matcher(s);
    if (m.find()) {
      double v =
          switch (m.group(2)) {
            case "a third", "one third" -> 100.0 / 3;
            case "two thirds" -> 200.0 / 3;
            case "a quarter", "one quarter" -> 25.0;
            case "half" -> 50.0;
            default -> 20.0;
          };
      return Optional.of(new Magnitude(kind(m.group(1)), v, m.group().strip()));
    }
    m = MULTIPLE.matcher(s);
    if (m.find()) {
      double v = m.group(1).equals("doubled") ? 100.0 : 200.0;
      return Optional.of(new Magnitude(Magnitude.Kind.ABOUT, v, m.group()));
    }
    return Optional.empty();
  }

  private static Magnitude.Kind kind(String qualifier) {
    if (qualifier == null) {
      return Magnitude.Kind.ABOUT;
    }
    return switch (qualifier) {
      case "more than", "over", "at least", "upwards of" -> Magnitude.Kind.MORE_THAN;
      case "less than", "under", "below" -> Magnitude.Kind.LESS_THAN;
      case "nearly", "almost", "just under" -> Magnitude.Kind.NEARLY;
      default -> Magnitude.Kind.ABOUT;
    };
  }
}
