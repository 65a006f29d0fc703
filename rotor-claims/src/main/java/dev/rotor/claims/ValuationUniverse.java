package dev.rotor.claims;

/**
 * Where an entity's valuation is measured: the rows of a fundamentals snapshot that carry a
 * membership flag (alias-table line {@code valuation <TAB> KEY <TAB> snapshot <TAB> membership}).
 *
 * @param snapshot the store id of a cross-section snapshot ({@code finviz_snapshot/finviz_2023-08})
 * @param membership the membership its rows must list ({@code RUT}, {@code S&P 500}), as in {@link
 *     dev.rotor.valuation.Valuation#aggregate(dev.rotor.crosssection.CrossSection, String)}
 */
public record ValuationUniverse(String snapshot, String membership) {

  /** Validates that both fields are non-blank. */
  public ValuationUniverse {
    if (snapshot == null || snapshot.isBlank()) {
      throw new IllegalArgumentException("snapshot: must not be blank");
    }
    if (membership == null || membership.isBlank()) {
      throw new IllegalArgumentException("membership: must not be blank");
    }
  }
}
