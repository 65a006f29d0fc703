package dev.rotor.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar of exchange trading days. Implementations are immutable and rule based; see {@link
 * NyseCalendar} for the New York Stock Exchange.
 */
public interface TradingCalendar {

  /** Short name of the calendar, for messages and provenance (e.g. {@code "NYSE"}). */
  String name();

  /** The first date this calendar can answer for ({@link LocalDate#MIN} when unbounded). */
  default LocalDate supportedFrom() {
    return LocalDate.MIN;
  }

  /** The last date this calendar can answer for ({@link LocalDate#MAX} when unbounded). */
  default LocalDate supportedTo() {
    return LocalDate.MAX;
  }

  /** True when the exchange holds a regular or shortened session on {@code date}. */
  boolean isTradingDay(LocalDate date);

  /** The first trading day strictly after {@code date}. */
  default LocalDate nextTradingDay(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (!isTradingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The last trading day strictly before {@code date}. */
  default LocalDate previousTradingDay(LocalDate date) {
    LocalDate d = date.minusDays(1);
    while (!isTradingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * Every trading day in {@code [from, to]}, ascending; empty when {@code to} is before {@code
   * from}.
   */
  default List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isTradingDay(d)) {
        out.add(d);
      }
    }
    return out;
  }
}
