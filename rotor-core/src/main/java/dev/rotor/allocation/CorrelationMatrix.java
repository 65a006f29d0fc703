package dev.rotor.allocation;

import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.util.Arrays;
import java.util.List;

/**
 * A Pearson correlation matrix of asset returns, labelled by asset. Entries are in [-1, 1], or NaN
 * for an asset whose returns do not vary (or with fewer than two periods). The array is copied in
 * and out.
 *
 * @param ids the assets, in row and column order
 * @param values {@code values[i][j]} is the correlation of assets {@code i} and {@code j}
 * @param frequency the frequency of the returns it was computed from
 * @param observations the number of return periods used
 */
public record CorrelationMatrix(
    List<SeriesId> ids, double[][] values, Frequency frequency, int observations) {

  /** Validates shape and range and copies the inputs. */
  public CorrelationMatrix {
    Inputs.requireNonNull("ids", ids);
    Inputs.requireNonNull("values", values);
    Inputs.requireNonNull("frequency", frequency);
    ids = List.copyOf(ids);
    int n = ids.size();
    if (values.length != n) {
      throw new IllegalArgumentException("values: " + values.length + " rows for " + n + " ids");
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (values[i] == null || values[i].length != n) {
        throw new IllegalArgumentException("values: row " + i + " is not of length " + n);
      }
      copy[i] = values[i].clone();
      for (int j = 0; j < n; j++) {
        double r = copy[i][j];
        if (!(r >= -1.0 && r <= 1.0) && !Double.isNaN(r)) {
          throw new IllegalArgumentException(
              "values: " + r + " at (" + i + "," + j + ") is not in [-1, 1]");
        }
      }
    }
    values = copy;
    if (observations < 0) {
      throw new IllegalArgumentException("observations: must be >= 0, got " + observations);
    }
  }

  /** A copy of the matrix. */
  @Override
  public double[][] values() {
    double[][] out = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].clone();
    }
    return out;
  }

  /** The correlation of assets {@code i} and {@code j}. */
  public double get(int i, int j) {
    return values[i][j];
  }

  /** The correlation of the assets named {@code a} and {@code b}. */
  public double get(SeriesId a, SeriesId b) {
    return values[indexOf("a", a)][indexOf("b", b)];
  }

  /** Number of assets. */
  public int size() {
    return ids.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorrelationMatrix other
        && ids.equals(other.ids)
        && Arrays.deepEquals(values, other.values)
        && frequency == other.frequency
        && observations == other.observations;
  }

  @Override
  public int hashCode() {
    return 31 * ids.hashCode() + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "CorrelationMatrix" + ids + " " + frequency.label() + " n=" + observations;
  }

  private int indexOf(String name, SeriesId id) {
    int i = ids.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException(name + ": " + id + " is not one of " + ids);
    }
    return i;
  }
}
