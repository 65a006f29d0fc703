package dev.rotor.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@link Claim}s in sentences with the pattern {@link Grammar} and the {@link EntityAliases}.
 * Stateless; see docs/claims.md for the rules, summarised here:
 *
 * <ul>
 *   <li>A sentence with a HEDGE word (could, would, if ...) yields no claim; a cue inside double
 *       quotes (a quoted headline) is skipped.
 *   <li>Cues are found per category; where two overlap the longer wins.
 *   <li>The subject of a cue is the last entity named between the previous cue and this one; if
 *       none, the previous cue's subject in the same sentence; if none and the sentence starts with
 *       a pronoun (they, their, these, those, it, its), the first entity of the last earlier
 *       sentence that named one. RISE and FALL take every entity in that stretch (a list of
 *       subjects), unless the cue is a word that is also a noun (surge, gains, drop) and directly
 *       follows an entity led by a determiner ("the small-cap surge": a noun, not a claim).
 *   <li>The object is the entities named after the cue (before the next cue); "them"/"it" in the
 *       cue means the other entities named earlier in the sentence; none, or "their larger
 *       counterparts", means the subject's counterpart ({@link EntityAliases#counterpart}).
 *   <li>Strength: a STRONG or SLIGHT word within 25 characters of the cue (or the cue itself).
 *   <li>Valuation (UNDERVALUED / OVERVALUED cues): subject as above, object the first entity named
 *       after the cue, else the counterpart; no period (the evaluator uses the latest snapshot
 *       before the article date). "Were considered undervalued" is a claim: "considered" reports a
 *       view of the time, which the snapshot can test; it is not a HEDGE word.
 *   <li>Period: the sentence's own period phrase, else the last one of an earlier sentence in the
 *       same paragraph, else none (the evaluator uses year to date).
 * </ul>
 */
public final class ClaimExtractor {

  private static final Pattern PRONOUN =
      Pattern.compile("^(?:they|their|these|those|it|its|such stocks|such companies)\\b");
  private static final Pattern DETERMINER =
      Pattern.compile("\\b(?:the|this|that|a|an|its|their)\\s+$");

  /** Cue words that are also nouns ("the small-cap surge"); past tenses are always verbs. */
  private static final Pattern NOUN_FORMS =
      Pattern.compile(
          "surges?|gains?|drops?|declines?|jumps?|climbs?|rally|rallies|slides?|slips?|falls?"
              + "|advances?|losses|rebounds?");

  private static final Pattern QUOTE = Pattern.compile("\"[^\"]*\"");
  private static final List<Cue> CLAIM_CUES =
      List.of(
          Cue.RISE,
          Cue.FALL,
          Cue.OUTPERFORM,
          Cue.UNDERPERFORM,
          Cue.DOMINATE,
          Cue.VOLATILITY,
          Cue.RATES,
          Cue.OTHER_SENSITIVITY,
          Cue.VOLUME,
          Cue.PRIOR,
          Cue.UNDERVALUED,
          Cue.OVERVALUED);
  private static final int WINDOW = 25;
  private static final LocalDate PROBE = LocalDate.of(2099, 12, 31);

  private final EntityAliases aliases;
  private final Grammar grammar;

