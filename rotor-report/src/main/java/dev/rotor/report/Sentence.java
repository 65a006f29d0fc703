package dev.rotor.report;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of the report.
 *
 * @param id a stable id within the report (e.g. {@code headline.spread}) that interpretations cite
 * @param kind FACT or INTERPRETATION
 * @param text the rendered text (a FACT's numbers are already formatted into it)
 * @param sources for a FACT, the series and dates behind its numbers (at least one)
 * @param rule for an INTERPRETATION, the id of the documented rule that produced it (see {@link
 *     Rule}); null for a FACT
 * @param restsOn for an INTERPRETATION, the ids of the facts it rests on (at least one)
 */
public record Sentence(
    String id,
    SentenceKind kind,
    String text,
    List<Source> sources,
    Rule rule,
    List<String> restsOn) {
  /** Validates: facts carry sources, interpretations carry a rule and the facts they rest on. */
  public Sentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    restsOn = List.copyOf(restsOn);
    if (text.isBlank()) {
      throw new IllegalArgumentException("text is blank for " + id);
    }
    if (kind == SentenceKind.FACT && (sources.isEmpty() || rule != null)) {
      throw new IllegalArgumentException("a FACT needs sources and no rule: " + id);
    }
    if (kind == SentenceKind.INTERPRETATION && (rule == null || restsOn.isEmpty())) {
      throw new IllegalArgumentException("an INTERPRETATION needs a rule and facts: " + id);
    }
  }

  /** A fact. */
  public static Sentence fact(String id, String text, List<Source> sources) {
    return new Sentence(id, SentenceKind.FACT, text, sources, null, List.of());
  }

  /** An interpretation produced by {@code rule} from the facts {@code restsOn}. */
  public static Sentence interpretation(String id, String text, Rule rule, List<String> restsOn) {
    return new Sentence(id, SentenceKind.INTERPRETATION, text, List.of(), rule, restsOn);
  }
}
