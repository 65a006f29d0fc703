package dev.rotor.report.build;

import dev.rotor.report.Section;

/** The "What it means for an investor" section. */
final class InvestorSection {
  private InvestorSection() {}

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("investor", "What it means for an investor");
    return w.build();
  }
}
