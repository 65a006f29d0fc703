package dev.rotor.imports;

import dev.rotor.crosssection.CrossSection;
import java.util.List;
import java.util.Objects;

/**
 * Everything one file yields: series, cross-section snapshots, or (for FRED's release-date file)
 * release dates, plus notes for the user (e.g. rows skipped by a documented rule).
 */
public record ParsedFile(
    FileFormat format,
    List<ParsedSeries> series,
    List<CrossSection> snapshots,
    List<ReleaseDate> releaseDates,
    List<String> notes) {

  /** Copies the lists. */
  public ParsedFile {
    Objects.requireNonNull(format, "format");
    series = List.copyOf(series);
    snapshots = List.copyOf(snapshots);
    releaseDates = List.copyOf(releaseDates);
    notes = List.copyOf(notes);
  }

  /** A file of series only. */
  public static ParsedFile ofSeries(
      FileFormat format, List<ParsedSeries> series, List<String> notes) {
    return new ParsedFile(format, series, List.of(), List.of(), notes);
  }

  /** A file holding one cross-section. */
  public static ParsedFile ofSnapshot(
      FileFormat format, CrossSection snapshot, List<String> notes) {
    return new ParsedFile(format, List.of(), List.of(snapshot), List.of(), notes);
  }

  /** One FRED series code and when FRED last updated it. */
  public record ReleaseDate(String seriesCode, String lastUpdated) {}
}
