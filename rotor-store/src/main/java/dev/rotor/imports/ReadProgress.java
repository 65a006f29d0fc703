package dev.rotor.imports;

import java.util.function.LongConsumer;

/**
 * Reports bytes read by {@link CsvReader} to whoever imports on the current thread, so a command
 * can draw a progress bar for a large file. Parsers know nothing of it. Scoped with {@link
 * #during}; nothing is reported outside that scope.
 */
public final class ReadProgress {

  private static final ThreadLocal<LongConsumer> SINK = new ThreadLocal<>();

  private ReadProgress() {}

  /** Runs {@code body} with {@code onBytes} receiving byte counts as the file is read. */
  public static <T> T during(LongConsumer onBytes, Body<T> body) throws ImportException {
    LongConsumer previous = SINK.get();
    SINK.set(onBytes);
    try {
      return body.run();
    } finally {
      if (previous == null) {
        SINK.remove();
      } else {
        SINK.set(previous);
      }
    }
  }

  static LongConsumer current() {
    return SINK.get();
  }

  /** A piece of import work. */
  @FunctionalInterface
  public interface Body<T> {
    T run() throws ImportException;
  }
}
