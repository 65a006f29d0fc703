package dev.rotor.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Report} as GitHub-flavoured Markdown. A FACT is followed by footnote markers
 * ({@code [^n]}) whose footnotes list each source's series, dates and origin; an INTERPRETATION is
 * prefixed with <b>[Interpretation]</b> and followed by "(rule X; rests on a, b)". Tables become
 * GFM tables; charts, which Markdown cannot draw, become a titled summary line per series (first
 * and last date and value). Text is escaped so it is never read as markup.
 */
public final class MarkdownRenderer {
  private final Report report;
  private final StringBuilder sb = new StringBuilder(1 << 14);
  private final Map<Source, Integer> footnotes = new LinkedHashMap<>();

  private MarkdownRenderer(Report report) {
    this.report = report;
  }

  /**
   * Renders the report.
   *
   * @param report the report model
   * @return Markdown text
   */
  public static String render(Report report) {
    return new MarkdownRenderer(report).document();
  }

  private String document() {
    sb.append("# ").append(esc(report.title())).append("\n\n");
    if (report.synthetic()) {
      sb.append("> **SYNTHETIC DATA \u2014 generated sample, not real market data**\n\n");
    }
    sb.append("As of ").append(report.asOf()).append("\n\n");
    sb.append("> ").append(esc(report.disclaimer())).append("\n\n");
    Headline h = report.headline();
    sb.append("## Headline\n\n");
    tableRow(List.of("Leader", "Laggard", "Window", "Spread"));
    sb.append("|---|---|---|---:|\n");
    tableRow(List.of(h.leader(), h.laggard(), h.window(), HtmlRenderer.spread(h.spread())));
    sb.append('\n');
    sentence(h.sentence());
    sb.append("\n\n");
    for (Section s : report.sections()) {
      section(s);
    }
    sb.append("## Rules and thresholds\n\n");
    tableRow(List.of("Rule", "Statement and thresholds"));
    sb.append("|---|---|\n");
    for (Rule r : report.rules()) {
      tableRow(List.of(r.id(), r.statement()));
    }
    sb.append('\n');
    if (!footnotes.isEmpty()) {
      sb.append("## Sources\n\n");
      for (Map.Entry<Source, Integer> e : footnotes.entrySet()) {
        sb.append("[^").append(e.getValue()).append("]: ").append(esc(e.getKey().label()));
        if (!e.getKey().origin().isEmpty()) {
          sb.append(" \u2014 ").append(esc(e.getKey().origin()));
        }
        sb.append('\n');
      }
      sb.append('\n');
    }
    sb.append("---\n\n").append(esc(report.disclaimer())).append('\n');
    return sb.toString();
  }

  private void section(Section s) {
    sb.append("## ").append(esc(s.title())).append("\n\n");
    for (Block b : s.blocks()) {
      if (b instanceof Paragraph p) {
        for (int i = 0; i < p.sentences().size(); i++) {
          if (i > 0) {
            sb.append(' ');
          }
          sentence(p.sentences().get(i));
        }
        sb.append("\n\n");
      } else if (b instanceof Table t) {
        table(t);
      } else if (b instanceof Chart c) {
        chart(c);
      }
    }
  }

  private void sentence(Sentence s) {
    if (s.kind() == SentenceKind.FACT) {
      sb.append(esc(s.text()));
      markers(s.sources());
      return;
    }
    sb.append("**[Interpretation]** ").append(esc(s.text()));
    sb.append(" _(rule ").append(esc(s.rule().id())).append("; rests on ");
    sb.append(esc(String.join(", ", s.restsOn()))).append(")_");
  }

  private void markers(List<Source> sources) {
    for (Source src : sources) {
      int n = footnotes.computeIfAbsent(src, k -> footnotes.size() + 1);
      sb.append("[^").append(n).append(']');
    }
  }

  private void table(Table t) {
    sb.append("**").append(esc(t.caption())).append("**");
    markers(t.sources());
    sb.append("\n\n");
    tableRow(t.columns());
    sb.append('|');
    for (int i = 0; i < t.columns().size(); i++) {
      sb.append("---|");
    }
    sb.append('\n');
    for (List<String> row : t.rows()) {
      tableRow(row);
    }
    sb.append('\n');
  }

  private void tableRow(List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(esc(c).replace("\n", " ")).append(" |");
    }
    sb.append('\n');
  }

  private void chart(Chart c) {
    ChartSpec spec = c.spec();
    sb.append("**Chart: ").append(esc(spec.title())).append("**");
    markers(c.sources());
    sb.append("\n\n");
    if (spec instanceof LineChart l) {
      sb.append("Line chart; y: ").append(esc(l.yLabel()));
      sb.append(l.logScale() ? "; logarithmic axis" : "").append(".\n\n");
      for (LineChart.Line line : l.lines()) {
        double[] v = line.values();
        sb.append("- ").append(esc(line.name()));
        if (v.length > 0) {
          sb.append(": ").append(point(line.dates().get(0), v[0]));
          sb.append(" \u2192 ").append(point(line.dates().get(v.length - 1), v[v.length - 1]));
          sb.append(" (").append(v.length).append(" points)");
        }
        sb.append('\n');
      }
      for (LineChart.Band b : l.bands()) {
        sb.append("- shaded: ").append(esc(b.label())).append(' ');
        sb.append(b.from()).append(" to ").append(b.to()).append('\n');
      }
    } else if (spec instanceof RrgChart rrg) {
      sb.append("Relative-rotation graph (RS-ratio, RS-momentum; latest point).\n\n");
      for (RrgChart.Tail t : rrg.tails()) {
        int last = t.dates().size() - 1;
        sb.append("- ").append(esc(t.name())).append(": ").append(t.dates().get(last));
        sb.append(" ratio ").append(num(t.ratio()[last]));
        sb.append(", momentum ").append(num(t.momentum()[last]));
        sb.append(" (tail from ").append(t.dates().get(0)).append(")\n");
      }
    } else if (spec instanceof BarChart bar) {
      sb.append("Bar chart; y: ").append(esc(bar.yLabel())).append(".\n\n");
      for (BarChart.Group g : bar.groups()) {
        double[] v = g.values();
        sb.append("- ").append(esc(g.name())).append(": ");
        for (int i = 0; i < v.length; i++) {
          sb.append(i > 0 ? ", " : "").append(esc(bar.categories().get(i))).append(' ');
          sb.append(num(v[i]));
        }
        sb.append('\n');
      }
    } else if (spec instanceof HistogramChart h) {
      double[] e = h.edges();
      sb.append("Histogram of ").append(esc(h.xLabel())).append(", ").append(e.length - 1);
      sb.append(" bins from ").append(num(e[0])).append(" to ").append(num(e[e.length - 1]));
      sb.append(".\n\n");
      for (HistogramChart.Counts counts : h.series()) {
        int total = 0;
        for (int n : counts.counts()) {
          total += n;
        }
        sb.append("- ").append(esc(counts.name())).append(": ").append(total);
        sb.append(" observations\n");
      }
    }
    sb.append('\n');
  }

  private static String point(LocalDate d, double v) {
    return d + " " + num(v);
  }

  /** Four significant digits, Locale.ROOT; NaN as "n/a". */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    if (s.contains("e") || s.contains("E")) {
      return s;
    }
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "");
      s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
    return s;
  }

  /** Backslash-escapes characters that Markdown would read as markup. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
