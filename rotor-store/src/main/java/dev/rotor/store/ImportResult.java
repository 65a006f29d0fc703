package dev.rotor.store;

import java.util.List;

/**
 * What importing one file did.
 *
 * @param fileId the id given to the file
 * @param action added, unchanged (identical bytes already stored) or replaced (a new vintage)
 * @param series number of series written
 * @param rows number of observations, bars and snapshot rows written
 * @param snapshots number of cross-sections written
 * @param notes remarks from the parser and the store (e.g. which vintage was replaced)
 */
public record ImportResult(
    String fileId, Action action, int series, long rows, int snapshots, List<String> notes) {

  /** Copies the notes. */
  public ImportResult {
    notes = List.copyOf(notes);
  }

  /** What happened to the store. */
  public enum Action {
    /** The file was new. */
    ADDED,
    /** The same bytes were already imported under this id; nothing was written. */
    UNCHANGED,
    /** Another version of the file was stored under this id; it was replaced whole. */
    REPLACED
  }
}
