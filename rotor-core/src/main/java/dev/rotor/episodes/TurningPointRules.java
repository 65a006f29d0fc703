package dev.rotor.episodes;

import dev.rotor.series.Frequency;

/**
 * The censoring rules of the turning-point dating in {@link TurningPoints}, in the Bry-Boschan /
 * Pagan-Sossounov family. Durations count observations (periods) of the dated series; amplitudes
 * are relative moves of the line ({@code end / start - 1}).
 *
 * <p>Defaults ({@code docs/conventions-episodes.md} gives the reasoning):
 *
 * <table>
 *   <caption>Default rules by frequency</caption>
 *   <tr><th>rule</th><th>{@link #monthly()}</th><th>{@link #weekly()}</th><th>{@link #daily()}</th></tr>
 *   <tr><td>window (either side)</td><td>8</td><td>35</td><td>168</td></tr>
 *   <tr><td>minimum phase</td><td>4</td><td>17</td><td>84</td></tr>
 *   <tr><td>phase exemption</td><td>20%</td><td>20%</td><td>20%</td></tr>
 *   <tr><td>minimum cycle</td><td>16</td><td>69</td><td>336</td></tr>
 *   <tr><td>minimum amplitude</td><td>10%</td><td>10%</td><td>10%</td></tr>
 *   <tr><td>end exclusion</td><td>6</td><td>26</td><td>126</td></tr>
 * </table>
 *
 * <p>The monthly durations are those Pagan and Sossounov (2003) use for monthly stock prices
 * (window 8 months, phases of at least 4 months unless the move exceeds 20%, cycles of at least 16
 * months, no turn within 6 months of the ends). The weekly and daily durations are the same
 * calendar spans at 52/12 weeks and 21 trading days a month, rounded. The 10% minimum amplitude is
 * half the 20% bear-market convention, because a small/large relative-strength line is about half
 * to two thirds as volatile as an equity index (RUT/SPX daily 2016-2026: 11.9% a year against 18.0%
 * for the S&amp;P 500; the Fama-French SMB factor: about 11% against about 18% for the market).
 *
 * @param window a candidate peak (trough) is the highest (lowest) value within {@code window}
 *     observations on either side; at least 1
 * @param minPhase minimum periods from a turning point to the next, at least 1
 * @param phaseExemption a phase shorter than {@code minPhase} is kept when its relative move is at
 *     least this large in absolute value (Pagan-Sossounov's 20%); {@code +Infinity} exempts
 *     nothing; at least 0
 * @param minCycle minimum periods from a peak to the next peak and from a trough to the next
 *     trough, at least 2
 * @param minAmplitude minimum relative move of every phase: a rise from trough to peak of at least
 *     {@code +minAmplitude}, a fall from peak to trough of at least {@code -minAmplitude}; in [0,
 *     1)
 * @param endExclusion no turning point within this many periods of either end of the sample unless
 *     the move between it and the end value meets {@code minAmplitude}; at least 0
 */
public record TurningPointRules(
    int window,
    int minPhase,
    double phaseExemption,
    int minCycle,
    double minAmplitude,
    int endExclusion) {

  /** Validates every rule, naming the offending component. */
  public TurningPointRules {
    if (window < 1) {
      throw new IllegalArgumentException("window: must be >= 1, was " + window);
    }
    if (minPhase < 1) {
      throw new IllegalArgumentException("minPhase: must be >= 1, was " + minPhase);
    }
    if (!(phaseExemption >= 0)) {
      throw new IllegalArgumentException(
          "phaseExemption: must be >= 0 (+Infinity for none), was " + phaseExemption);
    }
    if (minCycle < 2) {
      throw new IllegalArgumentException("minCycle: must be >= 2, was " + minCycle);
    }
    if (!(minAmplitude >= 0 && minAmplitude < 1)) {
      throw new IllegalArgumentException("minAmplitude: must be in [0, 1), was " + minAmplitude);
    }
    if (endExclusion < 0) {
      throw new IllegalArgumentException("endExclusion: must be >= 0, was " + endExclusion);
    }
  }

  /** Pagan-Sossounov monthly durations with a 10% minimum amplitude: 8, 4, 20%, 16, 10%, 6. */
  public static TurningPointRules monthly() {
    return new TurningPointRules(8, 4, 0.20, 16, 0.10, 6);
  }

  /** The monthly calendar spans at 52/12 weeks a month: 35, 17, 20%, 69, 10%, 26. */
  public static TurningPointRules weekly() {
    return new TurningPointRules(35, 17, 0.20, 69, 0.10, 26);
  }

  /** The monthly calendar spans at 21 trading days a month: 168, 84, 20%, 336, 10%, 126. */
  public static TurningPointRules daily() {
    return new TurningPointRules(168, 84, 0.20, 336, 0.10, 126);
  }

  /**
   * The defaults for {@code frequency}.
   *
   * @throws IllegalArgumentException for quarterly and annual data, which have no defaults (too few
   *     periods for the monthly spans to translate)
   */
  public static TurningPointRules forFrequency(Frequency frequency) {
    return switch (frequency) {
      case DAILY -> daily();
      case WEEKLY -> weekly();
      case MONTHLY -> monthly();
      default ->
          throw new IllegalArgumentException(
              "frequency: no default turning-point rules for " + frequency.label());
    };
  }

  /** A copy with another window. */
  public TurningPointRules withWindow(int newWindow) {
    return new TurningPointRules(
        newWindow, minPhase, phaseExemption, minCycle, minAmplitude, endExclusion);
  }

  /** A copy with another minimum phase. */
  public TurningPointRules withMinPhase(int newMinPhase) {
    return new TurningPointRules(
        window, newMinPhase, phaseExemption, minCycle, minAmplitude, endExclusion);
  }

  /** A copy with another phase exemption. */
  public TurningPointRules withPhaseExemption(double newExemption) {
    return new TurningPointRules(
        window, minPhase, newExemption, minCycle, minAmplitude, endExclusion);
  }

  /** A copy with another minimum cycle. */
  public TurningPointRules withMinCycle(int newMinCycle) {
    return new TurningPointRules(
        window, minPhase, phaseExemption, newMinCycle, minAmplitude, endExclusion);
  }

  /** A copy with another minimum amplitude. */
  public TurningPointRules withMinAmplitude(double newMinAmplitude) {
    return new TurningPointRules(
        window, minPhase, phaseExemption, minCycle, newMinAmplitude, endExclusion);
  }

  /** A copy with another end exclusion. */
  public TurningPointRules withEndExclusion(int newEndExclusion) {
    return new TurningPointRules(
        window, minPhase, phaseExemption, minCycle, minAmplitude, newEndExclusion);
  }
}
