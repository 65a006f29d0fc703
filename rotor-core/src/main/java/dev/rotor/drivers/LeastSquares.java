package dev.rotor.drivers;

/**
 * Least squares of {@code y = a + b_1 x_1 + ... + b_k x_k + e} with classical and Newey-West
 * standard errors of every coefficient. Static and pure; checked against statsmodels in the tests.
 *
 * <p>The regressors are centred: with {@code C = sum (x_t - mean x)(x_t - mean x)'} (k x k), the
 * slopes solve {@code C b = sum (x_t - mean x)(y_t - mean y)} and {@code a = mean y - b'mean x}.
 * Centring is exact algebra and keeps the normal equations well conditioned.
 *
 * <p>Standard errors. Write {@code psi_t} for the influence of observation {@code t} on the
 * coefficients, {@code (X'X)^-1 x_t e_t} with the constant included; by the block inverse of {@code
 * X'X} its slope part is {@code C^-1 (x_t - mean x) e_t} and its intercept part {@code e_t / n -
 * mean x' C^-1 (x_t - mean x) e_t}. The Newey-West covariance is {@code sum_t psi_t psi_t' +
 * sum_{l=1..L} (1 - l / (L + 1)) sum_t (psi_t psi_{t-l}' + psi_{t-l} psi_t')}, exactly the sandwich
 * {@code (X'X)^-1 S (X'X)^-1} of statsmodels {@code cov_type='HAC'} without small-sample
 * correction. The classical covariance is {@code s^2 (X'X)^-1} with {@code s^2 = SSE / (n - k -
 * 1)}: {@code s^2 C^-1} for the slopes and {@code s^2 (1 / n + mean x' C^-1 mean x)} for the
 * intercept.
 */
final class LeastSquares {

  /** Relative pivot below which the regressors count as collinear (or one as constant). */
  private static final double SINGULAR = 1e-12;

  private LeastSquares() {}

  /**
   * A fit: coefficients (intercept first), their standard errors, lags and R squared. All NaN when
   * there are not more observations than coefficients plus one, or the regressors are collinear.
   */
  record Fit(
      int n, int lags, double[] coef, double[] seClassical, double[] seNeweyWest, double r2) {}

  /**
   * Fits {@code y} on the columns {@code x[0..k-1]} (each as long as {@code y}) with {@code lags}
   * Newey-West lags.
   *
   * @throws IllegalArgumentException when there is no regressor, lengths differ or lags is negative
   */
  static Fit fit(double[] y, double[][] x, int lags) {
    int k = x.length;
    int n = y.length;
    if (k < 1) {
      throw new IllegalArgumentException("x: at least one regressor needed");
    }
    for (double[] c : x) {
      if (c.length != n) {
        throw new IllegalArgumentException(
            "x: column length " + c.length + " differs from y: " + n);
      }
    }
    if (lags < 0) {
      throw new IllegalArgumentException("lags: must be at least 0, was " + lags);
    }
    if (n < k + 2) {
      return undefined(n, k, lags);
    }
    double my = mean(y);
    double[] mx = new double[k];
    double[][] xc = new double[k][n];
    for (int j = 0; j < k; j++) {
      mx[j] = mean(x[j]);
      for (int t = 0; t < n; t++) {
        xc[j][t] = x[j][t] - mx[j];
      }
    }
    double[][] c = new double[k][k];
    double[] cxy = new double[k];
    double syy = 0;
    for (int t = 0; t < n; t++) {
      double dy = y[t] - my;
      syy += dy * dy;
      for (int i = 0; i < k; i++) {
        cxy[i] += xc[i][t] * dy;
        for (int j = 0; j <= i; j++) {
          c[i][j] += xc[i][t] * xc[j][t];
        }
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        c[i][j] = c[j][i];
      }
    }
    double[][] inv = invertSymmetric(c);
    if (inv == null) {
      return undefined(n, k, lags);
    }
    double[] b = multiply(inv, cxy);
    double a = my;
    for (int j = 0; j < k; j++) {
      a -= b[j] * mx[j];
    }
    int p = k + 1;
    double[][] psi = new double[n][];
    double sse = 0;
    double[] u = new double[k];
    for (int t = 0; t < n; t++) {
      double e = y[t] - a;
      for (int j = 0; j < k; j++) {
        e -= b[j] * x[j][t];
      }
      sse += e * e;
      for (int j = 0; j < k; j++) {
        u[j] = xc[j][t] * e;
      }
      double[] s = multiply(inv, u);
      double[] row = new double[p];
      row[0] = e / n;
      for (int j = 0; j < k; j++) {
        row[0] -= mx[j] * s[j];
        row[j + 1] = s[j];
      }
      psi[t] = row;
    }
    double[] varHac = new double[p];
    for (int t = 0; t < n; t++) {
      for (int j = 0; j < p; j++) {
        varHac[j] += psi[t][j] * psi[t][j];
      }
    }
    for (int l = 1; l <= Math.min(lags, n - 1); l++) {
      double w = 1.0 - l / (lags + 1.0);
      for (int t = l; t < n; t++) {
        for (int j = 0; j < p; j++) {
          varHac[j] += 2.0 * w * psi[t][j] * psi[t - l][j];
        }
      }
    }
    double s2 = sse / (n - p);
    double[] coef = new double[p];
    double[] seC = new double[p];
    double[] seH = new double[p];
    coef[0] = a;
    double quad = 0;
    double[] im = multiply(inv, mx);
    for (int j = 0; j < k; j++) {
      quad += mx[j] * im[j];
      coef[j + 1] = b[j];
      seC[j + 1] = Math.sqrt(s2 * inv[j][j]);
    }
    seC[0] = Math.sqrt(s2 * (1.0 / n + quad));
    for (int j = 0; j < p; j++) {
      seH[j] = Math.sqrt(Math.max(varHac[j], 0.0));
    }
    double r2 = syy > 0 ? 1.0 - sse / syy : Double.NaN;
    return new Fit(n, lags, coef, seC, seH, r2);
  }

  private static Fit undefined(int n, int k, int lags) {
    double[] nan = new double[k + 1];
    java.util.Arrays.fill(nan, Double.NaN);
    return new Fit(n, lags, nan, nan.clone(), nan.clone(), Double.NaN);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  private static double[] multiply(double[][] m, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double s = 0;
      for (int j = 0; j < v.length; j++) {
        s += m[i][j] * v[j];
      }
      out[i] = s;
    }
    return out;
  }

  /**
   * Inverse of a symmetric positive definite matrix by Gauss-Jordan elimination without pivoting
   * (valid for positive definite input); null when a pivot falls below {@link #SINGULAR} times its
   * original diagonal, i.e. a regressor is constant or a combination of the others.
   */
  private static double[][] invertSymmetric(double[][] c) {
    int k = c.length;
    double[][] a = new double[k][2 * k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(c[i], 0, a[i], 0, k);
      a[i][k + i] = 1.0;
    }
    for (int i = 0; i < k; i++) {
      double pivot = a[i][i];
      if (!(c[i][i] > 0) || !(pivot > SINGULAR * c[i][i])) {
        return null;
      }
      for (int j = 0; j < 2 * k; j++) {
        a[i][j] /= pivot;
      }
      for (int r = 0; r < k; r++) {
        if (r != i) {
          double f = a[r][i];
          for (int j = 0; j < 2 * k; j++) {
            a[r][j] -= f * a[i][j];
          }
        }
      }
    }
    double[][] inv = new double[k][k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(a[i], k, inv[i], 0, k);
    }
    return inv;
  }
}
