package dev.rotor.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpisodeDirectionTest {

  @Test
  void endingAtAndStartingAt_followTheLine() {
    // Rising into a peak: small caps lead; falling away from it: large caps lead.
    assertThat(EpisodeDirection.endingAt(TurningPointKind.PEAK))
        .isEqualTo(EpisodeDirection.SMALL_LEADS);
    assertThat(EpisodeDirection.startingAt(TurningPointKind.PEAK))
        .isEqualTo(EpisodeDirection.LARGE_LEADS);
    assertThat(EpisodeDirection.endingAt(TurningPointKind.TROUGH))
        .isEqualTo(EpisodeDirection.LARGE_LEADS);
    assertThat(EpisodeDirection.startingAt(TurningPointKind.TROUGH))
        .isEqualTo(EpisodeDirection.SMALL_LEADS);
  }
}
