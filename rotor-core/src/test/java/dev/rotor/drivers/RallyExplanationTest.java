package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.Frequency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link RallyExplanation}: validation, copying and lookup by name. */
class RallyExplanationTest {

  private static final Coefficient C = new Coefficient(0.1, 0.01, 0.02);

  private static DriverContribution row(String name) {
    return new DriverContribution(
        name, C, 0.5, new Interval(0.05, 0.03, 0.07, StandardErrors.NEWEY_WEST, 0.95));
  }

  private static RallyExplanation of(List<DriverContribution> rows, int n, int lags, int m) {
    return new RallyExplanation(
        Frequency.WEEKLY, null, null, n, lags, 0.1, C, null, null, m, rows, 0, 0, 0, 0);
  }

  @Test
  void driver_knownName_returnsRowAndUnknownThrows() {
    RallyExplanation r = of(List.of(row("DGS2"), row("DGS10")), 10, 1, 2);
    assertThat(r.driver("DGS10").name()).isEqualTo("DGS10");
    assertThatThrownBy(() -> r.driver("X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void constructor_mutableList_isCopied() {
    List<DriverContribution> rows = new ArrayList<>(List.of(row("a")));
    RallyExplanation r = of(rows, 10, 1, 2);
    rows.add(row("b"));
    assertThat(r.drivers()).hasSize(1);
  }

  @ParameterizedTest(name = "n={0} lags={1} m={2}")
  @CsvSource({"-1,0,0,observations", "0,-1,0,neweyWestLags", "0,0,-1,windowPeriods"})
  void constructor_negativeCounts_throw(int n, int lags, int m, String message) {
    assertThatThrownBy(() -> of(List.of(row("a")), n, lags, m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void constructor_noDriversOrBlankName_throw() {
    assertThatThrownBy(() -> of(List.of(), 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drivers");
    assertThatThrownBy(() -> row(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }
}
