package dev.rotor.report;

import java.util.List;
import java.util.Objects;

/**
 * A titled section of the report.
 *
 * @param id stable id (e.g. {@code drivers})
 * @param title heading
 * @param blocks paragraphs, tables and charts in reading order
 */
public record Section(String id, String title, List<Block> blocks) {
  /** Validates. */
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
  }

  /** Every sentence of the section's paragraphs, in order. */
  public List<Sentence> sentences() {
    return blocks.stream()
        .filter(Paragraph.class::isInstance)
        .flatMap(b -> ((Paragraph) b).sentences().stream())
        .toList();
  }
}
