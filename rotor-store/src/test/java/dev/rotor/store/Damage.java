package dev.rotor.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Kinds of malformed input for importer tests, applied at random (from a seeded {@link Random}) to
 * the text of a file read as ISO-8859-1 (one char per byte, so untouched bytes survive).
 */
enum Damage {
  /** Removes one cell of a row with at least two cells. */
  MISSING_COLUMN,
  /** Replaces a digit of a date cell by a letter, or makes its month 13. */
  BAD_DATE,
  /** Puts text in a numeric cell. */
  TEXT_IN_NUMBER,
  /** Puts {@code 1e400} or {@code -1e400} (beyond double) in a numeric cell. */
  HUGE_NUMBER,
  /** Swaps two adjacent dated rows. */
  UNSORTED_DATES,
  /** Repeats a dated row right below it. */
  DUPLICATE_DATE,
  /** Cuts the last non-blank line short, without a line end. */
  TRUNCATED_LAST_LINE,
  /** No bytes at all. */
  EMPTY_FILE,
  /** Adds a UTF-8 byte-order mark (harmless). */
  BOM,
  /** Switches LF and CRLF line ends (harmless). */
  CRLF;

  private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{6}|\\d{8}");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final String[] TEXT = {"abc", "12x.5", "1.2.3", "five", "--5"};

  /**
   * A damaged text.
   *
   * @param text the new content
   * @param line the 1-based line damaged (0 when the whole file is)
   * @param lines physical lines in the new content
   * @param what a description for assertion messages
   */
  record Damaged(String text, long line, long lines, String what) {}

  /** True for damage a reader must accept. */
  boolean mustImport() {
    return this == BOM || this == CRLF;
  }

