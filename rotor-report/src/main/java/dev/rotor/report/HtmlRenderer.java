package dev.rotor.report;

import dev.rotor.report.svg.SvgCharts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a {@link Report} as one self-contained HTML5 file: inline CSS and inline SVG charts, no
 * script and no external reference, so it opens offline and prints (A4) as it shows.
 *
 * <p>Labelling: a FACT is underlined with a dotted line, carries its sources in a tooltip ({@code
 * title}) and numbered footnote markers that link to the "Sources" list; an INTERPRETATION is
 * tagged "Interpretation", shaded, and names its rule (linked to the appendix of rules) and the
 * facts it rests on (linked to those sentences). The disclaimer is shown at the top and the bottom;
 * a synthetic report carries a fixed banner on screen and on every printed page. The output is
 * deterministic: no timestamps, ids derived from the model's ids.
 */
public final class HtmlRenderer {
  private static final Pattern NUMERIC =
      Pattern.compile("[\\s+\\-\u2212]*[$€£]?[0-9][0-9,.]*\\s*(%|pp|bp|x|×)?");

  private final Report report;
  private final StringBuilder sb = new StringBuilder(1 << 16);
  private final Map<Source, Integer> footnotes = new LinkedHashMap<>();
  private final Map<String, Sentence> sentences = new HashMap<>();
  private final Set<String> ruleIds = new HashSet<>();

  private HtmlRenderer(Report report) {
    this.report = report;
    for (Sentence s : report.allSentences()) {
      sentences.putIfAbsent(s.id(), s);
      s.sources().forEach(this::footnote);
    }
    for (Section section : report.sections()) {
      for (Block b : section.blocks()) {
        if (b instanceof Table t) {
          t.sources().forEach(this::footnote);
        } else if (b instanceof Chart c) {
          c.sources().forEach(this::footnote);
        }
      }
    }
    report.rules().forEach(r -> ruleIds.add(r.id()));
  }

  /**
   * Renders the report.
   *
   * @param report the report model
   * @return a complete HTML document
   */
  public static String render(Report report) {
    return new HtmlRenderer(report).page();
  }

  private int footnote(Source s) {
    return footnotes.computeIfAbsent(s, k -> footnotes.size() + 1);
  }

  private String page() {
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    sb.append("<meta name=\"generator\" content=\"Rotor\">\n<title>");
    esc(report.title()).append("</title>\n<style>\n").append(HtmlStyle.CSS);
    if (report.synthetic()) {
      sb.append("@page{@top-center{content:\"SYNTHETIC DATA \\2014  not real market data\";")
          .append("font:700 9pt 'DejaVu Sans',sans-serif}}\n");
    }
    sb.append("</style>\n</head>\n<body class=\"");
    sb.append(report.synthetic() ? "report synthetic" : "report").append("\">\n");
    if (report.synthetic()) {
      sb.append("<div class=\"synthetic-banner\" id=\"synthetic-banner\" role=\"note\">")
          .append("<strong>SYNTHETIC DATA</strong><span class=\"more\"> \u2014 generated sample, ")
          .append("not real market data</span></div>\n");
    }
    sb.append("<header>\n<h1>");
    esc(report.title()).append("</h1>\n<p class=\"asof\">As of <time datetime=\"");
    sb.append(report.asOf()).append("\">").append(report.asOf()).append("</time></p>\n");
    disclaimer("disclaimer-top");
    sb.append("</header>\n<main>\n");
    headline();
    toc();
    for (Section s : report.sections()) {
      section(s);
    }
    rules();
    sources();
    sb.append("</main>\n<footer>\n");
    disclaimer("disclaimer-bottom");
    sb.append("</footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  private void disclaimer(String id) {
    sb.append("<p class=\"disclaimer\" id=\"").append(id).append("\">");
    esc(report.disclaimer()).append("</p>\n");
  }

  private void headline() {
    Headline h = report.headline();
    sb.append("<section class=\"headline\" id=\"headline\">\n<div class=\"kpis\">");
    kpi("Leader", h.leader());
    kpi("Laggard", h.laggard());
    kpi("Window", h.window());
    kpi("Spread", spread(h.spread()));
    sb.append("</div>\n<p class=\"para\">");
    sentence(h.sentence());
    sb.append("</p>\n</section>\n");
  }

  /** The spread (a decimal fraction) in percentage points, signed. */
  static String spread(double spread) {
    if (!Double.isFinite(spread)) {
      return "n/a";
    }
    String pp = NumberText.fixed(spread * 100, 1);
    return (pp.startsWith("\u2212") ? pp : "+" + pp) + " pp";
  }

  private void kpi(String key, String value) {
    sb.append("<div class=\"kpi\"><span class=\"k\">").append(key).append("</span>");
    sb.append("<span class=\"v\">");
    esc(value).append("</span></div>");
  }

  private void toc() {
    sb.append("<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong><ol>");
    for (Section s : report.sections()) {
      sb.append("<li><a href=\"#");
      escId("sec-", s.id()).append("\">");
      esc(s.title()).append("</a></li>");
    }
    sb.append("<li><a href=\"#rules\">Rules and thresholds</a></li>");
    sb.append("<li><a href=\"#sources\">Sources</a></li></ol></nav>\n");
  }

  private void section(Section s) {
    sb.append("<section class=\"section\" id=\"");
    escId("sec-", s.id()).append("\">\n<h2>");
    esc(s.title()).append("</h2>\n");
    for (Block b : s.blocks()) {
      if (b instanceof Paragraph p) {
        sb.append("<p class=\"para\">");
        for (int i = 0; i < p.sentences().size(); i++) {
          if (i > 0) {
            sb.append(' ');
          }
          sentence(p.sentences().get(i));
        }
        sb.append("</p>\n");
      } else if (b instanceof Table t) {
        table(t);
      } else if (b instanceof Chart c) {
        chart(c);
      }
    }
    sb.append("</section>\n");
  }

  private void sentence(Sentence s) {
    if (s.kind() == SentenceKind.FACT) {
      sb.append("<span class=\"fact\" data-kind=\"FACT\" id=\"");
      escId("s-", s.id()).append("\" title=\"Fact. Sources: ");
      esc(sourceLabels(s.sources())).append("\">");
      esc(s.text()).append("</span>");
      markers(s.sources());
      return;
    }
    sb.append("<span class=\"interp\" data-kind=\"INTERPRETATION\" id=\"");
    escId("s-", s.id()).append("\" title=\"Interpretation by rule ");
    esc(s.rule().id()).append(": ");
    esc(s.rule().statement()).append("\"><span class=\"tag\">Interpretation</span>");
    esc(s.text()).append(" <span class=\"basis\">(rule ");
    if (ruleIds.contains(s.rule().id())) {
      sb.append("<a href=\"#");
      escId("rule-", s.rule().id()).append("\">");
      esc(s.rule().id()).append("</a>");
    } else {
      esc(s.rule().id());
    }
    sb.append("; rests on ");
    List<String> facts = s.restsOn();
    for (int i = 0; i < facts.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Sentence fact = sentences.get(facts.get(i));
      if (fact == null) {
        esc(facts.get(i));
      } else {
        sb.append("<a class=\"rests-on\" href=\"#");
        escId("s-", fact.id()).append("\" title=\"");
        esc(fact.text()).append("\">");
        esc(fact.id()).append("</a>");
      }
    }
    sb.append(")</span></span>");
  }

  private void markers(List<Source> sources) {
    if (sources.isEmpty()) {
      return;
    }
    sb.append("<sup class=\"fn\">");
    for (int i = 0; i < sources.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      int n = footnote(sources.get(i));
      sb.append("<a href=\"#src-").append(n).append("\" title=\"");
      esc(sources.get(i).label()).append("\">").append(n).append("</a>");
    }
    sb.append("</sup>");
  }

  private static String sourceLabels(List<Source> sources) {
    StringBuilder s = new StringBuilder();
    for (Source src : sources) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(src.label());
    }
    return s.toString();
  }

