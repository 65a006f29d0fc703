package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class FrameTest {
  private static final double TOL = 1e-9;

  @Test
  void xy_linear_mapsDomainCornersToPlotCorners() {
    Frame f = new Frame(10, 20, 110, 220, 0, 50, -1, 1, false);
    assertThat(f.x(0)).isCloseTo(10, offset(TOL));
    assertThat(f.x(50)).isCloseTo(110, offset(TOL));
    assertThat(f.y(-1)).isCloseTo(220, offset(TOL));
    assertThat(f.y(1)).isCloseTo(20, offset(TOL));
    assertThat(f.y(0)).isCloseTo(120, offset(TOL));
  }

  @Test
  void y_log_geometricMidpointInTheMiddle() {
    Frame f = new Frame(0, 0, 100, 100, 0, 1, 1, 100, true);
    assertThat(f.y(10)).isCloseTo(50, offset(TOL));
    assertThat(f.y(0)).isNaN();
    assertThat(f.y(-3)).isNaN();
  }

  @Test
  void x_emptyDomain_widenedNotDividedByZero() {
    Frame f = new Frame(0, 0, 100, 100, 5, 5, 3, 3, false);
    assertThat(f.x(5)).isCloseTo(0, offset(TOL));
    assertThat(f.y(3)).isFinite();
  }
}
