package dev.rotor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders a {@link Report} as JSON with snake_case names (streamed with Jackson's generator; no
 * reflection). Top level: {@code title, asof, synthetic, disclaimer, headline {leader, laggard,
 * window, spread, text, sentence}, sections[] {id, title, sentences[], tables[], charts[],
 * blocks[]}, rules[]}. A sentence is {@code {id, kind, text, sources[] {id, origin, from, to},
 * rule, rests_on[]}} ({@code rule} is the rule id or null); dates are ISO strings or null; NaN is
 * written as null. {@code blocks} keeps the reading order as references by id.
 */
public final class JsonRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator g;

  private JsonRenderer(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Renders the report.
   *
   * @param report the report model
   * @return pretty-printed JSON
   */
  public static String render(Report report) {
    StringWriter out = new StringWriter(1 << 16);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      new JsonRenderer(g).report(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void report(Report r) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", r.title());
    g.writeStringField("asof", r.asOf().toString());
    g.writeBooleanField("synthetic", r.synthetic());
    g.writeStringField("disclaimer", r.disclaimer());
    Headline h = r.headline();
    g.writeObjectFieldStart("headline");
    g.writeStringField("leader", h.leader());
    g.writeStringField("laggard", h.laggard());
    g.writeStringField("window", h.window());
    number("spread", h.spread());
    g.writeStringField("text", h.sentence().text());
    g.writeFieldName("sentence");
    sentence(h.sentence());
    g.writeEndObject();
    g.writeArrayFieldStart("sections");
    for (Section s : r.sections()) {
      section(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rules");
    for (Rule rule : r.rules()) {
      g.writeStartObject();
      g.writeStringField("id", rule.id());
      g.writeStringField("statement", rule.statement());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void section(Section s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    g.writeArrayFieldStart("sentences");
    for (Sentence sentence : s.sentences()) {
      sentence(sentence);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tables");
    for (Block b : s.blocks()) {
      if (b instanceof Table t) {
        table(t);
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("charts");
    for (Block b : s.blocks()) {
      if (b instanceof Chart c) {
        chart(c);
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("blocks");
    for (Block b : s.blocks()) {
      g.writeStartObject();
      if (b instanceof Paragraph p) {
        g.writeStringField("type", "paragraph");
        g.writeArrayFieldStart("sentences");
        for (Sentence sentence : p.sentences()) {
          g.writeString(sentence.id());
        }
        g.writeEndArray();
      } else if (b instanceof Table t) {
        g.writeStringField("type", "table");
        g.writeStringField("id", t.id());
      } else if (b instanceof Chart c) {
        g.writeStringField("type", "chart");
        g.writeStringField("id", c.spec().id());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void sentence(Sentence s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("kind", s.kind().name());
    g.writeStringField("text", s.text());
    sources(s.sources());
    g.writeStringField("rule", s.rule() == null ? null : s.rule().id());
    strings("rests_on", s.restsOn());
    g.writeEndObject();
  }

  private void sources(List<Source> sources) throws IOException {
    g.writeArrayFieldStart("sources");
    for (Source src : sources) {
      g.writeStartObject();
      g.writeStringField("id", src.id());
      g.writeStringField("origin", src.origin());
      date("from", src.from());
      date("to", src.to());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void table(Table t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("caption", t.caption());
    strings("columns", t.columns());
    g.writeArrayFieldStart("rows");
    for (List<String> row : t.rows()) {
      g.writeStartArray();
      for (String cell : row) {
        g.writeString(cell);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    sources(t.sources());
    g.writeEndObject();
  }

  private void chart(Chart c) throws IOException {
    ChartSpec spec = c.spec();
    g.writeStartObject();
    g.writeStringField("id", spec.id());
    g.writeStringField("title", spec.title());
    if (spec instanceof LineChart l) {
      g.writeStringField("type", "line");
      g.writeStringField("y_label", l.yLabel());
      g.writeBooleanField("log_scale", l.logScale());
      number("reference", l.reference());
      g.writeArrayFieldStart("lines");
      for (LineChart.Line line : l.lines()) {
        g.writeStartObject();
        g.writeStringField("name", line.name());
        dates("dates", line.dates());
        numbers("values", line.values());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("bands");
      for (LineChart.Band b : l.bands()) {
        g.writeStartObject();
        date("from", b.from());
        date("to", b.to());
        g.writeStringField("label", b.label());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (spec instanceof RrgChart rrg) {
      g.writeStringField("type", "rrg");
      g.writeArrayFieldStart("tails");
      for (RrgChart.Tail t : rrg.tails()) {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        dates("dates", t.dates());
        numbers("ratio", t.ratio());
        numbers("momentum", t.momentum());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (spec instanceof BarChart bar) {
      g.writeStringField("type", "bar");
      g.writeStringField("y_label", bar.yLabel());
      strings("categories", bar.categories());
      g.writeArrayFieldStart("groups");
      for (BarChart.Group group : bar.groups()) {
        g.writeStartObject();
        g.writeStringField("name", group.name());
        numbers("values", group.values());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (spec instanceof HistogramChart h) {
      g.writeStringField("type", "histogram");
      g.writeStringField("x_label", h.xLabel());
      numbers("edges", h.edges());
      g.writeArrayFieldStart("series");
      for (HistogramChart.Counts counts : h.series()) {
        g.writeStartObject();
        g.writeStringField("name", counts.name());
        g.writeArrayFieldStart("counts");
        for (int n : counts.counts()) {
          g.writeNumber(n);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    sources(c.sources());
    g.writeEndObject();
  }

  private void number(String name, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(name, v);
    } else {
      g.writeNullField(name);
    }
  }

  private void numbers(String name, double[] values) throws IOException {
    g.writeArrayFieldStart(name);
    for (double v : values) {
      if (Double.isFinite(v)) {
        g.writeNumber(v);
      } else {
        g.writeNull();
      }
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void dates(String name, List<LocalDate> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (LocalDate d : values) {
      g.writeString(d.toString());
    }
    g.writeEndArray();
  }

  private void date(String name, LocalDate d) throws IOException {
    if (d == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, d.toString());
    }
  }
}
