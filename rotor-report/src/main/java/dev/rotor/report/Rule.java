package dev.rotor.report;

import java.util.Objects;

/**
 * A documented rule that turns facts into an interpretation, or a threshold behind an adjective.
 *
 * @param id short stable id (e.g. {@code SPREAD_SIZE})
 * @param statement the rule in words, with its thresholds (printed in the appendix)
 */
public record Rule(String id, String statement) {
  /** Validates. */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statement, "statement");
    if (id.isBlank() || statement.isBlank()) {
      throw new IllegalArgumentException("rule id and statement must not be blank");
    }
  }
}
