package dev.rotor.claims;

import java.util.Objects;

/**
 * One sentence of the input with where it came from.
 *
 * @param index 0-based position among all sentences
 * @param paragraph 0-based paragraph (input line) number; a period phrase carries over only within
 *     a paragraph
 * @param text the sentence text, trimmed, without a bullet marker or bullet label
 * @param label the label of a bullet line ({@code "Volatility"} in {@code "- Volatility: ..."}), or
 *     the empty string
 * @param heading true for a line without end punctuation that reads as a title
 */
public record Sentence(int index, int paragraph, String text, String label, boolean heading) {

  /** Validates the fields. */
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("index: negative " + index);
    }
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph: negative " + paragraph);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
  }
}
