package dev.rotor.imports;

import java.nio.file.Path;

/**
 * A file could not be imported. The message always names the file and, where known, the line
 * (1-based, counting every physical line including preambles) and the field, in one readable line:
 * {@code RUT.csv:17: field 'close': 'abc' is not a number}.
 */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String field;
  private final String problem;

  /**
   * @param file the file being read
   * @param line 1-based physical line, or 0 when the problem concerns the whole file
   * @param field the column or field name, or null when it concerns the whole line or file
   * @param problem what is wrong, in plain words
   */
  public ImportException(Path file, long line, String field, String problem) {
    super(format(file, line, field, problem));
    this.file = file;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  private static String format(Path file, long line, String field, String problem) {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "<input>" : file.toString());
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (field != null) {
      sb.append("field '").append(field).append("': ");
    }
    sb.append(problem);
    return sb.toString();
  }

  public Path file() {
    return file;
  }

  public long line() {
    return line;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
