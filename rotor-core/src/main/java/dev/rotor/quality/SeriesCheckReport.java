package dev.rotor.quality;

import dev.rotor.series.SeriesId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of {@link DataChecks} on one series.
 *
 * @param id the series checked
 * @param observations number of observations (bars or dates) in the series
 * @param checked the checks that applied to this series (by kind and frequency); a check not in
 *     this set was not run, which is different from having run and found nothing
 * @param findings the findings, ordered by check (enum order) then by date
 */
public record SeriesCheckReport(
    SeriesId id, int observations, Set<CheckKind> checked, List<Finding> findings) {

  /** Validates and copies the fields. */
  public SeriesCheckReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(checked, "checked");
    Objects.requireNonNull(findings, "findings");
    if (observations < 0) {
      throw new IllegalArgumentException("observations: " + observations + " is negative");
    }
    checked =
        checked.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(CheckKind.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(checked));
    findings = List.copyOf(findings);
    for (Finding f : findings) {
      if (!checked.contains(f.check())) {
        throw new IllegalArgumentException(
            "findings: a " + f.check().label() + " finding for a check that was not run");
      }
    }
  }

  /** Number of {@link Severity#ERROR} findings. */
  public int errorCount() {
    return (int) findings.stream().filter(Finding::isError).count();
  }

  /** Number of {@link Severity#WARNING} findings. */
  public int warningCount() {
    return findings.size() - errorCount();
  }

  /** True when there is no finding at all. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** The findings of one check, in report order. */
  public List<Finding> findings(CheckKind check) {
    return findings.stream().filter(f -> f.check() == check).toList();
  }
}
