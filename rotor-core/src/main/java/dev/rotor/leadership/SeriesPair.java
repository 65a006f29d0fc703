package dev.rotor.leadership;

import dev.rotor.series.SeriesId;
import java.util.Objects;

/**
 * An ordered pair of series compared over windows: spreads are {@code a} minus {@code b}.
 *
 * @param a the first series (the small caps in small-minus-large)
 * @param b the second series, different from {@code a}
 */
public record SeriesPair(SeriesId a, SeriesId b) {

  /** Validates that the ids are present and different. */
  public SeriesPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("b: must differ from a, both are " + a);
    }
  }

  /** The pair {@code (a, b)}. */
  public static SeriesPair of(SeriesId a, SeriesId b) {
    return new SeriesPair(a, b);
  }

  /** The pair the other way round. */
  public SeriesPair swapped() {
    return new SeriesPair(b, a);
  }

  /** {@code A-B} with the ids' last path segments, e.g. {@code RUT-SPX}. */
  public String label() {
    return a.tail() + "-" + b.tail();
  }
}
