package dev.rotor.series;

/**
 * The identifier of a stored series, such as {@code market-base/indices/RUT} or {@code
 * ken_french/F-F_Research_Data_Factors.SMB}.
 *
 * <p>Ids are the path of the source file relative to the imported directory, without extension; a
 * file holding several series adds {@code .COLUMN}. Any character but whitespace, control
 * characters, quotes and backslash is allowed; an id never starts or ends with {@code /}.
 */
public record SeriesId(String value) implements Comparable<SeriesId> {

  /** Validates the id text. */
  public SeriesId {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("id: must not be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '"' || c == '\\') {
        throw new IllegalArgumentException(
            "id: '" + value + "' contains a forbidden character at position " + i);
      }
    }
    if (value.startsWith("/") || value.endsWith("/")) {
      throw new IllegalArgumentException("id: '" + value + "' must not start or end with '/'");
    }
  }

  /** Builds an id from its text. */
  public static SeriesId of(String value) {
    return new SeriesId(value);
  }

  /** This id with {@code .column} appended: the id of one column of a multi-series file. */
  public SeriesId withColumn(String column) {
    return new SeriesId(value + "." + column);
  }

  /**
   * True when {@code query} names this id: the whole id, or a tail that starts right after a {@code
   * /} ({@code RUT} matches {@code market-base/indices/RUT}, {@code indices/RUT} too).
   */
  public boolean matchesTail(String query) {
    if (value.equals(query)) {
      return true;
    }
    return value.endsWith("/" + query);
  }

  /** The last path segment ({@code RUT} for {@code market-base/indices/RUT}). */
  public String tail() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? value : value.substring(slash + 1);
  }

  @Override
  public int compareTo(SeriesId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
