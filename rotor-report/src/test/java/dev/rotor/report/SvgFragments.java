package dev.rotor.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test support: finds the inline SVG elements of an HTML page and parses each as XML. */
public final class SvgFragments {
  private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

  private SvgFragments() {}

  /** Each {@code <svg>...</svg>} of {@code html}, parsed (throws if one is not well-formed). */
  public static List<Document> parse(String html) {
    List<Document> docs = new ArrayList<>();
    Matcher m = SVG.matcher(html);
    while (m.find()) {
      docs.add(parseOne(m.group()));
    }
    return docs;
  }

  /** Parses one SVG element as a namespace-aware XML document. */
  public static Document parseOne(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Elements of {@code doc} whose class list contains {@code cls}. */
  public static List<Element> withClass(Document doc, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      for (String c : e.getAttribute("class").split("\\s+")) {
        if (c.equals(cls)) {
          out.add(e);
          break;
        }
      }
    }
    return out;
  }
}
