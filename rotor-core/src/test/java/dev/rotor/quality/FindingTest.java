package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindingTest {

  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);

  @Test
  void isError_bySeverity_matches() {
    assertThat(new Finding(CheckKind.GAP, Severity.ERROR, D1, D2, 2, "m").isError()).isTrue();
    assertThat(new Finding(CheckKind.GAP, Severity.WARNING, D1, D1, 1, "m").isError()).isFalse();
  }

  static Stream<Arguments> badFindings() {
    return Stream.of(
        Arguments.of(CheckKind.GAP, Severity.ERROR, D2, D1, 1, "m", "to"),
        Arguments.of(CheckKind.GAP, Severity.ERROR, D1, D1, 0, "m", "count"),
        Arguments.of(CheckKind.GAP, Severity.ERROR, D1, D1, -3, "m", "count"),
        Arguments.of(CheckKind.GAP, Severity.ERROR, D1, D1, 1, "  ", "message"));
  }

  @ParameterizedTest
  @MethodSource("badFindings")
  void new_badArgument_throwsNamingIt(
      CheckKind k, Severity s, LocalDate from, LocalDate to, int n, String msg, String arg) {
    assertThatThrownBy(() -> new Finding(k, s, from, to, n, msg))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(arg + ":");
  }

  static Stream<Arguments> nulls() {
    return Stream.of(
        Arguments.of(null, Severity.ERROR, D1, D1, "m", "check"),
        Arguments.of(CheckKind.GAP, null, D1, D1, "m", "severity"),
        Arguments.of(CheckKind.GAP, Severity.ERROR, null, D1, "m", "from"),
        Arguments.of(CheckKind.GAP, Severity.ERROR, D1, null, "m", "to"),
        Arguments.of(CheckKind.GAP, Severity.ERROR, D1, D1, null, "message"));
  }

  @ParameterizedTest
  @MethodSource("nulls")
  void new_nullArgument_throwsNamingIt(
      CheckKind k, Severity s, LocalDate from, LocalDate to, String msg, String arg) {
    assertThatThrownBy(() -> new Finding(k, s, from, to, 1, msg))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(arg);
  }
}
