package dev.rotor.sectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectorEtfTest {

  @ParameterizedTest
  @CsvSource({
    "Communication, Communication Services",
    "communication  services, Communication Services",
    "' Financials ', Financials",
    "INFORMATION TECHNOLOGY, Information Technology",
    "Cash and/or Derivatives, Cash and/or Derivatives"
  })
  void canonical_label_readsGicsName(String label, String expected) {
    assertThat(SectorEtf.canonical(label)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"xlf, FINANCIALS", "XLRE, REAL_ESTATE", "XLC, COMMUNICATION_SERVICES"})
  void forTicker_known_findsEtf(String ticker, SectorEtf expected) {
    assertThat(SectorEtf.forTicker(ticker)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"SPY", "XL"})
  void forTicker_unknown_empty(String ticker) {
    assertThat(SectorEtf.forTicker(ticker)).isEmpty();
  }
}
