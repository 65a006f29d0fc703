package dev.rotor.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the candidate dates of an article (see {@link DateOrigin}). Static and pure.
 *
 * <p>Rules: a dateline is a line whose start is an optional capitalised place and comma, then a
 * month name (or its 3-letter abbreviation with an optional dot), a day and a 4-digit year, then a
 * dash; a link id is a 6-digit group between {@code -} or {@code /} and {@code /}, {@code -} or the
 * end in an {@code http} address, read as MMDDYY (20YY), kept only when it is a valid date, or a
 * {@code /YYYY/MM/DD/} path; a text date is {@code Month D(st|nd|rd|th)?, YYYY}, or {@code Month
 * D(st|nd|rd|th)} without a year, which takes the year (1990-2099) the text names most often (ties:
 * the first named). Candidates are listed in {@link DateOrigin} order, each distinct (date, origin)
 * once.
 */
public final class ArticleDates {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:[A-Z][A-Za-z .]{1,40},\\s*)?" + MONTH + "\\s+(\\d{1,2}),\\s*(\\d{4})\\s*[-–—]",
          Pattern.MULTILINE);
  private static final Pattern FULL =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b");
  private static final Pattern DAY_ONLY =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\b(19[9]\\d|20\\d\\d)\\b");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern MMDDYY = Pattern.compile("[-/](\\d{6})(?=[-/]|$)");
  private static final Pattern YMD_PATH = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?=/|$)");

  private ArticleDates() {}

  /**
   * The date candidates of {@code text}, with {@code asOf} first when present.
   *
   * @throws IllegalArgumentException when {@code text} is null
   */
  public static List<DateCandidate> find(String text, Optional<LocalDate> asOf) {
    if (text == null) {
      throw new IllegalArgumentException("text: null");
    }
    Set<DateCandidate> out = new LinkedHashSet<>();
    asOf.ifPresent(d -> out.add(new DateCandidate(d, DateOrigin.ASOF, "--asof " + d)));
    Matcher m = DATELINE.matcher(text);
    if (m.find()) {
      date(m.group(3), m.group(1), m.group(2))
          .ifPresent(d -> out.add(new DateCandidate(d, DateOrigin.DATELINE, m.group().strip())));
    }
    Matcher u = URL.matcher(text);
    while (u.find()) {
      String url = u.group().replaceAll("[\\])>,.;]+$", "");
      String path = url.replaceFirst("^https?://[^/]+", "");
      Matcher id = MMDDYY.matcher(path);
      while (id.find()) {
        linkId(id.group(1)).ifPresent(d -> out.add(new DateCandidate(d, DateOrigin.LINK_ID, url)));
      }
      Matcher ymd = YMD_PATH.matcher(path);
      while (ymd.find()) {
        of(ymd.group(1), ymd.group(2), ymd.group(3))
            .ifPresent(d -> out.add(new DateCandidate(d, DateOrigin.LINK_ID, url)));
      }
    }
    String prose =
        PeriodParser.INDEX_NAMES.matcher(URL.matcher(text).replaceAll(" ")).replaceAll("index");
    Matcher f = FULL.matcher(prose);
    while (f.find()) {
      String src = f.group();
      date(f.group(3), f.group(1), f.group(2))
          .ifPresent(d -> out.add(new DateCandidate(d, DateOrigin.TEXT, src)));
    }
    Optional<Integer> year = mostNamedYear(prose);
    if (year.isPresent()) {
      Matcher d = DAY_ONLY.matcher(prose);
      while (d.find()) {
        String src = d.group() + " (year " + year.get() + " from the text)";
        date(String.valueOf(year.get()), d.group(1), d.group(2))
            .ifPresent(x -> out.add(new DateCandidate(x, DateOrigin.TEXT, src)));
      }
    }
    List<DateCandidate> sorted = new ArrayList<>(out);
    sorted.sort(java.util.Comparator.comparing(DateCandidate::origin));
    return List.copyOf(sorted);
  }

  /** A 6-digit link id read as MMDDYY in 2000-2099, if it is a valid date. */
  static Optional<LocalDate> linkId(String digits) {
    if (digits == null || !digits.matches("\\d{6}")) {
      throw new IllegalArgumentException("digits: not six digits: " + digits);
    }
    return of("20" + digits.substring(4), digits.substring(0, 2), digits.substring(2, 4));
  }

  /** The month named by an English month name or abbreviation, case-insensitive. */
  static Optional<Month> month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month mo : Month.values()) {
      String full = mo.getDisplayName(TextStyle.FULL, Locale.US).toLowerCase(Locale.ROOT);
      if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
        return Optional.of(mo);
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> mostNamedYear(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      int v = Integer.parseInt(y.group(1));
      if (counts.merge(v, 1, Integer::sum) == 1) {
        order.add(v);
      }
    }
    Integer best = null;
    for (int v : order) {
      if (best == null || counts.get(v) > counts.get(best)) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<LocalDate> date(String year, String monthName, String day) {
    return month(monthName).flatMap(mo -> of(year, String.valueOf(mo.getValue()), day));
  }

  private static Optional<LocalDate> of(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
