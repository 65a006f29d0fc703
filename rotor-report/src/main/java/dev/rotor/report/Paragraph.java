package dev.rotor.report;

import java.util.List;

/** Sentences rendered together. */
public record Paragraph(List<Sentence> sentences) implements Block {
  /** Copies; a paragraph is never empty. */
  public Paragraph {
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("empty paragraph");
    }
  }
}
