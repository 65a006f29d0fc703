package dev.rotor.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Entry point: text in, {@link CheckReport} out. Splits the text ({@link Sentences}), finds the
 * date candidates ({@link ArticleDates}) and the claims ({@link ClaimExtractor}), and evaluates
 * every claim under each distinct candidate date ({@link ClaimEvaluator}). Stateless.
 */
public final class ClaimChecker {

  private final ClaimExtractor extractor;
  private final ClaimEvaluator evaluator;

  /** A checker over the given tables and data. */
  public ClaimChecker(EntityAliases aliases, Grammar grammar, MarketData data) {
    this.extractor = new ClaimExtractor(aliases, grammar);
    this.evaluator = new ClaimEvaluator(aliases, data);
  }

  /**
   * Checks {@code text}; {@code asOf}, when present, is the article date the user gives.
   *
   * @throws IllegalArgumentException when {@code text} is null
   */
  public CheckReport check(String text, Optional<LocalDate> asOf) {
    if (text == null) {
      throw new IllegalArgumentException("text: null");
    }
    Objects.requireNonNull(asOf, "asOf");
    List<DateCandidate> candidates = ArticleDates.find(text, asOf);
    List<Claim> claims = extractor.extract(Sentences.split(text));
    Map<LocalDate, List<DateOrigin>> dates = new LinkedHashMap<>();
    for (DateCandidate c : candidates) {
      List<DateOrigin> o = dates.computeIfAbsent(c.date(), d -> new ArrayList<>());
      if (!o.contains(c.origin())) {
        o.add(c.origin());
      }
    }
    List<DateRun> runs = new ArrayList<>();
    for (Map.Entry<LocalDate, List<DateOrigin>> e : dates.entrySet()) {
      List<ClaimCheck> checks = new ArrayList<>();
      for (Claim c : claims) {
        checks.add(evaluator.evaluate(c, e.getKey()));
      }
      runs.add(new DateRun(e.getKey(), e.getValue(), checks, Summary.of(checks)));
    }
    if (asOf.isPresent()) {
      return new CheckReport(candidates, claims, runs, asOf, "the --asof date");
    }
    DateRun best = null;
    for (DateRun r : runs) {
      if (best == null
          || r.summary().supported() > best.summary().supported()
          || (r.summary().supported() == best.summary().supported()
              && r.summary().contradicted() < best.summary().contradicted())) {
        best = r;
      }
    }
    if (best == null) {
      return new CheckReport(candidates, claims, runs, Optional.empty(), "no date found");
    }
    String rule =
        runs.size() == 1
            ? "the only candidate"
            : "the candidate under which the most claims are supported (ties: fewer contradicted,"
                + " then DATELINE, LINK_ID, TEXT)";
    return new CheckReport(candidates, claims, runs, Optional.of(best.date()), rule);
  }
}
