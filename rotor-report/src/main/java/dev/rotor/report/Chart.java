package dev.rotor.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart block: its specification and the sources of its data.
 *
 * @param spec what to draw
 * @param sources the series and dates behind the data
 */
public record Chart(ChartSpec spec, List<Source> sources) implements Block {
  /** Validates. */
  public Chart {
    Objects.requireNonNull(spec, "spec");
    sources = List.copyOf(sources);
  }
}
