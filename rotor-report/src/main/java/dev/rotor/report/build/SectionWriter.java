package dev.rotor.report.build;

import dev.rotor.report.Block;
import dev.rotor.report.Chart;
import dev.rotor.report.ChartSpec;
import dev.rotor.report.Paragraph;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.report.Source;
import dev.rotor.report.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects one section's sentences, tables and charts in reading order. */
final class SectionWriter {
  private final String id;
  private final String title;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Sentence> pending = new ArrayList<>();

  SectionWriter(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** Adds a FACT and returns its id ({@code section.key}). */
  String fact(String key, String text, Source... sources) {
    return fact(key, text, Arrays.asList(sources));
  }

  /** Adds a FACT and returns its id. */
  String fact(String key, String text, List<Source> sources) {
    String sid = id + "." + key;
    pending.add(Sentence.fact(sid, text, sources));
    return sid;
  }

  /** Adds an INTERPRETATION by {@code rule} resting on {@code facts}; returns its id. */
  String interpret(String key, String text, ReportRule rule, String... facts) {
    String sid = id + "." + key;
    pending.add(Sentence.interpretation(sid, text, rule.rule(), List.of(facts)));
    return sid;
  }

  /** Ends the current paragraph. */
  void paragraph() {
    if (!pending.isEmpty()) {
      blocks.add(new Paragraph(pending));
      pending.clear();
    }
  }

  /** Adds a table (ending the current paragraph). */
  void table(
      String key,
      String caption,
      List<String> columns,
      List<List<String>> rows,
      List<Source> sources) {
    paragraph();
    blocks.add(new Table(id + "." + key, caption, columns, rows, sources));
  }

  /** Adds a chart (ending the current paragraph). */
  void chart(ChartSpec spec, List<Source> sources) {
    paragraph();
    blocks.add(new Chart(spec, sources));
  }

  /** The section id, for chart ids. */
  String id() {
    return id;
  }

  /** The finished section. */
  Section build() {
    paragraph();
    return new Section(id, title, blocks);
  }
}
