package dev.rotor.regime;

import java.util.Arrays;

/**
 * Maximum likelihood by EM (Hamilton 1990; Kim and Nelson 1999, section 4.3), accelerated by
 * SQUAREM (Varadhan and Roland 2008, scheme S3) with a monotonicity safeguard.
 *
 * <p>One EM map {@code F}: the E-step runs {@link HamiltonFilter} and {@link KimSmoother} at the
 * current parameters; the M-step sets each state's mean and variance to the smoothed-probability
 * weighted mean and variance of {@code y}, and the transition probabilities by {@link
 * ErgodicTransitions} (exact for the steady-state initial distribution). Each E-step also yields
 * the log-likelihood at the current parameters.
 *
 * <p>Acceleration, in the scaled coordinates {@code x = (logit p00, logit p11, mean0 / sd, mean1 /
 * sd, log variance0, log variance1)} ({@code sd} the sample standard deviation): from {@code x0},
 * {@code x1 = F(x0)}, {@code x2 = F(x1)}, {@code r = x1 - x0}, {@code w = x2 - x1 - r}, {@code
 * alpha = min(-1, -|r| / |w|)}, the candidate {@code x0 - 2 alpha r + alpha^2 w} is accepted only
 * when its log-likelihood is at least that of {@code x1}; otherwise the iteration moves to {@code
 * x1} (a plain EM step). So the accepted iterates have non-decreasing log-likelihood, as plain EM.
 *
 * <p>Convergence: a plain EM step from the current iterate raises the log-likelihood by at most
 * {@code tolerance * (1 + |llf|)} and moves no scaled coordinate by more than {@link #STEP_TOL}. A
 * variance at or below {@link #VARIANCE_FLOOR} times the sample variance marks the run degenerate
 * (a state collapsing onto a few observations, where the likelihood is unbounded) and stops it.
 */
final class ExpectationMaximization {

  /** Largest move of a scaled coordinate in the final plain EM step of a converged run. */
  static final double STEP_TOL = 1e-8;

  /** A state variance at or below this fraction of the sample variance is degenerate. */
  static final double VARIANCE_FLOOR = 1e-6;

  private ExpectationMaximization() {}

  /** Scratch arrays and data constants for one series. */
  static final class Workspace {
    final double[] y;
    final double sd;
    final double varianceFloor;
    final double[] pred0;
    final double[] pred1;
    final double[] filt0;
    final double[] filt1;
    final double[] smooth0;
    final double[] smooth1;
    final double[] transitions = new double[4];

    Workspace(double[] y, double sampleVariance) {
      this.y = y;
      this.sd = Math.sqrt(sampleVariance);
      this.varianceFloor = VARIANCE_FLOOR * sampleVariance;
      int n = y.length;
      pred0 = new double[n];
      pred1 = new double[n];
      filt0 = new double[n];
      filt1 = new double[n];
      smooth0 = new double[n];
      smooth1 = new double[n];
    }
  }

  /**
   * The outcome of one EM run.
   *
   * @param params final parameters, in the order of {@link RegimeParameter}
   * @param logLikelihood log-likelihood at {@code params}
   * @param iterations E-steps performed
   * @param converged whether the convergence test passed
   * @param degenerate whether a variance reached the floor
   * @param trace log-likelihood of every accepted iterate, in order
   */
  record Run(
      double[] params,
      double logLikelihood,
      int iterations,
      boolean converged,
      boolean degenerate,
      double[] trace) {}

  /**
   * One EM map: E-step at {@code p} (filtered, predicted and smoothed probabilities are left in the
   * workspace), M-step into {@code out}.
   *
   * @return the log-likelihood at {@code p}
   */
  static double step(Workspace w, double[] p, double[] out) {
    double[] y = w.y;
    double llf = HamiltonFilter.run(y, p, w.pred0, w.pred1, w.filt0, w.filt1);
    KimSmoother.run(p, w.pred0, w.pred1, w.filt0, w.filt1, w.smooth0, w.smooth1, w.transitions);
    double[] s0 = w.smooth0;
    double[] s1 = w.smooth1;
    double w0 = 0;
    double w1 = 0;
    double sy0 = 0;
    double sy1 = 0;
    for (int t = 0; t < y.length; t++) {
      w0 += s0[t];
      w1 += s1[t];
      sy0 += s0[t] * y[t];
      sy1 += s1[t] * y[t];
    }
    double m0 = w0 > 0 ? sy0 / w0 : p[2];
    double m1 = w1 > 0 ? sy1 / w1 : p[3];
    double ss0 = 0;
    double ss1 = 0;
    for (int t = 0; t < y.length; t++) {
      double d0 = y[t] - m0;
      double d1 = y[t] - m1;
      ss0 += s0[t] * d0 * d0;
      ss1 += s1[t] * d1 * d1;
    }
    ErgodicTransitions.maximise(w.transitions, s0[0], s1[0], out);
    out[2] = m0;
    out[3] = m1;
    out[4] = Math.max(w0 > 0 ? ss0 / w0 : 0, w.varianceFloor);
    out[5] = Math.max(w1 > 0 ? ss1 / w1 : 0, w.varianceFloor);
    return llf;
  }

