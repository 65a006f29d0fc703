package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriesCheckReportTest {

  private static final SeriesId ID = SeriesId.of("market-base/stocks/NVDA");
  private static final LocalDate D = LocalDate.of(2024, 1, 2);
  private static final Finding ERR = new Finding(CheckKind.GAP, Severity.ERROR, D, D, 11, "e");
  private static final Finding WARN = new Finding(CheckKind.JUMP, Severity.WARNING, D, D, 1, "w");
  private static final Finding WARN2 = new Finding(CheckKind.GAP, Severity.WARNING, D, D, 1, "w2");

  @Test
  void counts_mixedFindings_countBySeverity() {
    SeriesCheckReport r =
        new SeriesCheckReport(
            ID, 10, EnumSet.of(CheckKind.GAP, CheckKind.JUMP), List.of(ERR, WARN, WARN2));
    assertThat(r.errorCount()).isEqualTo(1);
    assertThat(r.warningCount()).isEqualTo(2);
    assertThat(r.isClean()).isFalse();
    assertThat(r.findings(CheckKind.GAP)).containsExactly(ERR, WARN2);
    assertThat(r.findings(CheckKind.STALE_RUN)).isEmpty();
  }

  @Test
  void new_noFindings_isClean() {
    SeriesCheckReport r = new SeriesCheckReport(ID, 0, Set.of(), List.of());
    assertThat(r.isClean()).isTrue();
    assertThat(r.errorCount()).isZero();
    assertThat(r.warningCount()).isZero();
    assertThat(r.checked()).isEmpty();
  }

  @Test
  void new_mutableInputs_areCopied() {
    List<Finding> findings = new ArrayList<>(List.of(WARN));
    Set<CheckKind> checked = EnumSet.of(CheckKind.JUMP);
    SeriesCheckReport r = new SeriesCheckReport(ID, 3, checked, findings);
    findings.add(ERR);
    checked.add(CheckKind.GAP);
    assertThat(r.findings()).containsExactly(WARN);
    assertThat(r.checked()).containsExactly(CheckKind.JUMP);
    assertThatThrownBy(() -> r.checked().add(CheckKind.GAP))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_negativeObservations_throwsNamingIt() {
    assertThatThrownBy(() -> new SeriesCheckReport(ID, -1, Set.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("observations:");
  }

  @Test
  void new_findingOfUncheckedKind_throws() {
    assertThatThrownBy(() -> new SeriesCheckReport(ID, 1, Set.of(CheckKind.GAP), List.of(WARN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("findings:");
  }
}
