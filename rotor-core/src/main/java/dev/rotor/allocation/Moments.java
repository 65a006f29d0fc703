package dev.rotor.allocation;

import java.util.Arrays;

/**
 * Sample moments of several return columns observed on the same dates: means, covariance,
 * correlation and the rolling correlation of two columns. Static and pure; columns are indexed
 * {@code [asset][period]}.
 *
 * <p>Conventions ({@code docs/conventions-allocation.md}): covariance is the unbiased sample
 * covariance (divisor {@code T - 1}, numpy {@code cov}, pandas {@code DataFrame.cov}); correlation
 * is Pearson's, computed from that covariance; means are {@link dev.rotor.risk.Moments#mean}.
 * Nothing is annualised here. Too little data gives NaN: a mean needs one period, a covariance two,
 * a correlation two and non-zero variances.
 */
public final class Moments {

  private Moments() {}

  /** The arithmetic mean of each column; NaN for columns with no period. */
  public static double[] means(double[][] columns) {
    requireColumns(columns);
    double[] out = new double[columns.length];
    for (int a = 0; a < columns.length; a++) {
      out[a] = dev.rotor.risk.Moments.mean(columns[a]);
    }
    return out;
  }

  /**
   * The sample covariance matrix (divisor {@code T - 1}) from mean-centred columns (two passes).
   * Every entry is NaN when there are fewer than two periods.
   *
   * @throws IllegalArgumentException when {@code columns} is empty or ragged
   */
  public static double[][] covariance(double[][] columns) {
    int periods = requireColumns(columns);
    int n = columns.length;
    double[][] out = new double[n][n];
    if (periods < 2) {
      for (double[] row : out) {
        Arrays.fill(row, Double.NaN);
      }
      return out;
    }
    double[][] centred = new double[n][];
    for (int a = 0; a < n; a++) {
      double m = dev.rotor.risk.Moments.mean(columns[a]);
      centred[a] = new double[periods];
      for (int t = 0; t < periods; t++) {
        centred[a][t] = columns[a][t] - m;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int t = 0; t < periods; t++) {
          s += centred[i][t] * centred[j][t];
        }
        out[i][j] = s / (periods - 1);
        out[j][i] = out[i][j];
      }
    }
    return out;
  }

  /**
   * Pearson correlations, {@code cov_ij / sqrt(cov_ii cov_jj)}, with exactly 1 on the diagonal of
   * columns that vary. A column with zero variance (or fewer than two periods) has NaN in its row
   * and column.
   */
  public static double[][] correlation(double[][] columns) {
    return correlationFromCovariance(covariance(columns));
  }

  /** Pearson correlations from a covariance matrix; NaN where a variance is not positive. */
  static double[][] correlationFromCovariance(double[][] cov) {
    int n = cov.length;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double vi = cov[i][i];
        double vj = cov[j][j];
        if (!(vi > 0) || !(vj > 0)) {
          out[i][j] = Double.NaN;
        } else if (i == j) {
          out[i][j] = 1.0;
        } else {
          out[i][j] = clamp(cov[i][j] / Math.sqrt(vi * vj));
        }
      }
    }
    return out;
  }

  /**
   * The Pearson correlation of {@code x} and {@code y} over each trailing window of {@code window}
   * periods (element {@code t} uses {@code [t - window + 1, t]}). Positions before the window is
   * full, and windows where either series is constant, hold NaN. O(n): the means and co-moments of
   * the window are updated by Welford's recurrences as a point enters and another leaves (adding
   * {@code (x, y)} to {@code k - 1} points moves the co-moment by {@code (x - mx_old)(y - my_new)};
   * removing it reverses that step).
   *
   * @throws IllegalArgumentException when the lengths differ or {@code window < 2}
   */
  public static double[] rollingCorrelation(double[] x, double[] y, int window) {
    Inputs.requireNonNull("x", x);
    Inputs.requireNonNull("y", y);
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "y: length " + y.length + " differs from x length " + x.length);
    }
    if (window < 2) {
      throw new IllegalArgumentException("window: must be at least 2, got " + window);
    }
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    int k = 0;
    double mx = 0;
    double my = 0;
    double cxx = 0;
    double cyy = 0;
    double cxy = 0;
    for (int t = 0; t < x.length; t++) {
      if (k == window) {
        double xo = x[t - window];
        double yo = y[t - window];
        k--;
        double mxNew = mx - (xo - mx) / k;
        double myNew = my - (yo - my) / k;
        cxx -= (xo - mxNew) * (xo - mx);
        cyy -= (yo - myNew) * (yo - my);
        cxy -= (xo - mxNew) * (yo - my);
        mx = mxNew;
        my = myNew;
      }
      k++;
      double dx = x[t] - mx;
      double dy = y[t] - my;
      mx += dx / k;
      my += dy / k;
      cxx += dx * (x[t] - mx);
      cyy += dy * (y[t] - my);
      cxy += dx * (y[t] - my);
      if (k == window && cxx > 0 && cyy > 0) {
        out[t] = clamp(cxy / Math.sqrt(cxx * cyy));
      }
    }
    return out;
  }

  private static double clamp(double r) {
    return Math.max(-1.0, Math.min(1.0, r));
  }

  /** Checks a non-empty rectangular set of columns and returns the number of periods. */
  private static int requireColumns(double[][] columns) {
    Inputs.requireNonNull("columns", columns);
    if (columns.length == 0) {
      throw new IllegalArgumentException("columns: must hold at least one column");
    }
    for (int a = 0; a < columns.length; a++) {
      if (columns[a] == null || columns[a].length != columns[0].length) {
        throw new IllegalArgumentException(
            "columns: column " + a + " does not have the " + columns[0].length + " periods of 0");
      }
    }
    return columns[0].length;
  }
}
