package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Seeded corruptions of a golden excerpt, for importer tests. Each {@link Corruption} says where a
 * parser must fail: {@link Corruption#line()} {@code > 0} is the physical line the exception must
 * name, {@code 0} the whole file, {@link #MAY_PASS} that the parser may accept the file, and {@link
 * #SAME} that it must accept it and give the same result as the original.
 */
final class CorruptedCopies {

  static final long MAY_PASS = -1;
  static final long SAME = -2;

  /** A date-shaped first field: YYYY, YYYYMM, YYYYMMDD or YYYY-MM-DD. */
  static final Pattern DATE_FIELD =
      Pattern.compile("\\s*(\\d{4}|\\d{6}|\\d{8}|\\d{4}-\\d{2}-\\d{2})");

  /** What is done to the file. */
  enum Kind {
    /** Removes one field of a data row (the date or a value). */
    DELETE_FIELD,
    /** Replaces one digit of a data row's date field by a letter. */
    GARBLE_DATE,
    /** Puts text in a numeric field of a data row. */
    TEXT_IN_NUMBER,
    /** Puts 1e400 (overflows to infinity) in a numeric field of a data row. */
    HUGE_NUMBER,
    /** Repeats a data row right below it (duplicate date). */
    DUPLICATE_ROW,
    /** Swaps a data row with the next one (unsorted dates). */
    SWAP_ROWS,
    /** Cuts the last non-blank line at a random position. */
    TRUNCATE_LAST_LINE,
    /** An empty file. */
    EMPTY,
    /** Adds a UTF-8 byte-order mark. */
    BOM,
    /** Switches LF and CRLF line ends. */
    LINE_ENDS
  }

  /**
   * A corrupted copy.
   *
   * @param kind what was done
   * @param text the corrupted content
   * @param line where the parser must fail (see the class doc for the special values)
   * @param description for assertion messages
   */
  record Corruption(Kind kind, String text, long line, String description) {

    /** Writes the text (BOM included) to {@code dir/name}. */
    Path write(Path dir, String name) {
      try {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return p;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Number of physical lines in the text. */
    long lineCount() {
      return text.isEmpty() ? 0 : text.split("\n", -1).length;
    }
  }

  private CorruptedCopies() {}

  /** A parser under test. */
  interface Parse {
    ParsedFile parse(Path file) throws ImportException;
  }

  /**
   * Makes {@code rounds} corruptions of each kind of the file {@code original} (written as {@code
   * dir/name}) and asserts that {@code parser} throws nothing but {@link ImportException}, at the
   * corrupted line where the corruption must be caught, and gives the clean result where the
   * corruption is harmless.
   *
   * @return the number of corrupted copies checked
   */
  static int verify(
      Path original,
      Parse parser,
      List<Kind> kinds,
      int rounds,
      Random rnd,
      Predicate<String> isDataRow,
      int dateField,
      boolean numericFields,
      Path dir)
      throws IOException, ImportException {
    String text = Files.readString(original, StandardCharsets.UTF_8);
    ParsedFile clean = parser.parse(original);
    String name = original.getFileName().toString();
    int checked = 0;
    for (Kind kind : kinds) {
      for (int round = 0; round < rounds; round++) {
        Corruption c = make(text, kind, rnd, isDataRow, dateField, numericFields);
        Path p = c.write(dir, name);
        Throwable t = catchThrowable(() -> parser.parse(p));
        String msg = name + ": " + c.description() + (t == null ? "" : ": " + t);
        if (c.line() == SAME) {
          assertThat(t).as(msg).isNull();
          assertThat(parser.parse(p)).as(msg).isEqualTo(clean);
        } else {
          if (c.line() != MAY_PASS || t != null) {
            assertThat(t).as(msg).isInstanceOf(ImportException.class);
          }
          if (c.line() == MAY_PASS && t != null) {
            assertThat(((ImportException) t).line()).as(msg).isBetween(0L, c.lineCount());
          } else if (c.line() != MAY_PASS) {
            assertThat(((ImportException) t).line()).as(msg).isEqualTo(c.line());
          }
        }
        checked++;
      }
    }
    return checked;
  }

  /** True for a line whose first field is date-shaped ({@link #DATE_FIELD}). */
  static boolean firstFieldIsDate(String line) {
    return DATE_FIELD.matcher(line.split(",", -1)[0]).matches();
  }

  /**
   * One corruption of {@code original}.
   *
   * @param isDataRow which lines are data rows (whose changes the parser must catch)
   * @param dateField index of the date field in a data row
   * @param numericFields whether the other fields of a data row are numbers
   */
  static Corruption make(
      String original,
      Kind kind,
      Random rnd,
      Predicate<String> isDataRow,
      int dateField,
      boolean numericFields) {
    String eol = original.contains("\r\n") ? "\r\n" : "\n";
    boolean trailingEol = original.endsWith(eol);
    String body = trailingEol ? original.substring(0, original.length() - eol.length()) : original;
    List<String> lines = new ArrayList<>(List.of(body.split(eol, -1)));
    List<Integer> data = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (isDataRow.test(lines.get(i))) {
        data.add(i);
      }
    }
    int i = data.get(rnd.nextInt(data.size()));
    String row = lines.get(i);
    List<String> fields = CsvReader.split(row);
    long line = i + 1;
    String what;
    switch (kind) {
      case DELETE_FIELD -> {
        int f = rnd.nextInt(fields.size());
        fields.remove(f);
        lines.set(i, String.join(",", fields));
        what = "field " + f + " deleted";
      }
      case GARBLE_DATE -> {
        String d = fields.get(dateField);
        List<Integer> digits = new ArrayList<>();
        for (int k = 0; k < d.length(); k++) {
          if (Character.isDigit(d.charAt(k))) {
            digits.add(k);
          }
        }
        int k = digits.get(rnd.nextInt(digits.size()));
        fields.set(dateField, d.substring(0, k) + "x" + d.substring(k + 1));
        lines.set(i, String.join(",", fields));
        what = "date garbled";
      }
      case TEXT_IN_NUMBER, HUGE_NUMBER -> {
        if (!numericFields || fields.size() < 2) {
          throw new IllegalArgumentException("kind: " + kind + " needs numeric fields");
        }
        int f;
        do {
          f = rnd.nextInt(fields.size());
        } while (f == dateField);
        fields.set(f, kind == Kind.HUGE_NUMBER ? "1e400" : "n/a" + rnd.nextInt(10));
        lines.set(i, String.join(",", fields));
        what = "field " + f + " replaced";
      }
      case DUPLICATE_ROW -> {
        lines.add(i + 1, row);
        line = i + 2;
        what = "row repeated";
      }
      case SWAP_ROWS -> {
        List<Integer> pairs = new ArrayList<>();
        for (int d : data) {
          if (data.contains(d + 1)) {
            pairs.add(d);
          }
        }
        i = pairs.get(rnd.nextInt(pairs.size()));
        String next = lines.get(i + 1);
        lines.set(i + 1, lines.get(i));
        lines.set(i, next);
        line = i + 2;
        what = "rows swapped";
      }
      case TRUNCATE_LAST_LINE -> {
        int last = lines.size() - 1;
        while (lines.get(last).isBlank()) {
          last--;
        }
        String s = lines.get(last);
        lines.set(last, s.substring(0, rnd.nextInt(s.length())));
        lines = new ArrayList<>(lines.subList(0, last + 1));
        trailingEol = false;
        line = MAY_PASS;
        what = "last line cut";
      }
      case EMPTY -> {
        return new Corruption(kind, "", 0, "empty file");
      }
      case BOM -> {
        return new Corruption(kind, "\uFEFF" + original, SAME, "byte-order mark added");
      }
      case LINE_ENDS -> {
        String other = eol.equals("\n") ? "\r\n" : "\n";
        return new Corruption(
            kind, original.replace(eol, other), SAME, "line ends switched to " + other.length());
      }
      default -> throw new IllegalArgumentException("kind: " + kind);
    }
    String text = String.join(eol, lines) + (trailingEol ? eol : "");
    return new Corruption(kind, text, line, what + " at line " + line);
  }
}
