package dev.rotor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceInfoTest {

  /** Oracle: {@code printf 'abc' | sha256sum} (FIPS 180-2 example "abc"). */
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void sha256_knownVector_matchesSha256sum(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("abc.txt");
    Files.writeString(f, "abc", StandardCharsets.US_ASCII);
    assertThat(SourceInfo.sha256(f)).isEqualTo(ABC);
    assertThat(SourceInfo.sha256("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    assertThat(SourceInfo.of(f).path()).isEqualTo(f.toString());
  }
}
