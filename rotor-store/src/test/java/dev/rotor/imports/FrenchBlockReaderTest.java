package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.imports.FrenchBlockReader.Block;
import dev.rotor.imports.FrenchBlockReader.Contents;
import dev.rotor.imports.FrenchBlockReader.DateStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchBlockReaderTest {

  @TempDir Path tmp;

  private Contents read(String content) throws IOException, ImportException {
    Path p = Files.writeString(tmp.resolve("f.csv"), content, StandardCharsets.UTF_8);
    try (CsvReader r = CsvReader.open(p)) {
      return FrenchBlockReader.read(r);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2024, YEAR",
    "202402, YEAR_MONTH",
    "20240229, DAY",
    "2024-02-29, DAY",
    "2024-2-29, ",
    "24, ",
    "2024a, ",
    "202402x, ",
    "'', ",
    "Date, ",
    "1e400, "
  })
  void styleOf_cell_styleByShapeOrNull(String cell, DateStyle expected) {
    assertThat(FrenchBlockReader.styleOf(cell)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2023, YEAR, 2023-12-31",
    "202402, YEAR_MONTH, 2024-02-29",
    "190002, YEAR_MONTH, 1900-02-28",
    "192611, YEAR_MONTH, 1926-11-30",
    "19261103, DAY, 1926-11-03",
    "1926-11-03, DAY, 1926-11-03"
  })
  void read_dateStyles_periodEndDates(String cell, DateStyle style, LocalDate expected)
      throws Exception {
    Contents c = read(",X\n" + cell + ",1\n");

    Block b = c.blocks().get(0);
    assertThat(b.style()).isEqualTo(style);
    assertThat(b.dates()).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource({"'Food ', Food", "'  Lo 30 ', Lo_30", "'<= 0', <=_0", "'Dec\t 2', Dec_2", "SMB, SMB"})
  void columnName_label_trimmedInnerWhitespaceUnderscored(String label, String expected) {
    assertThat(FrenchBlockReader.columnName(label)).isEqualTo(expected);
  }

  @Test
  void read_titlesPreambleAndFooter_blocksWithLinesAndTitles() throws Exception {
    String text =
        "Preamble line one\n"
            + "preamble line two\n"
            + "\n"
            + ",A ,B\n"
            + "192607,1,-99.99\n"
            + "192608,-999,2\n"
            + "\n"
            + "\n"
            + "  Two line\n"
            + "  title\n"
            + "Date,A\n"
            + "1927,3\n"
            + "\n"
            + "Copyright 2026\n"
            + "\n";

    Contents c = read(text);

    assertThat(c.footer()).isTrue();
    assertThat(c.blocks()).hasSize(2);
    Block first = c.blocks().get(0);
    assertThat(first.title()).isNull();
    assertThat(first.headerLine()).isEqualTo(4);
    assertThat(first.labels()).containsExactly("A", "B");
    assertThat(first.values()[0]).containsExactly(1, Double.NaN);
    assertThat(first.values()[1]).containsExactly(Double.NaN, 2);
    Block second = c.blocks().get(1);
    assertThat(second.title()).isEqualTo("Two line title");
    assertThat(second.headerLine()).isEqualTo(11);
    assertThat(second.style()).isEqualTo(DateStyle.YEAR);
  }

  @Test
  void read_copyrightRightAfterRows_closesBlock() throws Exception {
    Contents c = read(",A\n192607,1\nCopyright 2026 Eugene F. Fama and Kenneth R. French\n");

    assertThat(c.footer()).isTrue();
    assertThat(c.blocks().get(0).dates()).hasSize(1);
  }

  @Test
  void read_manyRows_arraysGrow() throws Exception {
    StringBuilder sb = new StringBuilder(",A,B\n");
    LocalDate d = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 1000; i++) {
      sb.append(d.plusDays(i)).append(',').append(i).append(',').append(-0.5 * i).append('\n');
    }

    Block b = read(sb.toString()).blocks().get(0);

    assertThat(b.dates()).hasSize(1000);
    assertThat(b.values()[0][999]).isEqualTo(999);
    assertThat(b.values()[1][999]).isEqualTo(-499.5);
    assertThat(b.dates()[999]).isEqualTo(d.plusDays(999));
  }

  @Test
  void read_rowInsideBlockWithTextDate_namesLineAndField() {
    assertThatThrownBy(() -> read(",A\n192607,1\n  Annual Factors\n,A\n1927,1\n"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.field()).isEqualTo("date");
            });
  }
}