  /** Applies this damage to {@code text}; null when the text has nothing it applies to. */
  Damaged apply(String text, Random rnd) {
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    boolean trailing = text.endsWith(eol);
    String body = trailing ? text.substring(0, text.length() - eol.length()) : text;
    List<String> lines = new ArrayList<>(List.of(body.split(Pattern.quote(eol), -1)));
    List<int[]> dated = cells(lines, true);
    List<int[]> numeric = cells(lines, false);
    int li;
    String what;
    switch (this) {
      case MISSING_COLUMN -> {
        List<Integer> wide = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (CellCorruption.spans(lines.get(i)).size() >= 2) {
            wide.add(i);
          }
        }
        li = wide.get(rnd.nextInt(wide.size()));
        List<int[]> spans = CellCorruption.spans(lines.get(li));
        int c = rnd.nextInt(spans.size());
        String l = lines.get(li);
        int from = c == 0 ? 0 : spans.get(c - 1)[1];
        int to = c == 0 ? spans.get(1)[0] : spans.get(c)[1];
        lines.set(li, l.substring(0, from) + l.substring(to));
        what = "cell " + c + " removed";
      }
      case BAD_DATE -> {
        if (dated.isEmpty()) {
          return null;
        }
        int[] at = dated.get(rnd.nextInt(dated.size()));
        li = at[0];
        String cell = cell(lines.get(li), at[1]);
        String bad;
        if (rnd.nextBoolean() && cell.trim().length() >= 6) {
          int m = cell.indexOf(cell.trim()) + (cell.contains("-") ? 5 : 4);
          bad = cell.substring(0, m) + "13" + cell.substring(m + 2);
        } else {
          List<Integer> digits = new ArrayList<>();
          for (int k = 0; k < cell.length(); k++) {
            if (Character.isDigit(cell.charAt(k))) {
              digits.add(k);
            }
          }
          int k = digits.get(rnd.nextInt(digits.size()));
          bad = cell.substring(0, k) + "O" + cell.substring(k + 1);
        }
        lines.set(li, replace(lines.get(li), at[1], bad));
        what = "date '" + cell.trim() + "' -> '" + bad.trim() + "'";
      }
      case TEXT_IN_NUMBER, HUGE_NUMBER -> {
        if (numeric.isEmpty()) {
          return null;
        }
        int[] at = numeric.get(rnd.nextInt(numeric.size()));
        li = at[0];
        String cell = cell(lines.get(li), at[1]);
        String v =
            this == HUGE_NUMBER
                ? (rnd.nextBoolean() ? "1e400" : "-1e400")
                : TEXT[rnd.nextInt(TEXT.length)];
        String bad = cell.trim().startsWith("\"") ? "\"" + v + "\"" : v;
        lines.set(li, replace(lines.get(li), at[1], bad));
        what = "cell " + at[1] + " '" + cell.trim() + "' -> '" + bad + "'";
      }
      case UNSORTED_DATES, DUPLICATE_DATE -> {
        List<Integer> rows = new ArrayList<>();
        for (int[] at : dated) {
          if (at[1] == 0 && (this == DUPLICATE_DATE || startsDated(lines, at[0] + 1))) {
            rows.add(at[0]);
          }
        }
        if (rows.isEmpty()) {
          return null;
        }
        li = rows.get(rnd.nextInt(rows.size()));
        if (this == DUPLICATE_DATE) {
          lines.add(li + 1, lines.get(li));
          what = "row repeated";
        } else {
          String next = lines.get(li + 1);
          lines.set(li + 1, lines.get(li));
          lines.set(li, next);
          what = "rows swapped";
        }
        li++;
      }
      case TRUNCATED_LAST_LINE -> {
        li = lines.size() - 1;
        while (li > 0 && lines.get(li).isBlank()) {
          li--;
        }
        String l = lines.get(li);
        if (l.length() < 2) {
          return null;
        }
        lines = new ArrayList<>(lines.subList(0, li + 1));
        lines.set(li, l.substring(0, 1 + rnd.nextInt(l.length() - 1)));
        trailing = false;
        what = "last line cut to '" + lines.get(li) + "'";
      }
      case EMPTY_FILE -> {
        return new Damaged("", 0, 0, "empty file");
      }
      case BOM -> {
        return text.startsWith(UTF8_BOM)
            ? null
            : new Damaged(UTF8_BOM + text, 0, count(text), "byte-order mark added");
      }
      case CRLF -> {
        String other = eol.equals("\n") ? "\r\n" : "\n";
        return new Damaged(
            text.replace(eol, other), 0, count(text), "line ends -> " + other.length() + " bytes");
      }
      default -> throw new IllegalStateException("damage: " + this);
    }
    String out = String.join(eol, lines) + (trailing ? eol : "");
    return new Damaged(out, li + 1, count(out), what + " at line " + (li + 1));
  }

  private static long count(String text) {
    return text.isEmpty() ? 0 : text.split("\n", -1).length;
  }

  private static boolean startsDated(List<String> lines, int i) {
    return i < lines.size() && DATE.matcher(unquote(cell(lines.get(i), 0))).matches();
  }

  /** {line, cell} of every date-shaped cell ({@code dates}) or numeric, non-date cell. */
  private static List<int[]> cells(List<String> lines, boolean dates) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<int[]> spans = CellCorruption.spans(lines.get(i));
      for (int c = 0; c < spans.size(); c++) {
        String v = unquote(lines.get(i).substring(spans.get(c)[0], spans.get(c)[1]));
        boolean date = DATE.matcher(v).matches();
        String n = v.replace(",", "").replace("$", "").replace("%", "");
        if (dates ? date : !date && NUMBER.matcher(n).matches()) {
          out.add(new int[] {i, c});
        }
      }
    }
    return out;
  }

  private static String cell(String line, int c) {
    int[] s = CellCorruption.spans(line).get(c);
    return line.substring(s[0], s[1]);
  }

  private static String replace(String line, int c, String value) {
    int[] s = CellCorruption.spans(line).get(c);
    return line.substring(0, s[0]) + value + line.substring(s[1]);
  }

  private static String unquote(String cell) {
    String t = cell.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1).trim()
        : t;
  }
}
