package dev.rotor.leadership;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The named windows, measured back from the end close {@code E} (the last close on or before the
 * as-of date). Each starts at the <b>last close before it</b>, its base close:
 *
 * <ul>
 *   <li>{@link #YTD}, {@link #QTD}, {@link #MTD}: the last close strictly before the first day of
 *       {@code E}'s year, quarter or month (the last close of the prior year, quarter or month).
 *   <li>{@link #ONE_WEEK} ... {@link #TEN_YEARS}: the last close on or before {@code E} minus the
 *       calendar offset (7 days, or 1, 3, 6 months, or 1, 3, 5, 10 years). A month or year
 *       subtraction that lands on a day the month lacks is clamped to the month's last day, as
 *       {@link LocalDate#minus} does: 2024-03-31 minus 1m is 2024-02-29.
 *   <li>{@link #MAX}: the first close.
 * </ul>
 *
 * <p>The offset is taken from {@code E}, the close actually used, not from the requested as-of
 * date: asked for Saturday 2026-01-31, the end is Friday 2026-01-30 and 1m starts at the last close
 * on or before 2025-12-30.
 */
public enum StandardWindow implements Window {
  /** Year to date: from the last close of the prior calendar year. */
  YTD("ytd", null, false),
  /** Month to date: from the last close of the prior calendar month. */
  MTD("mtd", null, false),
  /** Quarter to date: from the last close of the prior calendar quarter. */
  QTD("qtd", null, false),
  /** One week: from the last close on or before {@code E} minus 7 days. */
  ONE_WEEK("1w", Period.ofWeeks(1), false),
  /** One month: from the last close on or before {@code E} minus one calendar month. */
  ONE_MONTH("1m", Period.ofMonths(1), false),
  /** Three months: from the last close on or before {@code E} minus three calendar months. */
  THREE_MONTHS("3m", Period.ofMonths(3), false),
  /** Six months: from the last close on or before {@code E} minus six calendar months. */
  SIX_MONTHS("6m", Period.ofMonths(6), false),
  /** One year: from the last close on or before {@code E} minus one calendar year. */
  ONE_YEAR("1y", Period.ofYears(1), false),
  /** Three years, annualised: from the last close on or before {@code E} minus three years. */
  THREE_YEARS("3y", Period.ofYears(3), true),
  /** Five years, annualised: from the last close on or before {@code E} minus five years. */
  FIVE_YEARS("5y", Period.ofYears(5), true),
  /** Ten years, annualised: from the last close on or before {@code E} minus ten years. */
  TEN_YEARS("10y", Period.ofYears(10), true),
  /** All the data: from the first close; annualised when it spans more than a year. */
  MAX("max", null, false);

  private final String label;
  private final Period offset;
  private final boolean multiYear;

  StandardWindow(String label, Period offset, boolean multiYear) {
    this.label = label;
    this.offset = offset;
    this.multiYear = multiYear;
  }

  @Override
  public String label() {
    return label;
  }

  /** The calendar offset of 1w ... 10y; empty for the to-date windows and {@link #MAX}. */
  public Optional<Period> offset() {
    return Optional.ofNullable(offset);
  }

  /** True for 3y, 5y and 10y, whose returns are always also given annualised. */
  boolean multiYear() {
    return multiYear;
  }

  /** The window with this label (case-insensitive), if any. */
  static Optional<StandardWindow> find(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (StandardWindow w : values()) {
      if (w.label.equals(t)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /** All labels, comma-separated, in declaration order. */
  static String labels() {
    StringJoiner j = new StringJoiner(", ");
    for (StandardWindow w : values()) {
      j.add(w.label);
    }
    return j.toString();
  }

  @Override
  public String toString() {
    return label;
  }
}
