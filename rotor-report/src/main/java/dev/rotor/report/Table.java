package dev.rotor.report;

import java.util.List;
import java.util.Objects;

/**
 * A table with formatted cells (the builder formats; renderers only lay out).
 *
 * @param id stable id
 * @param caption what the table shows, with units
 * @param columns column headings
 * @param rows rows of cells, each as long as {@code columns}
 * @param sources the series and dates behind the numbers
 */
public record Table(
    String id, String caption, List<String> columns, List<List<String>> rows, List<Source> sources)
    implements Block {
  /** Validates the shape. */
  public Table {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caption, "caption");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    sources = List.copyOf(sources);
    for (List<String> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "table " + id + ": row of " + r.size() + " cells for " + columns.size() + " columns");
      }
    }
  }
}
