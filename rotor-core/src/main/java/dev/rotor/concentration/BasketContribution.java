package dev.rotor.concentration;

import java.util.List;
import java.util.Objects;

/**
 * The summed contribution of a group of names (top N by start weight, or a named basket).
 *
 * @param label the group's name, e.g. {@code "top 10"} or {@code "Magnificent Seven"}
 * @param names the members found among the names used, in descending start weight
 * @param missing requested members not among the names used (not in the snapshot, or lacking
 *     prices)
 * @param startWeight summed start weight
 * @param contribution summed contribution
 * @param shareOfTotal {@code contribution / indexReturn}; NaN when the index return is 0 or NaN
 *     (can exceed 1 or be negative when the rest of the index fell)
 */
public record BasketContribution(
    String label,
    List<String> names,
    List<String> missing,
    double startWeight,
    double contribution,
    double shareOfTotal) {

  /** Validates and copies the lists. */
  public BasketContribution {
    Objects.requireNonNull(label, "label");
    names = List.copyOf(names);
    missing = List.copyOf(missing);
  }
}
