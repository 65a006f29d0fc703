package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SplitMixTest {

  private static final double TOL = 1e-15;

  /**
   * Published SplitMix64 reference outputs for state 0 (Vigna,
   * https://prng.di.unimi.it/splitmix64.c; the same three values recomputed with /usr/bin/python3
   * and 64-bit masked integer arithmetic).
   */
  @Test
  void nextLong_seedZero_matchesReferenceOutputs() {
    SplitMix rng = new SplitMix(0);

    assertThat(rng.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(rng.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(rng.nextLong()).isEqualTo(0x06C45D188009454FL);
  }

  /**
   * Polar-method normals from SplitMix64 state 0, computed independently with /usr/bin/python3: u =
   * 2 * ((x >> 11) * 2**-53) - 1 for two successive outputs, rejected while s = u^2 + v^2 is not in
   * (0, 1), then u * f and v * f with f = sqrt(-2 log(s) / s).
   */
  @Test
  void nextGaussian_seedZero_matchesPolarMethodOracle() {
    SplitMix rng = new SplitMix(0);

    assertThat(rng.nextGaussian()).isCloseTo(0.9845279121083984, offset(TOL));
    assertThat(rng.nextGaussian()).isCloseTo(-0.17586928586197706, offset(TOL));
    assertThat(rng.nextGaussian()).isCloseTo(-0.712066156240293, offset(TOL));
    assertThat(rng.nextGaussian()).isCloseTo(-0.3123445852505078, offset(TOL));
  }

  @Test
  void nextGaussian_manyDraws_haveStandardNormalMoments() {
    SplitMix rng = SplitMix.stream(7, 3);
    int n = 200_000;
    double s1 = 0;
    double s2 = 0;
    double s4 = 0;
    for (int i = 0; i < n; i++) {
      double z = rng.nextGaussian();
      s1 += z;
      s2 += z * z;
      s4 += z * z * z * z;
    }
    // Standard errors: mean 1/sqrt(n), variance sqrt(2/n), fourth moment sqrt(96/n).
    assertThat(s1 / n).isCloseTo(0.0, offset(4 / Math.sqrt(n)));
    assertThat(s2 / n).isCloseTo(1.0, offset(4 * Math.sqrt(2.0 / n)));
    assertThat(s4 / n).isCloseTo(3.0, offset(4 * Math.sqrt(96.0 / n)));
  }

  @Test
  void stream_sameSeedAndTag_sameSequence_otherTagOrSeed_differs() {
    long a = SplitMix.stream(42, 5).nextLong();

    assertThat(SplitMix.stream(42, 5).nextLong()).isEqualTo(a);
    assertThat(SplitMix.stream(42, 6).nextLong()).isNotEqualTo(a);
    assertThat(SplitMix.stream(43, 5).nextLong()).isNotEqualTo(a);
  }

  @Test
  void nextDoubleAndNextInt_manyDraws_stayInRangeAndCoverIt() {
    SplitMix rng = new SplitMix(11);
    int[] counts = new int[11];
    for (int i = 0; i < 110_000; i++) {
      double u = rng.nextDouble();
      assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      counts[rng.nextInt(11)]++;
    }
    // Each bucket expects 10,000 draws, binomial sd about 95.
    for (int c : counts) {
      assertThat(c).isBetween(9_500, 10_500);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void nextInt_nonPositiveBound_throws(int bound) {
    assertThatThrownBy(() -> new SplitMix(1).nextInt(bound))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bound");
  }
}
