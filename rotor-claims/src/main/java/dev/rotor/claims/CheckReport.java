package dev.rotor.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking a text: its date candidates, its claims, and the verdicts under each
 * distinct candidate date.
 *
 * @param candidates every date candidate found, in {@link DateOrigin} order
 * @param claims the claims found, in text order
 * @param runs one run per distinct candidate date, in candidate order
 * @param used the date of the run reported as the verdict: the {@code --asof} date when given;
 *     otherwise the candidate with the most SUPPORTED claims (ties: fewer CONTRADICTED, then
 *     candidate order); empty when no date was found
 * @param usedRule why {@code used} was chosen
 */
public record CheckReport(
    List<DateCandidate> candidates,
    List<Claim> claims,
    List<DateRun> runs,
    Optional<LocalDate> used,
    String usedRule) {

  /** Validates and copies the fields. */
  public CheckReport {
    candidates = List.copyOf(candidates);
    claims = List.copyOf(claims);
    runs = List.copyOf(runs);
    Objects.requireNonNull(used, "used");
    Objects.requireNonNull(usedRule, "usedRule");
  }

  /** The run of the used date, if any. */
  public Optional<DateRun> usedRun() {
    return used.flatMap(d -> runs.stream().filter(r -> r.date().equals(d)).findFirst());
  }

  /** The candidate dates under which claim {@code index} is SUPPORTED. */
  public List<LocalDate> supportedUnder(int index) {
    List<LocalDate> out = new ArrayList<>();
    for (DateRun r : runs) {
      if (r.checks().get(index).verdict() == Verdict.SUPPORTED) {
        out.add(r.date());
      }
    }
    return out;
  }
}
