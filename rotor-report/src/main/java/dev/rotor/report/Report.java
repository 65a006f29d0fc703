package dev.rotor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The leadership report: a generated summary of data, not advice.
 *
 * @param title title (contains "SYNTHETIC" when built on the synthetic sample)
 * @param asOf the as-of date of the analysis
 * @param synthetic whether the data are Rotor's synthetic sample (renderers then show a banner)
 * @param headline the headline
 * @param sections the sections in reading order (the appendix last)
 * @param rules every rule and threshold used, for the appendix
 * @param disclaimer what the report is (printed on every page)
 */
public record Report(
    String title,
    LocalDate asOf,
    boolean synthetic,
    Headline headline,
    List<Section> sections,
    List<Rule> rules,
    String disclaimer) {
  /** Validates. */
  public Report {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(disclaimer, "disclaimer");
    sections = List.copyOf(sections);
    rules = List.copyOf(rules);
    if (synthetic && !title.contains("SYNTHETIC")) {
      throw new IllegalArgumentException("a synthetic report's title must say SYNTHETIC");
    }
  }

  /** Every sentence of the report in reading order: the headline's, then each section's. */
  public List<Sentence> allSentences() {
    List<Sentence> all = new ArrayList<>();
    all.add(headline.sentence());
    sections.forEach(s -> all.addAll(s.sentences()));
    return List.copyOf(all);
  }
}
