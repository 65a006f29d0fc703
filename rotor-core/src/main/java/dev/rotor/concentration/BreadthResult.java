package dev.rotor.concentration;

import java.util.List;
import java.util.Objects;

/**
 * Breadth series from a price panel.
 *
 * @param names number of names in the panel
 * @param days one row per panel date in the requested range, ascending
 * @param survivorshipNote the panel's survivorship caveat (print it with the figures)
 */
public record BreadthResult(int names, List<BreadthDay> days, String survivorshipNote) {

  /** Validates and copies. */
  public BreadthResult {
    Objects.requireNonNull(survivorshipNote, "survivorshipNote");
    days = List.copyOf(days);
  }
}
