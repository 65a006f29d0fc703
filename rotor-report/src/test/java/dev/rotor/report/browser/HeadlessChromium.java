package dev.rotor.report.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol (no Selenium, nothing
 * downloaded). Launches {@code /usr/bin/chromium} with a fresh user-data directory and {@code
 * --remote-debugging-port=0}, reads the port from {@code DevToolsActivePort}, and opens pages as
 * {@link ChromiumPage}s. Close it to end the browser and delete its directory.
 *
 * <pre>{@code
 * HeadlessChromium.assumeAvailable();
 * try (HeadlessChromium chrome = HeadlessChromium.launch();
 *     ChromiumPage page = chrome.open(file.toUri())) {
 *   assertThat(page.consoleErrors()).isEmpty();
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
  /** The browser binary (Debian package {@code chromium}). */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--no-default-browser-check",
          "--disable-extensions",
          "--hide-scrollbars",
          "--mute-audio",
          "--remote-debugging-port=0");

  private final Process process;
  private final Path userDataDir;
  private final CdpConnection cdp;

  private HeadlessChromium(Process process, Path userDataDir, CdpConnection cdp) {
    this.process = process;
    this.userDataDir = userDataDir;
    this.cdp = cdp;
  }

  /** Whether the browser binary is installed. */
  public static boolean available() {
    return Files.isExecutable(CHROMIUM);
  }

  /**
   * Skips the calling test when Chromium is missing, except under {@code CI=true}, where a missing
   * browser fails the test (CI installs it).
   */
  public static void assumeAvailable() {
    if (!available() && "true".equals(System.getenv("CI"))) {
      fail(CHROMIUM + " is missing under CI=true (.ci/run installs the chromium package)");
    }
    assumeTrue(available(), CHROMIUM + " is not installed; browser test skipped");
  }

  /** Starts a headless browser with a fresh profile. */
  public static HeadlessChromium launch() throws IOException {
    Path dir = Files.createTempDirectory("rotor-chromium-");
    List<String> cmd = new ArrayList<>();
    cmd.add(CHROMIUM.toString());
    cmd.addAll(FLAGS);
    cmd.add("--user-data-dir=" + dir);
    cmd.add("about:blank");
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    try {
      Path portFile = dir.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      List<String> lines = List.of();
      while (lines.size() < 2) {
        if (!p.isAlive()) {
          throw new IOException("chromium exited: " + log(dir));
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("chromium did not open a DevTools port: " + log(dir));
        }
        if (Files.exists(portFile)) {
          lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
        }
        if (lines.size() < 2) {
          Thread.sleep(20);
        }
      }
      URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
      return new HeadlessChromium(p, dir, CdpConnection.connect(ws));
    } catch (IOException | RuntimeException e) {
      stop(p, dir);
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(p, dir);
      throw new IOException("interrupted launching chromium", e);
    }
  }

  /**
   * Opens {@code url} in a new tab of {@code width} x {@code height} CSS pixels and waits for its
   * load event; console errors and uncaught exceptions from then on are recorded.
   */
  public ChromiumPage open(URI url, int width, int height) throws IOException {
    ObjectNode create = CdpConnection.JSON.createObjectNode().put("url", "about:blank");
    String targetId = cdp.send(null, "Target.createTarget", create).get("targetId").asText();
    ObjectNode attach =
        CdpConnection.JSON.createObjectNode().put("targetId", targetId).put("flatten", true);
    String session = cdp.send(null, "Target.attachToTarget", attach).get("sessionId").asText();
    ChromiumPage page = new ChromiumPage(cdp, targetId, session);
    page.start(url, width, height);
    return page;
  }

  /** Opens {@code url} at 1100 x 900 CSS pixels. */
  public ChromiumPage open(URI url) throws IOException {
    return open(url, 1100, 900);
  }

  @Override
  public void close() {
    cdp.close();
    stop(process, userDataDir);
  }

  private static String log(Path dir) {
    try {
      return Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static void stop(Process p, Path dir) {
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Best effort: a late-exiting helper process may still be removing its own files.
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // left for the OS's temp cleaner
    }
  }
}
