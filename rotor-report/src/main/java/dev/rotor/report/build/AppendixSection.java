package dev.rotor.report.build;

import dev.rotor.report.Section;
import java.util.List;

/** The appendix: data provenance, conventions and the rules behind every adjective. */
final class AppendixSection {
  private AppendixSection() {}

  static Section build(Context ctx, List<Section> before) {
    SectionWriter w = new SectionWriter("appendix", "Appendix: data, conventions and rules");
    return w.build();
  }
}
