package dev.rotor.quality;

import dev.rotor.series.SeriesKind;
import java.util.Objects;

/**
 * The thresholds of {@link DataChecks}. Returns and tolerances are decimal fractions ({@code 0.25}
 * = 25 %).
 *
 * @param indexJump absolute daily simple return above which an INDEX series has a {@link
 *     CheckKind#JUMP}; default 0.25
 * @param etfJump the same for ETF series; default 0.25
 * @param stockJump the same for STOCK series; default 0.40 (single stocks move more)
 * @param staleRun number of consecutive identical closes that makes a {@link CheckKind#STALE_RUN};
 *     at least 2; default 5
 * @param ohlcTolerance relative amount by which high may fall below low, or open/close leave {@code
 *     [low, high]}, before the bar is {@link CheckKind#OHLC_INCONSISTENT}; default 0.001 (0.1 %,
 *     room for a vendor mixing a consolidated close with primary-exchange high/low)
 * @param splitTolerance relative distance of a one-day price ratio from a split ratio within which
 *     the move is {@link CheckKind#SPLIT_LIKE}; in {@code [0, 0.2]}; default 0.05 (room for the
 *     day's market move)
 * @param longGapRun a run of more than this many consecutive missing trading days is a {@link
 *     CheckKind#GAP} {@link Severity#ERROR}; shorter runs are warnings; default 10 (two weeks)
 * @param listedDates how many example dates a message lists; default 5
 */
public record CheckThresholds(
    double indexJump,
    double etfJump,
    double stockJump,
    int staleRun,
    double ohlcTolerance,
    double splitTolerance,
    int longGapRun,
    int listedDates) {

  private static final double MAX_SPLIT_TOLERANCE = 0.2;

  /** Validates every threshold. */
  public CheckThresholds {
    requirePositive("indexJump", indexJump);
    requirePositive("etfJump", etfJump);
    requirePositive("stockJump", stockJump);
    if (staleRun < 2) {
      throw new IllegalArgumentException("staleRun: " + staleRun + " must be at least 2");
    }
    if (!(ohlcTolerance >= 0) || Double.isInfinite(ohlcTolerance)) {
      throw new IllegalArgumentException(
          "ohlcTolerance: " + ohlcTolerance + " must be finite and non-negative");
    }
    if (!(splitTolerance >= 0 && splitTolerance <= MAX_SPLIT_TOLERANCE)) {
      throw new IllegalArgumentException(
          "splitTolerance: " + splitTolerance + " must be in [0, " + MAX_SPLIT_TOLERANCE + "]");
    }
    if (longGapRun < 1) {
      throw new IllegalArgumentException("longGapRun: " + longGapRun + " must be at least 1");
    }
    if (listedDates < 1) {
      throw new IllegalArgumentException("listedDates: " + listedDates + " must be at least 1");
    }
  }

  /** The defaults documented on each component. */
  public static CheckThresholds defaults() {
    return new CheckThresholds(0.25, 0.25, 0.40, 5, 0.001, 0.05, 10, 5);
  }

  /**
   * The jump threshold of a price kind.
   *
   * @throws IllegalArgumentException for a kind that is not a price ({@link SeriesKind#isLevel()})
   */
  public double jumpThreshold(SeriesKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case INDEX -> indexJump;
      case ETF -> etfJump;
      case STOCK -> stockJump;
      default ->
          throw new IllegalArgumentException(
              "kind: " + kind.label() + " has no jump threshold (not a price series)");
    };
  }

  /**
   * A copy with another jump threshold for one price kind.
   *
   * @throws IllegalArgumentException for a kind that is not a price, or a threshold that is not
   *     positive and finite
   */
  public CheckThresholds withJumpThreshold(SeriesKind kind, double threshold) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case INDEX ->
          new CheckThresholds(
              threshold,
              etfJump,
              stockJump,
              staleRun,
              ohlcTolerance,
              splitTolerance,
              longGapRun,
              listedDates);
      case ETF ->
          new CheckThresholds(
              indexJump,
              threshold,
              stockJump,
              staleRun,
              ohlcTolerance,
              splitTolerance,
              longGapRun,
              listedDates);
      case STOCK ->
          new CheckThresholds(
              indexJump,
              etfJump,
              threshold,
              staleRun,
              ohlcTolerance,
              splitTolerance,
              longGapRun,
              listedDates);
      default ->
          throw new IllegalArgumentException(
              "kind: " + kind.label() + " has no jump threshold (not a price series)");
    };
  }

  /** A copy with another stale-run length. */
  public CheckThresholds withStaleRun(int newStaleRun) {
    return new CheckThresholds(
        indexJump,
        etfJump,
        stockJump,
        newStaleRun,
        ohlcTolerance,
        splitTolerance,
        longGapRun,
        listedDates);
  }

  /** A copy with another long-gap run length. */
  public CheckThresholds withLongGapRun(int newLongGapRun) {
    return new CheckThresholds(
        indexJump,
        etfJump,
        stockJump,
        staleRun,
        ohlcTolerance,
        splitTolerance,
        newLongGapRun,
        listedDates);
  }

  private static void requirePositive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + ": " + v + " must be positive and finite");
    }
  }
}
