package dev.rotor.bench;

import dev.rotor.stats.Ewma;
import dev.rotor.stats.RollingComoments;
import dev.rotor.stats.RollingMoments;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The benchmark inputs: two return-like series generated bit for bit the same way by this class and
 * by the pandas peer ({@code rotor-bench/src/main/python/rolling_pandas.py}), so both sides time
 * the same numbers.
 *
 * <p>Uniform number {@code j = 0, 1, 2, ...} is SplitMix64 at state {@code SEED + (j + 1) * GAMMA}
 * (64-bit wrap-around), mixed by the standard finaliser, then its top 53 bits times {@code 2^-53}.
 * Point {@code i} uses uniforms {@code 4i .. 4i + 3}:
 *
 * <pre>
 *   x[i] = 0.02 * ((u[4i] + u[4i+1]) - 1.0)                         (the "market")
 *   y[i] = 1.2 * x[i] + 0.01 * ((u[4i+2] + u[4i+3]) - 1.0)          (a beta-1.2 "small cap")
 * </pre>
 *
 * Only additions and multiplications of doubles are used, so numpy reproduces every bit.
 *
 * <p>{@code main(n, window)} prints the SHA-256 of both arrays (little-endian doubles) and the sum
 * of each kernel's output, for the driver to compare with the peer.
 */
public final class BenchData {

  static final long SEED = 20240601L;
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  private BenchData() {}

  /** The pair {@code {x, y}} of length {@code n}. */
  static double[][] pair(int n) {
    double[] x = new double[n];
    double[] y = new double[n];
    long state = SEED;
    for (int i = 0; i < n; i++) {
      double u0 = uniform(state += GAMMA);
      double u1 = uniform(state += GAMMA);
      double u2 = uniform(state += GAMMA);
      double u3 = uniform(state += GAMMA);
      x[i] = 0.02 * ((u0 + u1) - 1.0);
      y[i] = 1.2 * x[i] + 0.01 * ((u2 + u3) - 1.0);
    }
    return new double[][] {x, y};
  }

  private static double uniform(long state) {
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }

  /**
   * Prints the data digests and the output sums: {@code java -cp benchmarks.jar
   * dev.rotor.bench.BenchData 10000000 63}.
   */
  public static void main(String[] args) throws NoSuchAlgorithmException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    int window = args.length > 1 ? Integer.parseInt(args[1]) : 63;
    double[][] xy = pair(n);
    double[] x = xy[0];
    double[] y = xy[1];
    System.out.println("sha256 x " + sha256(x));
    System.out.println("sha256 y " + sha256(y));
    System.out.printf("sum mean %.12e%n", sum(RollingMoments.mean(x, window)));
    System.out.printf("sum std %.12e%n", sum(RollingMoments.std(x, window)));
    System.out.printf("sum beta %.12e%n", sum(RollingComoments.beta(y, x, window)));
    System.out.printf("sum correlation %.12e%n", sum(RollingComoments.correlation(x, y, window)));
    System.out.printf("sum ewmaStd %.12e%n", sum(Ewma.std(x, RollingBenchmark.SPAN)));
  }

  private static String sha256(double[] values) throws NoSuchAlgorithmException {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES);
    bytes.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(values);
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        s += v;
      }
    }
    return s;
  }
}
