package dev.rotor.crosssection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated snapshot of many securities at once: fund holdings, a screener export, fundamentals.
 *
 * @param name what the snapshot is, e.g. {@code "iShares Russell 2000 ETF holdings"}
 * @param asOf the date the source says the snapshot describes; null only when the source states no
 *     date at all (documented per importer)
 * @param rows the rows, in source order
 */
public record CrossSection(String name, LocalDate asOf, List<Constituent> rows) {

  /** Validates and copies the rows. */
  public CrossSection {
    Objects.requireNonNull(name, "name");
    rows = List.copyOf(rows);
  }
}
