package dev.rotor.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where imported data came from.
 *
 * @param path the file as the user named it, or a label such as {@code "(generated)"}
 * @param sha256 lower-case hex SHA-256 of its bytes
 */
public record SourceInfo(String path, String sha256) {

  /** Validates. */
  public SourceInfo {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** Hashes {@code file}. */
  public static SourceInfo of(Path file) throws IOException {
    return new SourceInfo(file.toString(), sha256(file));
  }

  /** Lower-case hex SHA-256 of the file's bytes. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
