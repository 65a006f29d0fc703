package dev.rotor.report.build;

import dev.rotor.report.Section;

/** The "Historical context" section. */
final class HistorySection {
  private HistorySection() {}

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("history", "Historical context");
    return w.build();
  }
}
