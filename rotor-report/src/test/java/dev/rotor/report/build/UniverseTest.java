package dev.rotor.report.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniverseTest {

  /** Data holding exactly the named ids (one value each). */
  private static ReportData holding(boolean synthetic, String... ids) {
    Set<String> present = Set.of(ids);
    return new ReportData() {
      @Override
      public boolean synthetic() {
        return synthetic;
      }

      @Override
      public Optional<Loaded> series(String q) {
        return present.contains(q)
            ? Optional.of(
                new Loaded(
                    q,
                    q,
                    "test",
                    DateSeries.of(new LocalDate[] {LocalDate.of(2024, 1, 2)}, new double[] {1})))
            : Optional.empty();
      }

      @Override
      public Optional<BarSeries> bars(String q) {
        return Optional.empty();
      }

      @Override
      public Optional<Snapshot> snapshot(String q) {
        return Optional.empty();
      }
    };
  }

  @Test
  void choose_indicesPresent_takesRutSpxIxic() {
    Universe u =
        Universe.choose(
            holding(
                false,
                "market-base/indices/RUT",
                "market-base/indices/SPX",
                "market-base/indices/IXIC",
                "etf-seasonality/IWM"),
            ReportRequest.defaults());
    assertThat(u.small()).isEqualTo("market-base/indices/RUT");
    assertThat(u.smallName()).isEqualTo("Russell 2000");
    assertThat(u.largeName()).isEqualTo("S&P 500");
    assertThat(u.techName()).isEqualTo("Nasdaq Composite");
  }

  @Test
  void choose_indicesAbsent_fallsBackToIwmSpyQqq() {
    Universe u =
        Universe.choose(
            holding(false, "etf-seasonality/IWM", "etf-seasonality/SPY", "etf-seasonality/QQQ"),
            ReportRequest.defaults());
    assertThat(u.small()).isEqualTo("etf-seasonality/IWM");
    assertThat(u.large()).isEqualTo("etf-seasonality/SPY");
    assertThat(u.tech()).isEqualTo("etf-seasonality/QQQ");
  }

  @Test
  void choose_noTech_leavesTechOut() {
    Universe u =
        Universe.choose(
            holding(false, "etf-seasonality/IWM", "etf-seasonality/SPY"), ReportRequest.defaults());
    assertThat(u.tech()).isNull();
  }

  @Test
  void choose_synthetic_takesTheSampleAndNamesItSynthetic() {
    Universe u =
        Universe.choose(
            holding(
                true,
                "synthetic/indices/SMALL",
                "synthetic/indices/LARGE",
                "synthetic/indices/TECH"),
            ReportRequest.defaults());
    assertThat(u.smallName()).isEqualTo("Synthetic small caps");
  }

  @Test
  void choose_nothingPresent_saysWhatToDo() {
    assertThatThrownBy(() -> Universe.choose(holding(false), ReportRequest.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rotor import");
  }
}
