package dev.rotor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  @Test
  void allSentences_fixture_headlineFirstThenSectionsInOrder() {
    List<String> ids = ReportFixture.real().allSentences().stream().map(Sentence::id).toList();
    assertThat(ids)
        .containsExactly(
            "headline.spread",
            "performance.small",
            "performance.episodes",
            "performance.wide",
            "rotation.latest",
            "rotation.leading",
            "risk.beta",
            "sectors.top");
  }

  @Test
  void new_syntheticWithoutSyntheticTitle_throws() {
    Report r = ReportFixture.real();
    assertThatThrownBy(
            () ->
                new Report(
                    "Plain",
                    LocalDate.of(2024, 1, 2),
                    true,
                    r.headline(),
                    List.of(),
                    List.of(),
                    "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SYNTHETIC");
  }
}
