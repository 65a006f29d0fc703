package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

  @TempDir Path tmp;

  private CsvReader atLineTwo() throws IOException, ImportException {
    Path f = tmp.resolve("t.csv");
    Files.writeString(f, "date,value\n2020-01-02,1\n");
    CsvReader r = CsvReader.open(f);
    r.readLine();
    r.readLine();
    return r;
  }

  @Test
  void requireAfter_firstRowOrLaterDate_passes() throws Exception {
    try (CsvReader r = atLineTwo()) {
      LocalDate d = LocalDate.of(2020, 1, 2);
      assertThatCode(() -> Cells.requireAfter(r, "date", d, null)).doesNotThrowAnyException();
      assertThatCode(() -> Cells.requireAfter(r, "date", d, d.minusDays(1)))
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-01-02|2020-01-02|2020-01-02 repeats the previous row's date",
        "2020-01-01|2020-01-02|2020-01-01 is before the previous row's date 2020-01-02"
      })
  void requireAfter_notAfterPrevious_throwsNamingFieldAndLine(
      LocalDate date, LocalDate previous, String problem) throws Exception {
    try (CsvReader r = atLineTwo()) {
      assertThatThrownBy(() -> Cells.requireAfter(r, "when", date, previous))
          .isInstanceOfSatisfying(
              ImportException.class,
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.field()).isEqualTo("when");
              })
          .hasMessageContaining(problem);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Adj Close|adjclose", "adj_close|adjclose", " Date |date", "TIME stamp|timestamp"})
  void headerKey_variants_giveOneKey(String cell, String key) {
    assertThat(Cells.headerKey(cell)).isEqualTo(key);
  }
}
