package dev.rotor.claims;

import java.util.List;

/**
 * Counts of each verdict.
 *
 * @param supported claims the data support
 * @param contradicted claims the data contradict
 * @param unverifiable claims that cannot be tested
 */
public record Summary(int supported, int contradicted, int unverifiable) {

  /** Validates the counts. */
  public Summary {
    if (supported < 0 || contradicted < 0 || unverifiable < 0) {
      throw new IllegalArgumentException("counts: negative");
    }
  }

  /** The counts of {@code checks}. */
  public static Summary of(List<ClaimCheck> checks) {
    int s = 0;
    int c = 0;
    int u = 0;
    for (ClaimCheck k : checks) {
      switch (k.verdict()) {
        case SUPPORTED -> s++;
        case CONTRADICTED -> c++;
        case UNVERIFIABLE -> u++;
      }
    }
    return new Summary(s, c, u);
  }

  /** The summary line: {@code 12 supported, 3 contradicted, 4 unverifiable}. */
  public String line() {
    return supported
        + " supported, "
        + contradicted
        + " contradicted, "
        + unverifiable
        + " unverifiable";
  }
}