  /** An extractor over the given tables. */
  public ClaimExtractor(EntityAliases aliases, Grammar grammar) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.grammar = Objects.requireNonNull(grammar, "grammar");
  }

  /** The claims of {@code sentences}, in order. */
  public List<Claim> extract(List<Sentence> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    List<Claim> out = new ArrayList<>();
    String lastEntity = null;
    int paragraph = -1;
    String paragraphPeriod = null;
    for (Sentence s : sentences) {
      if (s.paragraph() != paragraph) {
        paragraph = s.paragraph();
        paragraphPeriod = null;
      }
      if (PeriodParser.parse(s.text(), PROBE).isPresent()) {
        paragraphPeriod = s.text();
      }
      List<Mention> mentions = aliases.find(s.text());
      String carried = lastEntity;
      for (Mention m : mentions) {
        if (!m.key().equals(EntityAliases.COUNTERPART)) {
          lastEntity = m.key();
          break;
        }
      }
      out.addAll(claims(s, mentions, carried, Optional.ofNullable(paragraphPeriod)));
    }
    return List.copyOf(out);
  }

  private List<Claim> claims(
      Sentence s, List<Mention> mentions, String carried, Optional<String> period) {
    String norm = EntityAliases.normalise(s.text());
    if (grammar.has(Cue.HEDGE, norm, 0, norm.length())) {
      return List.of();
    }
    boolean generic = grammar.has(Cue.GENERIC, norm, 0, norm.length());
    boolean conditional = grammar.has(Cue.CONDITIONAL, norm, 0, norm.length());
    List<Grammar.Match> cues = cues(norm);
    String pronounSubject = PRONOUN.matcher(norm).find() ? carried : null;
    Set<Claim> out = new LinkedHashSet<>();
    int prevEnd = 0;
    String prevSubject = null;
    for (int c = 0; c < cues.size(); c++) {
      Grammar.Match cue = cues.get(c);
      int nextStart = c + 1 < cues.size() ? cues.get(c + 1).start() : norm.length();
      List<Mention> before = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.start() >= prevEnd
            && m.end() <= cue.start()
            && !m.key().equals(EntityAliases.COUNTERPART)) {
          before.add(m);
        }
      }
      List<Mention> after = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.start() >= cue.end() && m.start() < nextStart) {
          after.add(m);
        }
      }
      prevEnd = cue.end();
      String subject =
          !before.isEmpty()
              ? before.get(before.size() - 1).key()
              : prevSubject != null ? prevSubject : pronounSubject;
      if (cue.cue() == Cue.PRIOR) {
        subject = firstEntity(mentions).orElse(subject);
        if (subject == null) {
          subject = aliases.first(Entity.Role.SMALL).map(Entity::key).orElse(null);
        }
      }
      if (subject == null) {
        continue;
      }
      prevSubject = subject;
      Strength strength = strength(norm, cue);
      switch (cue.cue()) {
        case RISE, FALL -> {
          if (!before.isEmpty() && isNounUse(norm, before.get(before.size() - 1), cue)) {
            continue;
          }
          Optional<Magnitude> mag =
              Magnitudes.find(norm, cue.end(), Math.min(nextStart, cue.end() + 60));
          int dir = cue.cue() == Cue.RISE ? 1 : -1;
          List<String> subjects = before.isEmpty() ? List.of(subject) : distinctKeys(before);
          for (String subj : subjects) {
            out.add(
                new Claim(
                    s,
                    ClaimType.ABSOLUTE,
                    subj,
                    Optional.empty(),
                    dir,
                    strength,
                    mag,
                    period,
                    generic,
                    cue.text(),
                    Optional.empty()));
          }
        }
        case OUTPERFORM, UNDERPERFORM, DOMINATE -> {
          int dir = cue.cue() == Cue.UNDERPERFORM ? -1 : 1;
          Strength st = cue.cue() == Cue.DOMINATE ? Strength.SUBSTANTIAL : strength;
          for (String obj : objects(subject, cue, mentions, after)) {
            Optional<String> why =
                conditional
                    ? Optional.of("too vague: conditional on periods the checker cannot identify")
                    : Optional.empty();
            out.add(
                new Claim(
                    s,
                    conditional ? ClaimType.UNTESTABLE : ClaimType.RELATIVE,
                    subject,
                    Optional.of(obj),
                    dir,
                    st,
                    Optional.empty(),
                    period,
                    generic,
                    cue.text(),
                    why));
          }
        }
        case VOLATILITY, RATES, VOLUME, OTHER_SENSITIVITY -> {
          String obj = objects(subject, cue, List.of(), after).get(0);
          int dir = cue.text().matches("^(?:more|higher).*") ? 1 : -1;
          if (cue.cue() == Cue.VOLUME && cue.text().contains("liquid")) {
            dir = cue.text().startsWith("more") ? 1 : -1;
          }
          ClaimType type =
              switch (cue.cue()) {
                case VOLATILITY -> ClaimType.VOLATILITY;
                case RATES -> ClaimType.RATE_SENSITIVITY;
                case VOLUME -> ClaimType.TRADING_VOLUME;
                default -> ClaimType.UNTESTABLE;
              };
          Optional<String> why =
              type == ClaimType.UNTESTABLE
                  ? Optional.of("no data for sensitivity to " + tail(norm, cue.end(), nextStart))
                  : Optional.empty();
          Optional<String> own =
              PeriodParser.parse(s.text(), PROBE).isPresent()
                  ? Optional.of(s.text())
                  : Optional.empty();
          out.add(
              new Claim(
                  s,
                  type,
                  subject,
                  Optional.of(obj),
                  dir,
                  Strength.PLAIN,
                  Optional.empty(),
                  own,
                  true,
                  cue.text(),
                  why));
        }
        case PRIOR -> {
          Strength st =
              cue.text().matches(".*\\b(?:significant|substantial)\\b.*")
                  ? Strength.SUBSTANTIAL
                  : Strength.PLAIN;
          String obj = objects(subject, cue, List.of(), List.of()).get(0);
          out.add(
              new Claim(
                  s,
                  ClaimType.PRIOR_UNDERPERFORMANCE,
                  subject,
                  Optional.of(obj),
                  -1,
                  st,
                  Optional.empty(),
                  period,
                  false,
                  cue.text(),
                  Optional.empty()));
        }
        case UNDERVALUED, OVERVALUED ->
            out.add(valuation(s, cue, subject, after, generic, conditional));
        default -> throw new IllegalStateException("unexpected cue " + cue.cue());
      }
    }
    return List.copyOf(out);
  }

  /**
   * A valuation claim: the subject against the first entity named after the cue (else its
   * counterpart), as of the article date (no period). A general tendency ("typically trade at a
   * discount") or a condition ("in times of ...") cannot be tested on one snapshot: UNTESTABLE.
   */
  private Claim valuation(
      Sentence s,
      Grammar.Match cue,
      String subject,
      List<Mention> after,
      boolean generic,
      boolean conditional) {
    String obj = objects(subject, cue, List.of(), after).get(0);
    Optional<String> why =
        conditional
            ? Optional.of("too vague: conditional on periods the checker cannot identify")
            : generic
                ? Optional.of("too general: one valuation snapshot cannot test a tendency")
                : Optional.empty();
    return new Claim(
        s,
        why.isPresent() ? ClaimType.UNTESTABLE : ClaimType.VALUATION,
        subject,
        Optional.of(obj),
        cue.cue() == Cue.OVERVALUED ? 1 : -1,
        Strength.PLAIN,
        Optional.empty(),
        Optional.empty(),
        generic,
        cue.text(),
        why);
  }

  /** Claim cues outside quotes, longest first where they overlap, in text order. */
  private List<Grammar.Match> cues(String norm) {
    List<Grammar.Match> all = new ArrayList<>();
    for (Cue c : CLAIM_CUES) {
      all.addAll(grammar.find(c, norm));
    }
    all.sort(Comparator.comparingInt((Grammar.Match m) -> m.end() - m.start()).reversed());
    boolean[] taken = new boolean[norm.length()];
    Matcher q = QUOTE.matcher(norm);
    while (q.find()) {
      java.util.Arrays.fill(taken, q.start(), q.end(), true);
    }
    List<Grammar.Match> kept = new ArrayList<>();
    for (Grammar.Match m : all) {
      boolean free = true;
      for (int k = m.start(); k < m.end() && free; k++) {
        free = !taken[k];
      }
      if (free) {
        java.util.Arrays.fill(taken, m.start(), m.end(), true);
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Grammar.Match::start));
    return kept;
  }

  private List<String> objects(
      String subject, Grammar.Match cue, List<Mention> all, List<Mention> after) {
    Set<String> keys = new LinkedHashSet<>();
    if (cue.text().matches(".*\\b(?:them|it)\\b.*")) {
      for (Mention m : all) {
        if (m.end() <= cue.start()
            && !m.key().equals(subject)
            && !m.key().equals(EntityAliases.COUNTERPART)) {
          keys.add(m.key());
        }
      }
    } else {
      for (Mention m : after) {
        keys.add(m.key());
      }
    }
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      String r = k.equals(EntityAliases.COUNTERPART) ? counterpart(subject) : k;
      if (r != null && !r.equals(subject) && !out.contains(r)) {
        out.add(r);
      }
    }
    if (out.isEmpty()) {
      String cp = counterpart(subject);
      out.add(cp == null ? subject : cp);
    }
    return out;
  }

  private String counterpart(String subject) {
    return aliases.counterpart(subject).map(Entity::key).orElse(null);
  }

  private Strength strength(String norm, Grammar.Match cue) {
    int from = cue.start() - WINDOW;
    int to = cue.end() + WINDOW;
    if (grammar.has(Cue.STRONG, norm, from, to)) {
      return Strength.SUBSTANTIAL;
    }
    if (grammar.has(Cue.SLIGHT, norm, from, to)) {
      return Strength.SLIGHT;
    }
    return Strength.PLAIN;
  }

  private static boolean isNounUse(String norm, Mention m, Grammar.Match cue) {
    String gap = norm.substring(m.end(), cue.start());
    return NOUN_FORMS.matcher(cue.text()).matches()
        && gap.isBlank()
        && DETERMINER.matcher(norm.substring(0, m.start())).find();
  }

  private static List<String> distinctKeys(List<Mention> ms) {
    List<String> out = new ArrayList<>();
    for (Mention m : ms) {
      if (!out.contains(m.key())) {
        out.add(m.key());
      }
    }
    return out;
  }

  private static Optional<String> firstEntity(List<Mention> ms) {
    return ms.stream()
        .map(Mention::key)
        .filter(k -> !k.equals(EntityAliases.COUNTERPART))
        .findFirst();
  }

  private static String tail(String norm, int from, int to) {
    String t = norm.substring(from, Math.min(to, norm.length())).strip();
    t = t.replaceAll("\\s+than\\b.*$", "").replaceAll("[.,;:]+.*$", "");
    String[] w = t.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 5))).strip();
  }
}
