package dev.rotor.report;

/** What a sentence of the report is. */
public enum SentenceKind {
  /** Generated from computed values; carries the series and dates it was computed from. */
  FACT,
  /**
   * Produced by a documented rule from facts; names the rule and the facts it rests on, and is
   * visibly labelled as an interpretation wherever it is rendered.
   */
  INTERPRETATION
}
