package dev.rotor.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One tab of a {@link HeadlessChromium}: what the page logged as errors, JavaScript evaluation, PNG
 * screenshots and printing to PDF.
 */
public final class ChromiumPage implements AutoCloseable {
  private final CdpConnection cdp;
  private final String targetId;
  private final String session;

  ChromiumPage(CdpConnection cdp, String targetId, String session) {
    this.cdp = cdp;
    this.targetId = targetId;
    this.session = session;
  }

  void start(URI url, int width, int height) throws IOException {
    send("Runtime.enable", null);
    send("Log.enable", null);
    send("Page.enable", null);
    send(
        "Emulation.setDeviceMetricsOverride",
        params()
            .put("width", width)
            .put("height", height)
            .put("deviceScaleFactor", 1)
            .put("mobile", false));
    send("Page.navigate", params().put("url", url.toString()));
    cdp.await(
        e ->
            session.equals(e.path("sessionId").asText())
                && "Page.loadEventFired".equals(e.path("method").asText()));
    evaluate("document.fonts ? document.fonts.ready.then(() => true) : true");
  }

  /**
   * Console errors, failed assertions, uncaught exceptions and browser log errors (e.g. a blocked
   * or failed resource load) seen so far, one line each.
   */
  public List<String> consoleErrors() throws IOException {
    evaluate("0"); // round trip: every earlier event has now arrived
    List<String> errors = new ArrayList<>();
    for (JsonNode e : cdp.events()) {
      if (!session.equals(e.path("sessionId").asText())) {
        continue;
      }
      JsonNode p = e.path("params");
      switch (e.path("method").asText()) {
        case "Runtime.consoleAPICalled" -> {
          String type = p.path("type").asText();
          if (type.equals("error") || type.equals("assert")) {
            errors.add("console." + type + ": " + p.path("args"));
          }
        }
        case "Runtime.exceptionThrown" -> {
          JsonNode d = p.path("exceptionDetails");
          errors.add(
              "uncaught: "
                  + d.path("exception").path("description").asText(d.path("text").asText()));
        }
        case "Log.entryAdded" -> {
          JsonNode entry = p.path("entry");
          if (entry.path("level").asText().equals("error")) {
            errors.add("log: " + entry.path("text").asText() + " " + entry.path("url").asText());
          }
        }
        default -> {}
      }
    }
    return errors;
  }

  /**
   * Evaluates a JavaScript expression (awaiting a promise) and returns its JSON value.
   *
   * @throws IOException when the expression throws
   */
  public JsonNode evaluate(String expression) throws IOException {
    JsonNode r =
        send(
            "Runtime.evaluate",
            params()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Emulates a CSS media type ("print" or "screen"; "" restores the default). */
  public void emulateMedia(String media) throws IOException {
    send("Emulation.setEmulatedMedia", params().put("media", media));
  }

  /** A PNG of the whole page (beyond the viewport), at CSS-pixel scale. */
  public byte[] screenshot() throws IOException {
    JsonNode size =
        evaluate(
            "({w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight})");
    ObjectNode clip =
        params()
            .put("x", 0)
            .put("y", 0)
            .put("width", size.get("w").asInt())
            .put("height", size.get("h").asInt())
            .put("scale", 1);
    ObjectNode p = params().put("format", "png").put("captureBeyondViewport", true);
    p.set("clip", clip);
    return Base64.getDecoder().decode(send("Page.captureScreenshot", p).get("data").asText());
  }

  /** The page printed to PDF with its CSS page size and backgrounds. */
  public byte[] printToPdf() throws IOException {
    ObjectNode p = params().put("printBackground", true).put("preferCSSPageSize", true);
    return Base64.getDecoder().decode(send("Page.printToPDF", p).get("data").asText());
  }

  private ObjectNode params() {
    return CdpConnection.JSON.createObjectNode();
  }

  private JsonNode send(String method, ObjectNode params) throws IOException {
    return cdp.send(session, method, params);
  }

  @Override
  public void close() throws IOException {
    cdp.send(null, "Target.closeTarget", params().put("targetId", targetId));
  }
}
