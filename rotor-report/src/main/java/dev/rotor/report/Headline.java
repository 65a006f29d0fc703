package dev.rotor.report;

import java.util.Objects;

/**
 * Who leads, over which window and by how much.
 *
 * @param leader display name of the leader (e.g. "Russell 2000")
 * @param laggard display name of the laggard
 * @param window the headline window (e.g. "ytd", "3m")
 * @param spread leader return minus laggard return over the window, a decimal fraction
 * @param sentence the headline sentence (a FACT)
 */
public record Headline(
    String leader, String laggard, String window, double spread, Sentence sentence) {
  /** Validates. */
  public Headline {
    Objects.requireNonNull(leader, "leader");
    Objects.requireNonNull(laggard, "laggard");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(sentence, "sentence");
  }
}