  /**
   * Runs EM from {@code start} for at most {@code maxSteps} E-steps.
   *
   * @param tolerance relative log-likelihood tolerance; 0 never converges (a fixed number of steps)
   * @param accelerate whether to use SQUAREM
   */
  static Run run(Workspace w, double[] start, int maxSteps, double tolerance, boolean accelerate) {
    double[] x = start.clone();
    double[] f1 = new double[6];
    double[] f2 = new double[6];
    double[] cand = new double[6];
    double[] fCand = new double[6];
    double[] trace = new double[16];
    int traced = 0;
    double llf = step(w, x, f1);
    int steps = 1;
    trace[traced++] = llf;
    boolean converged = false;
    boolean degenerate = degenerate(w, x);
    while (!degenerate && steps < maxSteps) {
      double llf1 = step(w, f1, f2);
      steps++;
      if (llf1 - llf <= tolerance * (1 + Math.abs(llf)) && maxScaledChange(w, x, f1) <= STEP_TOL) {
        converged = true;
      }
      boolean accepted = false;
      if (!converged && accelerate && steps < maxSteps && extrapolate(w, x, f1, f2, cand)) {
        double llfCand = step(w, cand, fCand);
        steps++;
        if (llfCand >= llf1) {
          System.arraycopy(cand, 0, x, 0, 6);
          System.arraycopy(fCand, 0, f1, 0, 6);
          llf = llfCand;
          accepted = true;
        }
      }
      if (!accepted) {
        System.arraycopy(f1, 0, x, 0, 6);
        System.arraycopy(f2, 0, f1, 0, 6);
        llf = llf1;
      }
      if (traced == trace.length) {
        trace = Arrays.copyOf(trace, 2 * traced);
      }
      trace[traced++] = llf;
      degenerate = degenerate(w, x);
      if (converged) {
        break;
      }
    }
    return new Run(
        x, llf, steps, converged && !degenerate, degenerate, Arrays.copyOf(trace, traced));
  }

  /** SQUAREM S3 candidate from {@code x0, x1 = F(x0), x2 = F(x1)}; false when there is none. */
  static boolean extrapolate(Workspace w, double[] p0, double[] p1, double[] p2, double[] out) {
    double[] x0 = scaled(w, p0);
    double[] x1 = scaled(w, p1);
    double[] x2 = scaled(w, p2);
    double rr = 0;
    double vv = 0;
    double[] r = new double[6];
    double[] v = new double[6];
    for (int k = 0; k < 6; k++) {
      r[k] = x1[k] - x0[k];
      v[k] = x2[k] - x1[k] - r[k];
      rr += r[k] * r[k];
      vv += v[k] * v[k];
    }
    if (!(vv > 0) || !Double.isFinite(rr + vv)) {
      return false;
    }
    double alpha = Math.min(-1.0, -Math.sqrt(rr / vv));
    double[] x = new double[6];
    for (int k = 0; k < 6; k++) {
      x[k] = x0[k] - 2 * alpha * r[k] + alpha * alpha * v[k];
    }
    unscaled(w, x, out);
    return Double.isFinite(out[2])
        && Double.isFinite(out[3])
        && out[4] > w.varianceFloor
        && out[5] > w.varianceFloor
        && Double.isFinite(out[4])
        && Double.isFinite(out[5]);
  }

  static double[] scaled(Workspace w, double[] p) {
    return new double[] {
      logit(p[0]), logit(p[1]), p[2] / w.sd, p[3] / w.sd, Math.log(p[4]), Math.log(p[5])
    };
  }

  static void unscaled(Workspace w, double[] x, double[] out) {
    out[0] = probability(x[0]);
    out[1] = probability(x[1]);
    out[2] = x[2] * w.sd;
    out[3] = x[3] * w.sd;
    out[4] = Math.exp(x[4]);
    out[5] = Math.exp(x[5]);
  }

  private static double maxScaledChange(Workspace w, double[] a, double[] b) {
    double[] xa = scaled(w, a);
    double[] xb = scaled(w, b);
    double max = 0;
    for (int k = 0; k < 6; k++) {
      max = Math.max(max, Math.abs(xa[k] - xb[k]));
    }
    return max;
  }

  private static boolean degenerate(Workspace w, double[] p) {
    return p[4] <= w.varianceFloor || p[5] <= w.varianceFloor;
  }

  private static double logit(double p) {
    return Math.log(p / (1.0 - p));
  }

  private static double probability(double x) {
    double p = 1.0 / (1.0 + Math.exp(-x));
    double floor = ErgodicTransitions.PROB_FLOOR;
    return Math.min(1.0 - floor, Math.max(floor, p));
  }
}
