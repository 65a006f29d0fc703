package dev.rotor.bench;

import dev.rotor.regime.MarkovSwitching;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The inputs of {@link RegimeBenchmark}: the two series of the regime oracle, written by the
 * statsmodels peer ({@code rotor-bench/src/main/python/regime_statsmodels.py export DIR}) as one
 * full-precision value per line in {@code DIR/<name>.txt}, so that both sides fit the same numbers.
 *
 * <p>{@code main(DIR)} prints, per data set, the count, the SHA-256 of the values (little-endian
 * doubles) and the log-likelihood of {@link MarkovSwitching#fit(double[])}, in the peer's format.
 */
public final class RegimeData {

  /** System property naming the folder of the exported series. */
  static final String PROPERTY = "rotor.regimeInput";

  /** The data sets, in the order the driver prints them. */
  static final List<String> NAMES = List.of("rut_spx_weekly", "smb_monthly");

  private RegimeData() {}

  /** The series {@code name} read from {@code folder}. */
  static double[] read(Path folder, String name) {
    try {
      return Files.readAllLines(folder.resolve(name + ".txt")).stream()
          .filter(line -> !line.isBlank())
          .mapToDouble(Double::parseDouble)
          .toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder named by the system property {@value #PROPERTY}. */
  static Path folder() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null) {
      throw new IllegalStateException(
          "set -D" + PROPERTY + "=DIR (written by regime_statsmodels.py export DIR)");
    }
    return Path.of(dir);
  }

  /**
   * Prints the data digests and the fitted log-likelihoods: {@code java -cp benchmarks.jar
   * dev.rotor.bench.RegimeData DIR}.
   */
  public static void main(String[] args) throws NoSuchAlgorithmException {
    Path folder = args.length > 0 ? Path.of(args[0]) : folder();
    for (String name : NAMES) {
      double[] y = read(folder, name);
      ByteBuffer bytes = ByteBuffer.allocate(y.length * Double.BYTES);
      bytes.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(y);
      String digest =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
      double llf = MarkovSwitching.fit(y).logLikelihood();
      System.out.printf("%s n %d sha256 %s llf %.10f%n", name, y.length, digest, llf);
    }
  }
}
