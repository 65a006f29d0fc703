package dev.rotor.synthetic;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.SeriesId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated synthetic market: its series (in a fixed order), its cross-sections, and the truth it
 * was generated from.
 *
 * @param spec the spec that generated it (holds the {@link PlantedParameters})
 * @param series every series, in generation order: indices, sectors, stocks, factors, daily yields,
 *     monthly macro
 * @param crossSections the stock-universe snapshot(s)
 * @param stocks the planted truth of each stock, in ticker order
 */
public record SyntheticData(
    SyntheticSpec spec,
    List<SyntheticSeries> series,
    List<CrossSection> crossSections,
    List<StockLoadings> stocks) {

  /** Validates and copies the lists. */
  public SyntheticData {
    Objects.requireNonNull(spec, "spec");
    series = List.copyOf(series);
    crossSections = List.copyOf(crossSections);
    stocks = List.copyOf(stocks);
  }

  /** The planted parameters the data was generated from. */
  public PlantedParameters planted() {
    return spec.planted();
  }

  /** The series with id {@code id}, if generated. */
  public Optional<SyntheticSeries> find(SeriesId id) {
    for (SyntheticSeries s : series) {
      if (s.info().id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The series with id {@code id}.
   *
   * @throws IllegalArgumentException when no such series was generated
   */
  public SyntheticSeries get(String id) {
    return find(SeriesId.of(id))
        .orElseThrow(() -> new IllegalArgumentException("id: no synthetic series '" + id + "'"));
  }

  /** Every series id, in generation order. */
  public List<SeriesId> ids() {
    List<SeriesId> out = new ArrayList<>(series.size());
    for (SyntheticSeries s : series) {
      out.add(s.info().id());
    }
    return out;
  }
}
