package dev.rotor.report.build;

import dev.rotor.report.Section;

/** The "Drivers" section. */
final class DriversSection {
  private DriversSection() {}

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("drivers", "Drivers");
    return w.build();
  }
}
