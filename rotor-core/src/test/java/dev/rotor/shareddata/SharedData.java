package dev.rotor.shareddata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real public data that lives beside the repository in {@code ../shared/data}.
 *
 * <p>The folder comes from the system property {@code rotor.sharedData} (set by the Maven build),
 * else the environment variable {@code ROTOR_SHARED_DATA}, else {@code ../shared/data} relative to
 * the working directory and its parent. When a file is missing the calling test is skipped with a
 * message, except under {@code CI=true}, where a missing file is a failure.
 */
public final class SharedData {

  private SharedData() {}

  /** The data folder, or a non-existent path when none was found. */
  public static Path root() {
    String prop = System.getProperty("rotor.sharedData");
    if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).normalize();
    }
    String env = System.getenv("ROTOR_SHARED_DATA");
    if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
      return Path.of(env).normalize();
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path p = cwd; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate.normalize();
      }
    }
    return Path.of(prop == null ? "../shared/data" : prop);
  }

  /**
   * The file at {@code relative} under the data folder. Skips the test when it is missing, or fails
   * it when the environment variable {@code CI} is {@code true}.
   */
  public static Path file(String relative) {
    Path p = root().resolve(relative);
    boolean present = Files.exists(p);
    String msg = "shared data file not found: " + p + " (tests that need ../shared/data)";
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(msg + "; CI=true, so a missing file is a failure");
    }
    assumeTrue(present, msg + "; skipped outside CI");
    return p;
  }
}
