package dev.rotor.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A historical stress window replayed on any series: from the close on (or last before) {@code
 * start} to the close on (or last before) {@code end}.
 *
 * @param name short label, e.g. {@code covid-2020}
 * @param start first date: the window's base close is the last close on or before it
 * @param end last date: the window's end close is the last close on or before it
 * @param definition where the dates come from
 */
public record StressWindow(String name, LocalDate start, LocalDate end, String definition) {

  /**
   * Global financial crisis, acute phase: from the start of September 2008 (Lehman Brothers filed
   * on 15 September 2008) to the S&amp;P 500's closing low of 676.53 on 9 March 2009.
   */
  public static final StressWindow GFC_2008 =
      new StressWindow(
          "gfc-2008",
          LocalDate.of(2008, 9, 1),
          LocalDate.of(2009, 3, 9),
          "September 2008 (Lehman failure, 15 Sep) to the S&P 500 closing low of 9 Mar 2009");

  /**
   * COVID-19 crash: S&amp;P 500 record close of 3,386.15 on 19 February 2020 to its closing low of
   * 2,237.40 on 23 March 2020.
   */
  public static final StressWindow COVID_2020 =
      new StressWindow(
          "covid-2020",
          LocalDate.of(2020, 2, 19),
          LocalDate.of(2020, 3, 23),
          "S&P 500 record close of 19 Feb 2020 to its closing low of 23 Mar 2020");

  /**
   * 2022 rate shock: calendar year 2022, from the S&amp;P 500 record close of 4,796.56 on 3 January
   * 2022 to the last session of the year, 30 December 2022 (the year's trough was 12 October).
   */
  public static final StressWindow RATES_2022 =
      new StressWindow(
          "rates-2022",
          LocalDate.of(2022, 1, 3),
          LocalDate.of(2022, 12, 30),
          "calendar 2022: S&P 500 record close of 3 Jan 2022 to the last session, 30 Dec 2022");

  /**
   * 2025 tariff shock: S&amp;P 500 record close of 6,144.15 on 19 February 2025 to its closing low
   * of 4,982.77 on 8 April 2025, the day before the 90-day tariff pause was announced.
   */
  public static final StressWindow TARIFFS_2025 =
      new StressWindow(
          "tariffs-2025",
          LocalDate.of(2025, 2, 19),
          LocalDate.of(2025, 4, 8),
          "S&P 500 record close of 19 Feb 2025 to its closing low of 8 Apr 2025 (tariff pause 9 Apr)");

  /** Validates the name and the order of the dates. */
  public StressWindow {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(definition, "definition");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end: " + end + " is not after start " + start);
    }
  }

  /** The four standard windows, in date order. */
  public static List<StressWindow> standard() {
    return List.of(GFC_2008, COVID_2020, RATES_2022, TARIFFS_2025);
  }
}
