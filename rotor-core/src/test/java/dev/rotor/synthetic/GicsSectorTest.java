package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GicsSectorTest {

  /** The eleven GICS sectors since the 2018 revision (MSCI/S&P GICS structure). */
  @Test
  void values_elevenSectorsWithPublishedNames() {
    assertThat(GicsSector.values()).hasSize(11);
    assertThat(Arrays.stream(GicsSector.values()).map(GicsSector::label))
        .contains("Information Technology", "Communication Services", "Real Estate")
        .doesNotHaveDuplicates();
  }
}
