package dev.rotor.store;

import dev.rotor.imports.ImportException;
import dev.rotor.imports.ImportOptions;
import dev.rotor.imports.ParsedFile;
import dev.rotor.imports.Parsers;
import dev.rotor.imports.ReadProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Imports files and directory trees into a {@link Store}, one transaction per file, reporting each
 * file's outcome instead of stopping at the first failure.
 *
 * <p>Ids: a single file gets {@code --id} or its name without extension ({@code RUT.csv} gives
 * {@code RUT}); a file found under a directory gets its path relative to that directory without
 * extension ({@code market-base/indices/RUT}). Extensions removed: {@code .csv}, {@code .csv.gz}
 * (any case). Files that are not CSV ({@code README.md}, hidden files) are skipped.
 */
public final class Importer {

  private final Store store;

  public Importer(Store store) {
    this.store = store;
  }

  /** Receives progress; every method has an empty default. */
  public interface Listener {
    /** Before any work: the number of files and their total size. */
    default void planned(int files, long totalBytes) {}

    /** Bytes of the current file read so far (called often). */
    default void bytesRead(long bytes) {}

    /** A file is done. */
    default void finished(FileOutcome outcome) {}
  }

  /** One file to import and the id it will get. */
  public record Planned(Path file, String id) {}

  /**
   * Lists the files that {@code paths} name, with their ids.
   *
   * @param idOverride the {@code --id}, allowed only for a single file
   * @throws IllegalArgumentException when a path does not exist, or {@code --id} is given for a
   *     directory or several files
   */
  public static List<Planned> plan(List<Path> paths, String idOverride) {
    List<Planned> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("path: " + p + " does not exist");
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .sorted()
              .forEach(f -> out.add(new Planned(f, relativeId(p, f))));
        } catch (IOException e) {
          throw new IllegalArgumentException("path: cannot list " + p + ": " + e.getMessage(), e);
        }
      } else {
        out.add(new Planned(p, stripExtension(p.getFileName().toString())));
      }
    }
    if (idOverride != null) {
      if (paths.size() != 1 || Files.isDirectory(paths.get(0))) {
        throw new IllegalArgumentException("--id: only allowed when importing a single file");
      }
      dev.rotor.series.SeriesId.of(idOverride);
      return List.of(new Planned(out.get(0).file(), idOverride));
    }
    return out;
  }

  /** Imports every planned file, in order; a failed file leaves the store unchanged for it. */
  public List<FileOutcome> run(List<Planned> plan, ImportOptions options, Listener listener) {
    long total = 0;
    for (Planned p : plan) {
      total += size(p.file());
    }
    listener.planned(plan.size(), total);
    List<FileOutcome> outcomes = new ArrayList<>();
    for (Planned p : plan) {
      FileOutcome o = importOne(p, options, listener::bytesRead);
      outcomes.add(o);
      listener.finished(o);
    }
    return outcomes;
  }

  private FileOutcome importOne(Planned p, ImportOptions options, LongConsumer progress) {
    String reason = skipReason(p.file());
    if (reason != null) {
      return new FileOutcome.Skipped(p.file(), reason);
    }
    try {
      SourceInfo source = SourceInfo.of(p.file());
      ParsedFile parsed = ReadProgress.during(progress, () -> Parsers.parse(p.file(), options));
      return new FileOutcome.Imported(p.file(), store.save(p.id(), source, parsed, false));
    } catch (ImportException | StoreException e) {
      return new FileOutcome.Failed(p.file(), e.getMessage());
    } catch (IOException e) {
      return new FileOutcome.Failed(p.file(), p.file() + ": cannot read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return new FileOutcome.Failed(p.file(), p.file() + ": " + e.getMessage());
    }
  }

  private static String skipReason(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith(".")) {
      return "hidden file";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv") && !lower.endsWith(".csv.gz")) {
      return "not a CSV file";
    }
    return null;
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }

  static String relativeId(Path root, Path file) {
    String rel = root.relativize(file).toString().replace('\\', '/');
    return stripExtension(rel);
  }

  static String stripExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv.gz")) {
      return name.substring(0, name.length() - 7);
    }
    if (lower.endsWith(".csv")) {
      return name.substring(0, name.length() - 4);
    }
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }
}
