package dev.rotor.analogs;

import dev.rotor.returns.ReturnKind;
import java.util.List;
import java.util.Objects;

/**
 * What is measured after analog dates, and how analogs are kept apart. Shared by both rules.
 *
 * <ul>
 *   <li>{@code kind}: relative returns are {@code level(t) / level(s) - 1 = (1 + r_small) / (1 +
 *       r_large) - 1} under {@link ReturnKind#SIMPLE} (default), or the log spread {@code
 *       ln(level(t) / level(s))} under {@link ReturnKind#LOG}. It applies to states, thresholds and
 *       forward returns alike.
 *   <li>{@code horizonMonths}: forward horizons, default 1, 3, 6, 12 months.
 *   <li>{@code exclusionMonths}: two analogs are at least this many months apart (default 12); it
 *       must cover the longest horizon, so forward windows of analogs never overlap.
 *   <li>{@code resamples}, {@code seed}, {@code confidence}: the bootstrap interval of the mean
 *       forward return (default 10,000 resamples, seed 1, 90 %; percentile method).
 * </ul>
 *
 * @param kind how relative returns are measured
 * @param horizonMonths forward horizons in months, strictly ascending, each at least 1
 * @param exclusionMonths minimum spacing of analogs in months, at least the longest horizon
 * @param resamples bootstrap resamples, at least 1
 * @param seed seed of the bootstrap's {@link java.util.Random}
 * @param confidence coverage of the bootstrap interval, strictly between 0 and 1
 */
public record AnalogSpec(
    ReturnKind kind,
    List<Integer> horizonMonths,
    int exclusionMonths,
    int resamples,
    long seed,
    double confidence) {

  /** Default forward horizons: 1, 3, 6 and 12 months. */
  public static final List<Integer> DEFAULT_HORIZON_MONTHS = List.of(1, 3, 6, 12);

  /** Default spacing of analogs: 12 months, the longest default horizon. */
  public static final int DEFAULT_EXCLUSION_MONTHS = 12;

  /** Default number of bootstrap resamples. */
  public static final int DEFAULT_RESAMPLES = 10_000;

  /** Default bootstrap seed. */
  public static final long DEFAULT_SEED = 1L;

  /** Default interval coverage: 90 %. */
  public static final double DEFAULT_CONFIDENCE = 0.90;

  /** Validates the spec and copies the horizons. */
  public AnalogSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(horizonMonths, "horizonMonths");
    horizonMonths = List.copyOf(horizonMonths);
    if (horizonMonths.isEmpty()) {
      throw new IllegalArgumentException("horizonMonths: must not be empty");
    }
    for (int i = 0; i < horizonMonths.size(); i++) {
      int h = horizonMonths.get(i);
      if (h < 1) {
        throw new IllegalArgumentException("horizonMonths: " + h + " is below 1");
      }
      if (i > 0 && h <= horizonMonths.get(i - 1)) {
        throw new IllegalArgumentException(
            "horizonMonths: " + horizonMonths + " is not strictly ascending");
      }
    }
    int longest = horizonMonths.get(horizonMonths.size() - 1);
    if (exclusionMonths < longest) {
      throw new IllegalArgumentException(
          "exclusionMonths: "
              + exclusionMonths
              + " is shorter than the longest horizon "
              + longest
              + " (forward windows would overlap)");
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples: " + resamples + " is below 1");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence: " + confidence + " is not in (0, 1)");
    }
  }

  /** The defaults: simple relative returns, horizons 1/3/6/12, 12-month spacing, 10,000 x 90 %. */
  public static AnalogSpec defaults() {
    return new AnalogSpec(
        ReturnKind.SIMPLE,
        DEFAULT_HORIZON_MONTHS,
        DEFAULT_EXCLUSION_MONTHS,
        DEFAULT_RESAMPLES,
        DEFAULT_SEED,
        DEFAULT_CONFIDENCE);
  }

  /** This spec with another return kind. */
  public AnalogSpec withKind(ReturnKind kind) {
    return new AnalogSpec(kind, horizonMonths, exclusionMonths, resamples, seed, confidence);
  }

  /** This spec with other horizons and spacing. */
  public AnalogSpec withHorizons(List<Integer> horizonMonths, int exclusionMonths) {
    return new AnalogSpec(kind, horizonMonths, exclusionMonths, resamples, seed, confidence);
  }

  /** This spec with another bootstrap set-up. */
  public AnalogSpec withBootstrap(int resamples, long seed, double confidence) {
    return new AnalogSpec(kind, horizonMonths, exclusionMonths, resamples, seed, confidence);
  }

  /** The longest horizon in months. */
  public int longestHorizonMonths() {
    return horizonMonths.get(horizonMonths.size() - 1);
  }
}
