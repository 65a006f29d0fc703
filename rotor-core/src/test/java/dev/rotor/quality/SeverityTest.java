package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void label_eachSeverity_isLowerCaseName() {
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
    assertThat(Severity.ERROR.label()).isEqualTo("error");
  }

  @Test
  void order_errorAfterWarning_soErrorsCompareGreater() {
    assertThat(Severity.ERROR).isGreaterThan(Severity.WARNING);
  }
}
