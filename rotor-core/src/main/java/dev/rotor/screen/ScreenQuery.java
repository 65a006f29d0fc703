package dev.rotor.screen;

import java.util.Objects;

/**
 * What to screen for: a condition, an optional ranking, and how many rows to keep.
 *
 * @param where the condition rows must meet ({@link ScreenExpression#all()} for every row)
 * @param rank the ordering, or null to keep matched rows in source order
 * @param top how many rows to return, at least 1; {@link #ALL} for every matched row
 */
public record ScreenQuery(ScreenExpression where, Ranking rank, int top) {

  /** {@code top} value meaning "every matched row". */
  public static final int ALL = Integer.MAX_VALUE;

  /** Validates the arguments. */
  public ScreenQuery {
    Objects.requireNonNull(where, "where");
    if (top < 1) {
      throw new IllegalArgumentException("top: must be at least 1, got " + top);
    }
  }

  /**
   * Parses the command-line form: {@code --where W --rank R --top N}.
   *
   * @param where the condition, or null or blank for every row
   * @param rank {@code FIELD [asc|desc]}, or null or blank for source order
   * @param top how many rows, at least 1 ({@link #ALL} for all)
   * @throws ScreenException when {@code where} or {@code rank} cannot be read
   * @throws IllegalArgumentException when {@code top} is below 1
   */
  public static ScreenQuery parse(String where, String rank, int top) {
    ScreenExpression w =
        where == null || where.isBlank() ? ScreenExpression.all() : ScreenExpression.parse(where);
    Ranking r = rank == null || rank.isBlank() ? null : Ranking.parse(rank);
    return new ScreenQuery(w, r, top);
  }

  /** This with another ranking (null for source order). */
  public ScreenQuery withRank(Ranking r) {
    return new ScreenQuery(where, r, top);
  }

  /** This keeping another number of rows. */
  public ScreenQuery withTop(int n) {
    return new ScreenQuery(where, rank, n);
  }
}
