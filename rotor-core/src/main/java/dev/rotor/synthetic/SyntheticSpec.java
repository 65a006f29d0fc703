package dev.rotor.synthetic;

import dev.rotor.time.TradingCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: the seed, the date range and calendar, the number of stocks and the planted
 * parameters. The same spec always gives the same {@link SyntheticData}, on any JVM.
 *
 * @param seed the random seed
 * @param start first calendar day (the market starts on the first trading day on or after it)
 * @param end last calendar day, on or after {@code start}
 * @param calendar which days are trading days
 * @param stockCount number of synthetic stocks, 1 to 9999
 * @param planted the model parameters; the first regime must start on or before {@code start}
 */
public record SyntheticSpec(
    long seed,
    LocalDate start,
    LocalDate end,
    TradingCalendar calendar,
    int stockCount,
    PlantedParameters planted) {

  /** The seed of {@link #defaults()}. */
  public static final long DEFAULT_SEED = 42L;

  /**
   * Largest supported number of stocks (tickers have at least three digits: S001, or S0001 beyond
   * 999).
   */
  public static final int MAX_STOCKS = 9999;

  /** Validates the fields. */
  public SyntheticSpec {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(planted, "planted");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end: " + end + " is before start " + start);
    }
    if (stockCount < 1 || stockCount > MAX_STOCKS) {
      throw new IllegalArgumentException(
          "stockCount: must be in [1, " + MAX_STOCKS + "], was " + stockCount);
    }
    LocalDate first = planted.regimes().get(0).start();
    if (first.isAfter(start)) {
      throw new IllegalArgumentException(
          "planted: the first regime starts on " + first + ", after start " + start);
    }
  }

  /**
   * The default market: seed 42, 2014-01-02 to 2025-12-31 on the NYSE calendar ({@link
   * dev.rotor.time.NyseCalendar}), 300 stocks, {@link PlantedParameters#defaults()}.
   */
  public static SyntheticSpec defaults() {
    return new SyntheticSpec(
        DEFAULT_SEED,
        LocalDate.of(2014, 1, 2),
        LocalDate.of(2025, 12, 31),
        dev.rotor.time.NyseCalendar.instance(),
        300,
        PlantedParameters.defaults());
  }

  /** A copy with another seed. */
  public SyntheticSpec withSeed(long newSeed) {
    return new SyntheticSpec(newSeed, start, end, calendar, stockCount, planted);
  }

  /** A copy with another date range. */
  public SyntheticSpec withDates(LocalDate newStart, LocalDate newEnd) {
    return new SyntheticSpec(seed, newStart, newEnd, calendar, stockCount, planted);
  }

  /** A copy with another trading calendar (for instance the NYSE calendar). */
  public SyntheticSpec withCalendar(TradingCalendar newCalendar) {
    return new SyntheticSpec(seed, start, end, newCalendar, stockCount, planted);
  }

  /** A copy with another number of stocks. */
  public SyntheticSpec withStockCount(int newCount) {
    return new SyntheticSpec(seed, start, end, calendar, newCount, planted);
  }

  /** A copy with other planted parameters. */
  public SyntheticSpec withPlanted(PlantedParameters newPlanted) {
    return new SyntheticSpec(seed, start, end, calendar, stockCount, newPlanted);
  }
}
