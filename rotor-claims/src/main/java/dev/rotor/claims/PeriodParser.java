package dev.rotor.claims;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a period phrase in a sentence and resolves it against the article date into a {@link
 * Period}. Static and pure. The first rule that matches wins, in this order (each base is the close
 * the move is measured from; a period never ends after the article date):
 *
 * <ol>
 *   <li>{@code since the start/beginning of the year}, {@code year to date}, {@code so far this
 *       year}, {@code this year}: base 31 Dec of the year before the article, end the article date.
 *   <li>{@code since late|mid|early MONTH}: base the 21st, the 11th or the 1st of the latest such
 *       month before the article date; end the article date.
 *   <li>{@code since MONTH D}: base that day (latest one not after the article); end the article.
 *   <li>{@code through|until MONTH D[, YYYY]}: end that day (latest one not after the article when
 *       no year is given); base 31 Dec of the year before the end.
 *   <li>{@code late|mid|early YYYY}: late = Sep-Dec (base 31 Aug), mid = May-Aug (base 30 Apr),
 *       early = Jan-Apr (base 31 Dec of the year before).
 *   <li>{@code (kicked off|start of|started) YYYY}: base 31 Dec YYYY-1; end the article date when
 *       the article is dated in YYYY, else 31 Jan YYYY (the start of a past year is its January).
 *   <li>{@code (in|during|throughout [much of]|for) YYYY}, or a bare year: the calendar year, base
 *       31 Dec YYYY-1, end 31 Dec YYYY.
 *   <li>{@code over|in|during the (past|last) month}, {@code over the month}: base one month before
 *       the article date; {@code week}: 7 days; {@code year}, {@code 12 months}: one year.
 *   <li>{@code in|during MONTH [YYYY]}: that calendar month (base the last day of the month
 *       before); without a year, the latest such month that started on or before the article date
 *       (the current month runs to the article date).
 * </ol>
 */
