package dev.rotor.analogs;

/**
 * The distribution of forward relative returns at one horizon after a set of analog dates.
 *
 * <p>With no analogs every statistic is NaN and {@code count} is 0. The interval is the bootstrap
 * percentile interval of the mean (see {@code docs/conventions-analogs.md}). Always show {@code
 * count}: below {@link #THIN_BELOW} analogs the sample is {@link #thin()}.
 *
 * @param horizonMonths the horizon in months
 * @param count number of analogs
 * @param mean arithmetic mean of the forward returns
 * @param median median (the average of the two middle values for an even count)
 * @param hitRate fraction of forward returns strictly above 0
 * @param lower lower end of the bootstrap interval of the mean
 * @param upper upper end of the bootstrap interval of the mean
 */
public record ForwardSummary(
    int horizonMonths,
    int count,
    double mean,
    double median,
    double hitRate,
    double lower,
    double upper) {

  /** Samples with fewer analogs than this are flagged thin. */
  public static final int THIN_BELOW = 10;

  /** Validates the horizon and count. */
  public ForwardSummary {
    if (horizonMonths < 1) {
      throw new IllegalArgumentException("horizonMonths: " + horizonMonths + " is below 1");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count: " + count + " is negative");
    }
    if (lower > upper) {
      throw new IllegalArgumentException("lower: " + lower + " is above upper " + upper);
    }
  }

  /** True when fewer than {@value #THIN_BELOW} analogs back the statistics. */
  public boolean thin() {
    return count < THIN_BELOW;
  }
}
