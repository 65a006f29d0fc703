/**
 * Exchange time: which days a market trades.
 *
 * <p>Key types: {@link dev.rotor.time.TradingCalendar}, the interface every calendar-aware routine
 * takes, and {@link dev.rotor.time.NyseCalendar}, the rule-based New York Stock Exchange calendar
 * for 1953-2100 (entry point {@code NyseCalendar.instance()}). The package-private {@code
 * NyseHoliday} enum holds the holiday rules and their weekend observance.
 */
package dev.rotor.time;
