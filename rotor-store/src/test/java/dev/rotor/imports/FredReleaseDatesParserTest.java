package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.imports.CorruptedCopies.Kind;
import dev.rotor.imports.ParsedFile.ReleaseDate;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FredReleaseDatesParserTest {

  private static final FredReleaseDatesParser PARSER = new FredReleaseDatesParser();

  @TempDir Path tmp;

  static Path excerpt() {
    try {
      return Path.of(
          FredReleaseDatesParserTest.class.getResource("fred/release_dates.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ParsedFile parse(Path p) throws ImportException {
    return PARSER.parse(p, ImportOptions.defaults());
  }

  @Test
  void format_always_fredReleaseDates() {
    assertThat(PARSER.format()).isEqualTo(FileFormat.FRED_RELEASE_DATES);
  }

  @Test
  void parse_excerpt_releaseDatesInFileOrderVerbatim() throws Exception {
    ParsedFile f = parse(excerpt());

    assertThat(f.format()).isEqualTo(FileFormat.FRED_RELEASE_DATES);
    assertThat(f.series()).isEmpty();
    assertThat(f.releaseDates())
        .containsExactly(
            new ReleaseDate("VIXCLS", "2026-08-14 08:38:21-05"),
            new ReleaseDate("BAMLH0A0HYM2", "2026-08-14 08:58:30-05"),
            new ReleaseDate("UNRATE", "2026-08-07 07:45:03-05"));
  }

  @Test
  void parse_dateOnlyAndOffsetWithMinutes_accepted() throws Exception {
    Path p =
        Files.writeString(
            tmp.resolve("r.csv"),
            "series_id,last_updated\nA,2026-01-02\nB,2026-01-02 10:00:00+05:30\n");

    assertThat(parse(p).releaseDates())
        .extracting(ReleaseDate::lastUpdated)
        .containsExactly("2026-01-02", "2026-01-02 10:00:00+05:30");
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("empty file", "", 0, null),
        Arguments.of("wrong header", "id,updated\nA,2026-01-01\n", 1, null),
        Arguments.of("header only", "series_id,last_updated\n", 0, null),
        Arguments.of("one field", "series_id,last_updated\nA\n", 2, "last_updated"),
        Arguments.of("three fields", "series_id,last_updated\nA,2026-01-01,x\n", 2, null),
        Arguments.of("blank code", "series_id,last_updated\n ,2026-01-01\n", 2, "series_id"),
        Arguments.of("code with space", "series_id,last_updated\nA B,2026-01-01\n", 2, "series_id"),
        Arguments.of(
            "bad date", "series_id,last_updated\nA,2026-02-30 10:00:00\n", 2, "last_updated"),
        Arguments.of(
            "bad time", "series_id,last_updated\nA,2026-02-03 25:00:00\n", 2, "last_updated"),
        Arguments.of(
            "not a time", "series_id,last_updated\nA,2026-02-03 noon\n", 2, "last_updated"),
        Arguments.of(
            "repeated code",
            "series_id,last_updated\nA,2026-01-01\nA,2026-01-02\n",
            3,
            "series_id"),
        Arguments.of(
            "blank inside", "series_id,last_updated\nA,2026-01-01\n\nB,2026-01-02\n", 3, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void parse_badInput_importExceptionNamingLineAndField(
      String what, String content, long line, String field) throws IOException {
    Path p = Files.writeString(tmp.resolve("bad.csv"), content, StandardCharsets.UTF_8);

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
    List<Kind> kinds =
        List.of(
            Kind.DELETE_FIELD,
            Kind.GARBLE_DATE,
            Kind.DUPLICATE_ROW,
            Kind.TRUNCATE_LAST_LINE,
            Kind.EMPTY,
            Kind.BOM,
            Kind.LINE_ENDS);

    int checked =
        CorruptedCopies.verify(
            excerpt(),
            FredReleaseDatesParserTest::parse,
            kinds,
            10,
            new Random(20260526L),
            l -> !l.startsWith("series_id"),
            1,
            false,
            tmp);

    assertThat(checked).isEqualTo(70);
  }

  @Test
  void parse_realReleaseDates_113Series() throws Exception {
    ParsedFile f = parse(SharedData.file("market-base/fred/_release_dates.csv"));

    // 114 lines = header + 113 rows, all with two fields (awk -F, '{print NF}' | uniq -c)
    assertThat(f.releaseDates()).hasSize(113);
    assertThat(f.releaseDates().get(0))
        .isEqualTo(new ReleaseDate("VIXCLS", "2026-08-14 08:38:21-05"));
  }
}
