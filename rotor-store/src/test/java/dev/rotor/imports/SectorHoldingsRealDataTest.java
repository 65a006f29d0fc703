package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.sectors.SectorWeights;
import dev.rotor.shareddata.SharedData;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sector weights of the real iShares holdings files, read with the importers, against pandas
 * (rotor-core src/test/resources/oracles/sectors/sectors_oracle.py: Equity rows, Weight (%) or
 * Market Weight / 100 summed by Sector, "Communication" as "Communication Services", re-scaled to
 * sum 1; figures copied from its output sectors_oracle.properties).
 */
class SectorHoldingsRealDataTest {

  private static final double TOL = 1e-12;

  @ParameterizedTest
  @CsvSource({
    "IWM, Financials, 0.16339671999195088",
    "IWM, Information Technology, 0.17003722708521984",
    "IWM, Communication Services, 0.025857732166213905",
    "IJR, Financials, 0.17710251688152243",
    "IVV, Information Technology, 0.38560256667335074",
    "IVV, Industrials, 0.08702626829757369"
  })
  void sectorWeights_realHoldings_matchPandas(String fund, String sector, double expected)
      throws ImportException {
    ParsedFile parsed =
        Parsers.parse(
            SharedData.file("ishares_holdings/" + fund + "_holdings.csv"),
            ImportOptions.defaults());
    CrossSection holdings = parsed.snapshots().get(0);
    Map<String, Double> w = SectorWeights.of(holdings);
    assertThat(w).hasSize(11);
    assertThat(w.get(sector)).isCloseTo(expected, within(TOL));
  }
}
