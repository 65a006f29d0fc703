package dev.rotor.report.svg;

/**
 * A small SVG writer over a {@link StringBuilder}: coordinates with at most one decimal
 * (Locale-independent), escaped text, and the shared frame of every chart (root element, title,
 * legend, axis titles).
 */
final class Svg {
  /** Root font; DejaVu Sans is installed by CI, the rest are fallbacks. */
  static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";

  /** Approximate advance of one character at 12 px in DejaVu Sans, for layout only. */
  static final double CHAR_PX = 7.2;

  private final StringBuilder sb;

  /** Opens the root element (well-formed XML, so it also parses outside HTML). */
  Svg(String type, String id, String title, int width, int height) {
    sb = new StringBuilder(4096);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" data-chart=\"");
    escape(sb, id);
    sb.append("\" data-type=\"").append(type).append("\" viewBox=\"0 0 ");
    sb.append(width).append(' ').append(height).append("\" width=\"").append(width);
    sb.append("\" height=\"").append(height);
    sb.append("\" role=\"img\" font-family=\"").append(FONT).append("\" font-size=\"12\">");
    sb.append("<title>");
    escape(sb, title);
    sb.append("</title>");
  }

  /** Appends raw markup (already escaped). */
  Svg raw(String s) {
    sb.append(s);
    return this;
  }

  /** Appends a coordinate rounded to one decimal, without a trailing ".0". */
  Svg num(double v) {
    appendNum(sb, v);
    return this;
  }

  /** Appends escaped text. */
  Svg esc(String s) {
    escape(sb, s);
    return this;
  }

  /** A text element; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String anchor, String cls, String s) {
    sb.append("<text x=\"");
    appendNum(sb, x);
    sb.append("\" y=\"");
    appendNum(sb, y);
    sb.append("\" text-anchor=\"").append(anchor).append('"');
    if (cls != null) {
      sb.append(" class=\"").append(cls).append('"');
    }
    sb.append('>');
    escape(sb, s);
    sb.append("</text>");
    return this;
  }

  /** A line segment with a class and extra raw attributes (may be empty). */
  Svg line(double x1, double y1, double x2, double y2, String cls, String attrs) {
    sb.append("<line class=\"").append(cls).append("\" x1=\"");
    appendNum(sb, x1);
    sb.append("\" y1=\"");
    appendNum(sb, y1);
    sb.append("\" x2=\"");
    appendNum(sb, x2);
    sb.append("\" y2=\"");
    appendNum(sb, y2);
    sb.append("\" ").append(attrs).append("/>");
    return this;
  }

  /** Opens a rectangle; the caller closes it with {@code "/>"} or a child title. */
  Svg rectOpen(double x, double y, double w, double h, String cls, String attrs) {
    sb.append("<rect class=\"").append(cls).append("\" x=\"");
    appendNum(sb, x);
    sb.append("\" y=\"");
    appendNum(sb, y);
    sb.append("\" width=\"");
    appendNum(sb, Math.max(0, w));
    sb.append("\" height=\"");
    appendNum(sb, Math.max(0, h));
    sb.append("\" ").append(attrs);
    return this;
  }

  /** Closes an element opened by {@link #rectOpen} with a tooltip title. */
  Svg closeWithTitle(String tag, String tooltip) {
    sb.append("><title>");
    escape(sb, tooltip);
    sb.append("</title></").append(tag).append('>');
    return this;
  }

  /** A title rotated along the left edge, centred on {@code cy}. */
  Svg yTitle(double x, double cy, String s) {
    sb.append("<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"");
    appendNum(sb, -cy);
    sb.append("\" y=\"");
    appendNum(sb, x);
    sb.append("\" text-anchor=\"middle\">");
    escape(sb, s);
    sb.append("</text>");
    return this;
  }

  /**
   * Lays out a legend of swatches from the left edge, wrapping rows at {@code width}; returns the
   * number of rows drawn. {@code kinds[i]} is "line", "dash", "box" or "band" (a translucent box).
   */
  int legend(
      double left, double top, double width, String[] names, String[] colours, String[] kinds) {
    double x = left;
    double y = top;
    int rows = names.length == 0 ? 0 : 1;
    sb.append("<g class=\"legend\">");
    for (int i = 0; i < names.length; i++) {
      double w = 26 + names[i].length() * CHAR_PX + 16;
      if (x > left && x + w > left + width) {
        x = left;
        y += 18;
        rows++;
      }
      if (kinds[i].equals("box") || kinds[i].equals("band")) {
        String opacity = kinds[i].equals("band") ? "\" fill-opacity=\"0.35" : "";
        rectOpen(
            x,
            y - 9,
            18,
            10,
            "swatch",
            "fill=\"" + colours[i] + opacity + "\" stroke=\"#555\" stroke-width=\"0.5\"/>");
      } else {
        String dash = kinds[i].equals("dash") ? " stroke-dasharray=\"5 3\"" : "";
        line(
            x,
            y - 4,
            x + 18,
            y - 4,
            "swatch",
            "stroke=\"" + colours[i] + "\" stroke-width=\"2.5\"" + dash);
      }
      text(x + 24, y, "start", null, names[i]);
      x += w;
    }
    sb.append("</g>");
    return rows;
  }

  /** Closes the root element and returns the markup. */
  String end() {
    sb.append("</svg>");
    return sb.toString();
  }

  /** Appends {@code v} with at most one decimal ("12", "12.5", "-0.3"); NaN as 0. */
  static void appendNum(StringBuilder sb, double v) {
    if (!Double.isFinite(v)) {
      sb.append('0');
      return;
    }
    long tenths = Math.round(v * 10);
    if (tenths < 0) {
      sb.append('-');
      tenths = -tenths;
    }
    sb.append(tenths / 10);
    long frac = tenths % 10;
    if (frac != 0) {
      sb.append('.').append(frac);
    }
  }

  /** XML/HTML text and attribute escaping. */
  static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
  }
}
