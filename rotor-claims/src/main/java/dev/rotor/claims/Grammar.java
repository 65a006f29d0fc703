package dev.rotor.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The pattern grammar: one whole-word regular expression per {@link Cue}, read from {@code
 * claims/grammar.tsv} (lines {@code CUE <TAB> regex}, several lines of one cue are alternatives).
 * Immutable.
 */
public final class Grammar {

  private static final String RESOURCE = "/claims/grammar.tsv";

  /** One cue found in a sentence. */
  public record Match(Cue cue, String text, int start, int end) {}

  private final Map<Cue, Pattern> patterns;

  private Grammar(Map<Cue, Pattern> patterns) {
    this.patterns = java.util.Collections.unmodifiableMap(new EnumMap<>(patterns));
  }

  /** The built-in grammar. */
  public static Grammar defaults() {
    try (InputStream in = Grammar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("grammar not on the classpath: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses a grammar table.
   *
   * @throws IllegalArgumentException naming the source and line of an unknown cue or a bad regex
   */
  public static Grammar parse(String text, String source) {
    Map<Cue, List<String>> alts = new EnumMap<>(Cue.class);
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 2);
      if (f.length != 2) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": needs CUE<TAB>regex");
      }
      Cue cue;
      try {
        cue = Cue.valueOf(f[0].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": unknown cue " + f[0], e);
      }
      try {
        Pattern.compile(f[1].strip());
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            source + ":" + (i + 1) + ": bad regex: " + e.getDescription(), e);
      }
      alts.computeIfAbsent(cue, k -> new ArrayList<>()).add(f[1].strip());
    }
    Map<Cue, Pattern> out = new EnumMap<>(Cue.class);
    for (Cue c : Cue.values()) {
      List<String> a = alts.get(c);
      if (a == null) {
        throw new IllegalArgumentException(source + ": no pattern for cue " + c);
      }
      out.put(c, Pattern.compile("(?<![\\w&])(?:" + String.join("|", a) + ")(?![\\w])"));
    }
    return new Grammar(out);
  }

  /** Every match of {@code cue} in the normalised sentence {@code norm}, in order. */
  public List<Match> find(Cue cue, String norm) {
    List<Match> out = new ArrayList<>();
    Matcher m = patterns.get(cue).matcher(norm);
    while (m.find()) {
      out.add(new Match(cue, m.group(), m.start(), m.end()));
    }
    return out;
  }

  /** True when {@code cue} matches anywhere in {@code norm} between {@code from} and {@code to}. */
  public boolean has(Cue cue, String norm, int from, int to) {
    Matcher m = patterns.get(cue).matcher(norm);
    m.region(Math.max(0, from), Math.min(norm.length(), to));
    m.useTransparentBounds(true);
    return m.find();
  }
}