public final class PeriodParser {

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december)";
  private static final Pattern YTD =
      Pattern.compile(
          "since the (?:start|beginning) of the year|year[- ]to[- ]date|so far this year"
              + "|\\bthis year\\b");
  private static final Pattern SINCE_PART =
      Pattern.compile("since (late|mid|early)[- ]" + MONTH + "\\b");
  private static final Pattern SINCE_DAY = Pattern.compile("since " + MONTH + " (\\d{1,2})\\b");
  private static final Pattern THROUGH =
      Pattern.compile(
          "(?:through|until|to) " + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?");
  private static final Pattern PART_YEAR = Pattern.compile("\\b(late|mid|early)[- ](\\d{4})\\b");
  private static final Pattern START_YEAR =
      Pattern.compile("(?:kicked off|start of|started|beginning of|began) (\\d{4})\\b");
  private static final Pattern YEAR =
      Pattern.compile(
          "(?:\\b(?:in|during|throughout(?: much of)?|for|over) )?\\b((?:19|20)\\d\\d)\\b");
  private static final Pattern TRAILING =
      Pattern.compile("(?:over|in|during) the (?:(past|last) )?(week|month|year|12 months)\\b");
  private static final Pattern IN_MONTH =
      Pattern.compile("\\b(?:in|during) " + MONTH + "(?: (\\d{4}))?\\b");

  /** Index names holding a year-like number (Russell 2000), removed before reading years. */
  static final Pattern INDEX_NAMES =
      Pattern.compile("(?i)russell[- ](?:1000|2000|3000)|s&p (?:400|500|600|1500)");

  private PeriodParser() {}

  /**
   * The period named in {@code sentence}, resolved against {@code articleDate}, or empty when the
   * sentence names none (or names one that ends before it starts).
   *
   * @throws IllegalArgumentException when an argument is null
   */
  public static Optional<Period> parse(String sentence, LocalDate articleDate) {
    if (sentence == null) {
      throw new IllegalArgumentException("sentence: null");
    }
    if (articleDate == null) {
      throw new IllegalArgumentException("articleDate: null");
    }
    String s =
        INDEX_NAMES
            .matcher(sentence.toLowerCase(java.util.Locale.ROOT).replace('’', '\''))
            .replaceAll("index");
    try {
      return Optional.ofNullable(resolve(s, articleDate)).map(p -> p.capAt(articleDate));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The default period of a claim that names none: year to date at the article date. */
  public static Period yearToDate(LocalDate articleDate) {
    return new Period(
        LocalDate.of(articleDate.getYear() - 1, 12, 31),
        articleDate,
        "(no period named: year to date)",
        "default: base 31 Dec of the previous year, end the article date");
  }

  private static Period resolve(String s, LocalDate at) {
    Matcher m = YTD.matcher(s);
    if (m.find()) {
      return new Period(
          LocalDate.of(at.getYear() - 1, 12, 31),
          at,
          m.group(),
          "year to date: base 31 Dec of the previous year");
    }
    m = SINCE_PART.matcher(s);
    if (m.find()) {
      int day =
          switch (m.group(1)) {
            case "late" -> 21;
            case "mid" -> 11;
            default -> 1;
          };
      LocalDate base = latest(Month.valueOf(m.group(2).toUpperCase()), day, at);
      return new Period(
          base, at, m.group(), m.group(1) + " month: base the " + day + "th (1st for early)");
    }
    m = SINCE_DAY.matcher(s);
    if (m.find()) {
      LocalDate base =
          latest(Month.valueOf(m.group(1).toUpperCase()), Integer.parseInt(m.group(2)), at);
      return new Period(base, at, m.group(), "since a day: base that day");
    }
    m = THROUGH.matcher(s);
    if (m.find()) {
      Month mo = Month.valueOf(m.group(1).toUpperCase());
      int day = Integer.parseInt(m.group(2));
      LocalDate end =
          m.group(3) == null
              ? latest(mo, day, at)
              : LocalDate.of(Integer.parseInt(m.group(3)), mo, day);
      return new Period(
          LocalDate.of(end.getYear() - 1, 12, 31),
          end,
          m.group(),
          "through a day: end that day, base 31 Dec of the year before");
    }
    m = PART_YEAR.matcher(s);
    if (m.find()) {
      int y = Integer.parseInt(m.group(2));
      return switch (m.group(1)) {
        case "late" ->
            new Period(
                LocalDate.of(y, 8, 31), LocalDate.of(y, 12, 31), m.group(), "late year: Sep-Dec");
        case "mid" ->
            new Period(
                LocalDate.of(y, 4, 30), LocalDate.of(y, 8, 31), m.group(), "mid year: May-Aug");
        default ->
            new Period(
                LocalDate.of(y - 1, 12, 31),
                LocalDate.of(y, 4, 30),
                m.group(),
                "early year: Jan-Apr");
      };
    }
    m = START_YEAR.matcher(s);
    if (m.find()) {
      int y = Integer.parseInt(m.group(1));
      LocalDate end = at.getYear() == y ? at : LocalDate.of(y, 1, 31);
      return new Period(
          LocalDate.of(y - 1, 12, 31),
          end,
          m.group(),
          "start of a year: to the article date in that year, else its January");
    }
    m = TRAILING.matcher(s);
    if (m.find()) {
      LocalDate base =
          switch (m.group(2)) {
            case "week" -> at.minusDays(7);
            case "month" -> at.minusMonths(1);
            default -> at.minusYears(1);
          };
      return new Period(base, at, m.group(), "trailing " + m.group(2) + " to the article date");
    }
    m = IN_MONTH.matcher(s);
    if (m.find()) {
      Month mo = Month.valueOf(m.group(1).toUpperCase());
      YearMonth ym;
      if (m.group(2) != null) {
        ym = YearMonth.of(Integer.parseInt(m.group(2)), mo);
      } else {
        ym = YearMonth.of(at.getYear(), mo);
        if (ym.atDay(1).isAfter(at)) {
          ym = ym.minusYears(1);
        }
      }
      return new Period(
          ym.minusMonths(1).atEndOfMonth(),
          ym.atEndOfMonth(),
          m.group(),
          "calendar month: base the last day of the month before");
    }
    m = YEAR.matcher(s);
    if (m.find()) {
      int y = Integer.parseInt(m.group(1));
      return new Period(
          LocalDate.of(y - 1, 12, 31),
          LocalDate.of(y, 12, 31),
          m.group().strip(),
          "calendar year: base 31 Dec of the year before");
    }
    return null;
  }

  /** The latest {@code month}/{@code day} on or before {@code at}. */
  private static LocalDate latest(Month month, int day, LocalDate at) {
    LocalDate d = LocalDate.of(at.getYear(), month, day);
    return d.isAfter(at) ? d.minusYears(1) : d;
  }
}
