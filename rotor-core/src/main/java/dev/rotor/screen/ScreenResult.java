package dev.rotor.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a screen on one cross-section.
 *
 * @param snapshot the cross-section's name
 * @param asOf the cross-section's date, or null when it has none
 * @param query what was asked
 * @param total rows in the cross-section
 * @param matched rows whose condition is true
 * @param missingRank matched rows that do not report the rank field (0 without a ranking); they are
 *     ranked last
 * @param hits the first {@code min(matched, query.top())} matched rows, ranked
 */
public record ScreenResult(
    String snapshot,
    LocalDate asOf,
    ScreenQuery query,
    int total,
    int matched,
    int missingRank,
    List<ScreenHit> hits) {

  /** Validates the counts and copies the hits. */
  public ScreenResult {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    if (total < 0 || matched < 0 || matched > total) {
      throw new IllegalArgumentException(
          "matched: must be in 0..total (" + total + "), got " + matched);
    }
    if (missingRank < 0 || missingRank > matched) {
      throw new IllegalArgumentException(
          "missingRank: must be in 0..matched (" + matched + "), got " + missingRank);
    }
    if (hits.size() != Math.min(matched, query.top())) {
      throw new IllegalArgumentException(
          "hits: expected min(matched, top) = "
              + Math.min(matched, query.top())
              + " rows, got "
              + hits.size());
    }
  }

  /** The tickers of the hits, in rank order. */
  public List<String> tickers() {
    return hits.stream().map(h -> h.row().ticker()).toList();
  }
}
