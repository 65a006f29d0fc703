package dev.rotor.report.build;

import dev.rotor.report.Section;

/** The "Risks" section. */
final class RiskSection {
  private RiskSection() {}

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("risks", "Risks");
    return w.build();
  }
}
