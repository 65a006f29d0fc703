package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {

  private static final List<String> NAMES = List.of("date", "a", "b");

  @TempDir Path tmp;

  private CsvReader open(String content) throws IOException, ImportException {
    Path f = tmp.resolve("t.csv");
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    return CsvReader.open(f);
  }

  private List<String> dataLines(String content) throws Exception {
    List<String> out = new ArrayList<>();
    try (CsvReader r = open(content)) {
      r.readHeader();
      String line;
      while ((line = r.readDataLine()) != null) {
        out.add(r.lineNumber() + ":" + line);
      }
    }
    return out;
  }

  @Test
  void readHeader_bomAndCrlf_givesCleanFirstLine() throws Exception {
    try (CsvReader r = open("\uFEFFdate,value\r\n2020-01-02,1\r\n")) {
      assertThat(r.readHeader()).isEqualTo("date,value");
      assertThat(r.lineNumber()).isEqualTo(1);
    }
  }

  @Test
  void readHeader_emptyFile_throwsAtLineZero() throws Exception {
    try (CsvReader r = open("")) {
      assertThatThrownBy(r::readHeader)
          .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isZero())
          .hasMessageContaining("empty file");
    }
  }

  @Test
  void readDataLine_trailingBlankLines_areSkipped() throws Exception {
    assertThat(dataLines("h\nx\ny\n\n  \n")).containsExactly("2:x", "3:y");
  }

  @Test
  void readDataLine_blankLinesInsideTheData_throwAtTheFirstBlankLine() throws Exception {
    assertThatThrownBy(() -> dataLines("h\nx\n\n \t\ny\n"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("blank line inside the data");
  }

  @Test
  void splitRow_rightWidth_givesTheCells() throws Exception {
    try (CsvReader r = open("2020-01-02,\"1,5\",2\n")) {
      assertThat(r.splitRow(r.readLine(), NAMES)).containsExactly("2020-01-02", "1,5", "2");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "2020-01-02|a|expected 3 fields, found 1",
        "d,1|b|expected 3 fields, found 2",
        "d,1,2,3|-|expected 3 fields, found 4"
      })
  void splitRow_wrongWidth_namesTheFirstMissingField(String line, String field, String problem)
      throws Exception {
    try (CsvReader r = open(line + "\n")) {
      String read = r.readLine();
      assertThatThrownBy(() -> r.splitRow(read, NAMES))
          .isInstanceOfSatisfying(
              ImportException.class,
              e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.field()).isEqualTo(field);
              })
          .hasMessageContaining(problem);
    }
  }
}
