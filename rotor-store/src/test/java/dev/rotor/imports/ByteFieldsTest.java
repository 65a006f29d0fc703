package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteFieldsTest {

  /** Splits the part of {@code line} between the guard bytes and returns the fields as text. */
  private static List<String> split(String line) {
    byte[] body = line.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[body.length + 4];
    b[0] = 'x';
    b[1] = ',';
    System.arraycopy(body, 0, b, 2, body.length);
    b[b.length - 2] = ',';
    b[b.length - 1] = 'y';
    ByteFields f = new ByteFields();
    int n = f.split(b, 2, 2 + body.length);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new String(b, f.start(i), f.end(i) - f.start(i), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void split_emptyRange_givesOneEmptyField() {
    assertThat(split("")).containsExactly("");
  }

  @Test
  void split_plainAndQuotedFields_giveRangesInsideTheGuards() {
    assertThat(split("a,\"b,c\",,\"d\"\"e\",")).containsExactly("a", "b,c", "", "d\"\"e", "");
  }

  @Test
  void split_textAfterClosingQuoteOrUnterminatedQuote_keepsRawRange() {
    assertThat(split("\"1\"x,2")).containsExactly("\"1\"x", "2");
    assertThat(split("\"abc")).containsExactly("\"abc");
  }

  @Test
  void split_moreFieldsThanInitialCapacity_growsAndKeepsAll() {
    String line = String.join(",", java.util.Collections.nCopies(1000, "7"));
    assertThat(split(line)).hasSize(1000).containsOnly("7");
  }

  /** Invariant: on lines without inner quotes the ranges equal {@link CsvReader#split}. */
  @Test
  void split_seededRandomLines_matchCsvReaderSplit() {
    Random rnd = new Random(17);
    String alphabet = "ab1. -\t";
    for (int trial = 0; trial < 2000; trial++) {
      int cells = 1 + rnd.nextInt(8);
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < cells; c++) {
        if (c > 0) {
          sb.append(',');
        }
        StringBuilder cell = new StringBuilder();
        for (int k = rnd.nextInt(5); k > 0; k--) {
          cell.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
          if (rnd.nextInt(6) == 0) {
            cell.append(',');
          }
        }
        boolean quote = cell.indexOf(",") >= 0 || rnd.nextBoolean();
        sb.append(quote ? "\"" + cell + "\"" : cell.toString());
      }
      String line = sb.toString();
      assertThat(split(line)).as(line).isEqualTo(CsvReader.split(line));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {"''|true", "'  \t'|true", "' x '|false", "'null'|false"})
  void isEmpty_cells_blankOnlyWhenSpacesOrTabs(String cell, boolean expected) {
    byte[] b = cell.getBytes(StandardCharsets.UTF_8);
    ByteFields f = new ByteFields();
    f.split(b, 0, b.length);
    assertThat(f.isEmpty(b, 0)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "''|true",
        "'  '|true",
        "'null'|true",
        "' NuLL\t'|true",
        "'nul'|false",
        "'nulls'|false",
        "'0'|false",
        "'n ull'|false"
      })
  void isNull_cells_trueForEmptyOrNullInAnyCase(String cell, boolean expected) {
    byte[] b = cell.getBytes(StandardCharsets.UTF_8);
    ByteFields f = new ByteFields();
    f.split(b, 0, b.length);
    assertThat(f.isNull(b, 0)).isEqualTo(expected);
  }

  @Test
  void trimStartAndEnd_spacesAndTabs_giveTheInnerRange() {
    byte[] b = "1, \t12.5 \t,3".getBytes(StandardCharsets.US_ASCII);
    ByteFields f = new ByteFields();
    assertThat(f.split(b, 0, b.length)).isEqualTo(3);
    int s = f.trimStart(b, 1);
    int e = f.trimEnd(b, 1, s);
    assertThat(new String(b, s, e - s, StandardCharsets.US_ASCII)).isEqualTo("12.5");
  }

  @Test
  void trimStartAndEnd_blankField_meetAtTheEnd() {
    byte[] b = "a,   ".getBytes(StandardCharsets.US_ASCII);
    ByteFields f = new ByteFields();
    f.split(b, 0, b.length);
    int s = f.trimStart(b, 1);
    assertThat(f.trimEnd(b, 1, s)).isEqualTo(s).isEqualTo(b.length);
  }
}