  private void table(Table t) {
    sb.append("<table class=\"data\" id=\"");
    escId("t-", t.id()).append("\">\n<caption>");
    esc(t.caption());
    markers(t.sources());
    sb.append("</caption>\n<thead><tr>");
    boolean[] numeric = numericColumns(t);
    for (int c = 0; c < t.columns().size(); c++) {
      sb.append(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
      esc(t.columns().get(c)).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      sb.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        sb.append(numeric[c] ? "<td class=\"num\">" : "<td>");
        esc(row.get(c)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  /** A column is right-aligned when every non-blank cell looks like a number. */
  private static boolean[] numericColumns(Table t) {
    boolean[] numeric = new boolean[t.columns().size()];
    for (int c = 0; c < numeric.length; c++) {
      boolean any = false;
      boolean all = true;
      for (List<String> row : t.rows()) {
        String cell = row.get(c).strip();
        if (cell.isEmpty() || cell.equals("n/a") || cell.equals("\u2014")) {
          continue;
        }
        any = true;
        all &= NUMERIC.matcher(cell).matches();
      }
      numeric[c] = any && all;
    }
    return numeric;
  }

  private void chart(Chart c) {
    ChartSpec spec = c.spec();
    sb.append("<figure class=\"chart\" id=\"");
    escId("c-", spec.id()).append("\">\n<figcaption>");
    esc(spec.title()).append("</figcaption>\n");
    sb.append(SvgCharts.render(spec)).append('\n');
    if (!c.sources().isEmpty()) {
      sb.append("<p class=\"chart-sources\">Sources: ");
      esc(sourceLabels(c.sources()));
      markers(c.sources());
      sb.append("</p>\n");
    }
    sb.append("</figure>\n");
  }

  private void rules() {
    sb.append("<section class=\"section rules\" id=\"rules\">\n<h2>Rules and thresholds</h2>\n");
    sb.append("<p class=\"para\">Every interpretation and every qualifying word in this report ");
    sb.append("comes from one of these documented rules.</p>\n");
    sb.append("<table class=\"rules\">\n<thead><tr><th scope=\"col\">Rule</th>");
    sb.append("<th scope=\"col\">Statement and thresholds</th></tr></thead>\n<tbody>\n");
    for (Rule r : report.rules()) {
      sb.append("<tr id=\"");
      escId("rule-", r.id()).append("\"><td>");
      esc(r.id()).append("</td><td>");
      esc(r.statement()).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  private void sources() {
    sb.append(
        "<section class=\"section\" id=\"sources\">\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for (Map.Entry<Source, Integer> e : footnotes.entrySet()) {
      sb.append("<li id=\"src-").append(e.getValue()).append("\">");
      esc(e.getKey().label());
      if (!e.getKey().origin().isEmpty()) {
        sb.append(" <span class=\"origin\">\u2014 ");
        esc(e.getKey().origin()).append("</span>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ol>\n</section>\n");
  }

  private StringBuilder esc(String s) {
    escape(sb, s);
    return sb;
  }

  /** An element id: a prefix plus the model id with whitespace replaced, escaped. */
  private StringBuilder escId(String prefix, String id) {
    sb.append(prefix);
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isWhitespace(c)) {
        sb.append('_');
      } else {
        escape(sb, c);
      }
    }
    return sb;
  }

  /** HTML text and attribute escaping ({@code & < > " '}). */
  static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      escape(out, s.charAt(i));
    }
  }

  private static void escape(StringBuilder out, char c) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.append(c);
    }
  }
}
