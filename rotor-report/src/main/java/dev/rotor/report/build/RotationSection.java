package dev.rotor.report.build;

import dev.rotor.report.Section;

/** The "The rotation" section. */
final class RotationSection {
  private RotationSection() {}

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("rotation", "The rotation");
    return w.build();
  }
}
