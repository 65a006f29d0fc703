package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardErrorsTest {

  // floor(4 (n/100)^(2/9)): numpy np.floor(4 * (n / 100) ** (2 / 9)) for each n.
  @ParameterizedTest
  @CsvSource({"0,0", "1,1", "100,4", "307,5", "395,5", "1336,7", "1718,7", "10000,11"})
  void neweyWestLags_rule_matchesFormula(int n, int lags) {
    assertThat(StandardErrors.neweyWestLags(n)).isEqualTo(lags);
  }
}
