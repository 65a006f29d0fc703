package dev.rotor.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a number came from: a stored series (or snapshot) and the dates used.
 *
 * @param id the store id of the series or snapshot (e.g. {@code RUT})
 * @param origin where the store got it (source file or "SYNTHETIC"); never null, may be empty
 * @param from first date used, or null when not a dated range (a snapshot uses {@code to})
 * @param to last date used
 */
public record Source(String id, String origin, LocalDate from, LocalDate to) {
  /** Validates. */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** "RUT 2024-01-02..2024-01-26" style label. */
  public String label() {
    String range =
        from == null ? (to == null ? "" : " " + to) : " " + from + ".." + (to == null ? "" : to);
    return id + range;
  }
}
