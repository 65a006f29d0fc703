package dev.rotor.claims;

import java.util.Objects;

/**
 * An entity named in a sentence.
 *
 * @param key the entity key, or {@link EntityAliases#COUNTERPART}
 * @param phrase the words that named it, as written
 * @param start offset of the first character in the sentence
 * @param end offset after the last character
 */
public record Mention(String key, String phrase, int start, int end) {

  /** Validates the fields. */
  public Mention {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(phrase, "phrase");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("start/end: bad span " + start + ".." + end);
    }
  }
}
