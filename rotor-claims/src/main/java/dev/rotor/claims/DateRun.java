package dev.rotor.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The verdicts on every claim as if the article were dated {@code date}.
 *
 * @param date the article date assumed
 * @param origins where that date was found
 * @param checks one check per claim, in claim order
 * @param summary the counts
 */
public record DateRun(
    LocalDate date, List<DateOrigin> origins, List<ClaimCheck> checks, Summary summary) {

  /** Validates and copies the fields. */
  public DateRun {
    Objects.requireNonNull(date, "date");
    origins = List.copyOf(origins);
    checks = List.copyOf(checks);
    Objects.requireNonNull(summary, "summary");
  }
}
