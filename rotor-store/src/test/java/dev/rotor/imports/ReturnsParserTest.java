package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnsParserTest {

  private static final ReturnsParser PARSER = new ReturnsParser();

  @TempDir Path tmp;

  static Path excerpt() {
    try {
      return Path.of(ReturnsParserTest.class.getResource("returns/strategy.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ParsedFile parse(Path p) throws ImportException {
    return PARSER.parse(p, ImportOptions.defaults());
  }

  private Path write(String content) throws IOException {
    return Files.writeString(tmp.resolve("mine.csv"), content, StandardCharsets.UTF_8);
  }

  @Test
  void format_always_returns() {
    assertThat(PARSER.format()).isEqualTo(FileFormat.RETURNS);
  }

  @Test
  void parse_excerpt_oneMonthlyDecimalReturnSeries() throws Exception {
    ParsedFile f = parse(excerpt());

    assertThat(f.series()).hasSize(1);
    ParsedSeries s = f.series().get(0);
    assertThat(s.column()).isNull();
    assertThat(s.name()).isEqualTo("strategy");
    assertThat(s.kind()).isEqualTo(SeriesKind.RETURNS);
    assertThat(s.units()).isEqualTo("decimal return");
    assertThat(s.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(s.values().dates())
        .startsWith(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29))
        .hasSize(5);
    assertThat(s.values().values()).containsExactly(0.0125, -0.031, 0.0042, 0.0, 0.0215);
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void parse_valueHeaderDailyCompactDates_nameFromFileDaily() throws Exception {
    Path p = write("Date,Value\n20240102,0.01\n20240103,-0.999\n20240104,0\n");

    ParsedSeries s = parse(p).series().get(0);

    assertThat(s.name()).isEqualTo("mine");
    assertThat(s.frequency()).isEqualTo(Frequency.DAILY);
    assertThat(s.values().values()).containsExactly(0.01, -0.999, 0.0);
  }

  @Test
  void parse_returnAboveOne_acceptedWithPercentNote() throws Exception {
    Path p = write("date,r\n2024-01-31,1.5\n2024-02-29,2.5\n");

    ParsedFile f = parse(p);

    assertThat(f.series().get(0).count()).isEqualTo(2);
    assertThat(f.notes()).singleElement().asString().startsWith("2 return(s) above 1");
  }

  @Test
  void parse_kindOption_overridesReturns() throws Exception {
    ParsedFile f = PARSER.parse(excerpt(), new ImportOptions(null, SeriesKind.FACTOR));

    assertThat(f.series().get(0).kind()).isEqualTo(SeriesKind.FACTOR);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("empty file", "", 0, null),
        Arguments.of("no header", "2024-01-31,0.01\n2024-02-29,0.02\n", 1, null),
        Arguments.of("compact date no header", "20240131,0.01\n", 1, null),
        Arguments.of("three columns", "date,a,b\n2024-01-31,0.01,0.02\n", 1, null),
        Arguments.of("one column", "date\n2024-01-31\n", 1, null),
        Arguments.of("header only", "date,r\n", 0, null),
        Arguments.of("minus one", "date,r\n2024-01-31,0.01\n2024-02-29,-1\n", 3, "r"),
        Arguments.of("below minus one", "date,r\n2024-01-31,-1.5\n", 2, "r"),
        Arguments.of("empty value", "date,r\n2024-01-31,\n", 2, "r"),
        Arguments.of("text value", "date,r\n2024-01-31,1%\n", 2, "r"),
        Arguments.of("huge value", "date,r\n2024-01-31,1e400\n", 2, "r"),
        Arguments.of("bad date", "date,r\n2024-02-30,0.01\n", 2, "date"),
        Arguments.of("duplicate date", "day,r\n2024-01-31,0.01\n2024-01-31,0.02\n", 3, "day"),
        Arguments.of("unsorted", "date,r\n2024-02-29,0.01\n2024-01-31,0.02\n", 3, "date"),
        Arguments.of("missing field", "date,r\n2024-01-31\n", 2, "r"),
        Arguments.of("extra field", "date,r\n2024-01-31,0.1,0.2\n", 2, null),
        Arguments.of("blank inside", "date,r\n2024-01-31,0.1\n\n2024-02-29,0.2\n", 3, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void parse_badInput_importExceptionNamingLineAndField(
      String what, String content, long line, String field) throws IOException {
    Path p = write(content);

    assertThatThrownBy(() -> parse(p))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
            });
  }

  @Test
  void parse_seededCorruptions_onlyImportExceptionAtTheCorruptedLine() throws Exception {
    int checked =
        CorruptedCopies.verify(
            excerpt(),
            ReturnsParserTest::parse,
            List.of(CorruptedCopies.Kind.values()),
            10,
            new Random(20260527L),
            CorruptedCopies::firstFieldIsDate,
            0,
            true,
            tmp);

    assertThat(checked).isEqualTo(100);
  }
}
