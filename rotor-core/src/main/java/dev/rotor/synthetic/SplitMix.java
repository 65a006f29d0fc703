package dev.rotor.synthetic;

/**
 * A SplitMix64 pseudo-random generator (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014; constants of Vigna's reference {@code splitmix64.c}) with standard
 * normal draws by Marsaglia's polar method.
 *
 * <p>Written out here rather than taken from the JDK so that every draw is specified bit for bit:
 * integer arithmetic plus {@link StrictMath}, hence identical on every JVM. Not thread-safe; each
 * generated component owns its own stream ({@link #stream}).
 */
final class SplitMix {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final double UNIT = 0x1.0p-53;

  private long state;
  private double spare;
  private boolean hasSpare;

  SplitMix(long seed) {
    this.state = seed;
  }

  /**
   * An independent stream for component {@code tag} of the market generated from {@code seed}: its
   * state is {@code mix(seed + GOLDEN * (tag + 1))}, so streams do not depend on how much any other
   * stream drew.
   */
  static SplitMix stream(long seed, long tag) {
    return new SplitMix(mix(seed + GOLDEN * (tag + 1)));
  }

  /** The SplitMix64 output function (variant 13 of Stafford's mixers). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The next 64 random bits. */
  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform on {@code [0, 1)} with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * UNIT;
  }

  /** Uniform integer on {@code [0, bound)}, {@code bound > 0}, by rejection (no modulo bias). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound: must be > 0, was " + bound);
    }
    long limit = (1L << 31) - ((1L << 31) % bound);
    while (true) {
      long r = nextLong() >>> 33;
      if (r < limit) {
        return (int) (r % bound);
      }
    }
  }

  /** A standard normal draw (Marsaglia polar method; the second value of each pair is kept). */
  double nextGaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double f = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    spare = v * f;
    hasSpare = true;
    return u * f;
  }
}
