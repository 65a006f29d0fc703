package dev.rotor.leadership;

import dev.rotor.series.SeriesId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One window of a {@link LeadershipTable}: {@link Available} with its figures, or {@link
 * Unavailable} with the reason when the data is too short for the window.
 */
public sealed interface WindowRow permits WindowRow.Available, WindowRow.Unavailable {

  /** The window requested. */
  Window window();

  /**
   * A window with figures.
   *
   * @param window the window requested
   * @param resolved its base and end closes on the common dates
   * @param returns each series' return, in the table's series order
   * @param pairs each pair's comparison, in the table's pair order
   */
  record Available(
      Window window,
      ResolvedWindow resolved,
      Map<SeriesId, WindowReturn> returns,
      List<PairComparison> pairs)
      implements WindowRow {

    /** Validates and copies (the map keeps its iteration order). */
    public Available {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(resolved, "resolved");
      returns = Collections.unmodifiableMap(new LinkedHashMap<>(returns));
      pairs = List.copyOf(pairs);
    }

    /**
     * The return of series {@code id}.
     *
     * @throws IllegalArgumentException when the series is not in the table
     */
    public WindowReturn returnOf(SeriesId id) {
      WindowReturn r = returns.get(id);
      if (r == null) {
        throw new IllegalArgumentException("id: " + id + " is not in this table");
      }
      return r;
    }

    /**
     * The comparison of {@code a} with {@code b}.
     *
     * @throws IllegalArgumentException when that ordered pair is not in the table
     */
    public PairComparison pair(SeriesId a, SeriesId b) {
      for (PairComparison p : pairs) {
        if (p.pair().a().equals(a) && p.pair().b().equals(b)) {
          return p;
        }
      }
      throw new IllegalArgumentException("a/b: pair " + a + ", " + b + " is not in this table");
    }
  }

  /**
   * A window the data cannot fill (too little data; not an error).
   *
   * @param window the window requested
   * @param reason why, e.g. which base close is missing
   */
  record Unavailable(Window window, String reason) implements WindowRow {

    /** Validates that both fields are present. */
    public Unavailable {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
