package dev.rotor.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a claim can be about, and the store series that measure it.
 *
 * @param key stable upper-case key ({@code RUSSELL_2000})
 * @param name display name
 * @param role what part it plays in default comparisons
 * @param members one list of alternative series ids (preference order) per basket member; one
 *     member is a plain series
 * @param volumeSeries the id of bars with a volume column, used for trading-volume claims, if any
 */
public record Entity(
    String key, String name, Role role, List<List<String>> members, Optional<String> volumeSeries) {

  /** Default-comparison roles. */
  public enum Role {
    /** Small caps; the counterpart of {@link #LARGE}. */
    SMALL,
    /** Large caps; the counterpart of {@link #SMALL} and the default benchmark. */
    LARGE,
    /** Any other group: an index, a sector, a basket. */
    GROUP,
    /** A yield in percent, used by rate-sensitivity claims. */
    RATE
  }

  /** Validates and copies the fields. */
  public Entity {
    if (key == null || !key.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("key: not an upper-case key: " + key);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(volumeSeries, "volumeSeries");
    if (members == null || members.isEmpty()) {
      throw new IllegalArgumentException("members: none for " + key);
    }
    members = members.stream().map(List::copyOf).toList();
    for (List<String> m : members) {
      if (m.isEmpty()) {
        throw new IllegalArgumentException("members: an empty member in " + key);
      }
    }
  }

  /** True for an equal-weighted basket of several members. */
  public boolean basket() {
    return members.size() > 1;
  }
}
