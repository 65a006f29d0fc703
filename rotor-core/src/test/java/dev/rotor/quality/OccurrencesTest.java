package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OccurrencesTest {

  private static final LocalDate D = LocalDate.of(2024, 3, 1);

  @Test
  void toFinding_fewerThanListed_listsAllWithoutEllipsis() {
    Occurrences o = new Occurrences(CheckKind.VOLUME, Severity.WARNING, 3);
    o.add(D, "0");
    o.add(D.plusDays(3), null);
    assertThat(o.toFinding("head"))
        .isEqualTo(
            new Finding(
                CheckKind.VOLUME,
                Severity.WARNING,
                D,
                D.plusDays(3),
                2,
                "head: 2024-03-01 (0), 2024-03-04"));
  }

  @Test
  void toFinding_moreThanListed_listsFirstAndEllipsis() {
    Occurrences o = new Occurrences(CheckKind.GAP, Severity.ERROR, 2);
    for (int i = 0; i < 5; i++) {
      o.add(D.plusDays(i), null);
    }
    Finding f = o.toFinding("h");
    assertThat(f.message()).isEqualTo("h: 2024-03-01, 2024-03-02, ...");
    assertThat(f.count()).isEqualTo(5);
    assertThat(f.from()).isEqualTo(D);
    assertThat(f.to()).isEqualTo(D.plusDays(4));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void add_sameDateTwice_countsBoth() {
    Occurrences o = new Occurrences(CheckKind.GAP, Severity.ERROR, 2);
    o.add(D, null);
    o.add(D, null);
    assertThat(o.count()).isEqualTo(2);
  }

  @Test
  void add_dateGoingBackwards_throwsNamingDate() {
    Occurrences o = new Occurrences(CheckKind.GAP, Severity.ERROR, 2);
    o.add(D, null);
    assertThatThrownBy(() -> o.add(D.minusDays(1), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("date:");
  }

  @Test
  void toFinding_empty_throws() {
    Occurrences o = new Occurrences(CheckKind.GAP, Severity.ERROR, 2);
    assertThat(o.isEmpty()).isTrue();
    assertThatThrownBy(() -> o.toFinding("h")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void new_listedBelowOne_throwsNamingIt() {
    assertThatThrownBy(() -> new Occurrences(CheckKind.GAP, Severity.ERROR, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("listed:");
  }

  @Test
  void counted_singularAndPlural() {
    assertThat(Occurrences.counted(1, "bar")).isEqualTo("1 bar");
    assertThat(Occurrences.counted(0, "bar")).isEqualTo("0 bars");
    assertThat(Occurrences.counted(7, "run")).isEqualTo("7 runs");
  }
}
