package dev.rotor.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The alias table: entities with their series, the phrases that name them, and the snapshot
 * universes that measure their valuation ({@link #valuation}). The defaults are the resource {@code
 * claims/aliases.tsv} (its header documents the format); {@link #extendedWith} adds a user table in
 * the same format, whose lines replace entities and aliases of the same key or phrase. Immutable.
 */
public final class EntityAliases {

  /** The alias target meaning "the counterpart of the claim's subject" (small vs large caps). */
  public static final String COUNTERPART = "@COUNTERPART";

  private static final String RESOURCE = "/claims/aliases.tsv";

  private final Map<String, Entity> entities;
  private final Map<String, String> aliases;
  private final Map<String, Map<String, ValuationUniverse>> valuations;

  private EntityAliases(
      Map<String, Entity> entities,
      Map<String, String> aliases,
      Map<String, Map<String, ValuationUniverse>> valuations) {
    this.entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    this.aliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    Map<String, Map<String, ValuationUniverse>> v = new LinkedHashMap<>();
    valuations.forEach(
        (k, m) -> v.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    this.valuations = java.util.Collections.unmodifiableMap(v);
  }

  /** The built-in table. */
  public static EntityAliases defaults() {
    try (InputStream in = EntityAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("alias table not on the classpath: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses a table.
   *
   * @param source a name for messages (a file name)
   * @throws IllegalArgumentException naming the source and line of a malformed line, or an alias to
   *     an unknown entity
   */
  public static EntityAliases parse(String text, String source) {
    return new EntityAliases(Map.of(), Map.of(), Map.of()).extendedWith(text, source);
  }

  /**
   * This table with the lines of {@code text} added.
   *
   * @throws IllegalArgumentException naming the source and line of a malformed line
   */
  public EntityAliases extendedWith(String text, String source) {
    if (text == null) {
      throw new IllegalArgumentException("text: null");
    }
    Map<String, Entity> e = new LinkedHashMap<>(entities);
    Map<String, String> a = new LinkedHashMap<>(aliases);
    Map<String, Map<String, ValuationUniverse>> v = new LinkedHashMap<>();
    valuations.forEach((k, m) -> v.put(k, new LinkedHashMap<>(m)));
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.strip().split("\t");
      String where = source + ":" + (i + 1);
      try {
        switch (f[0]) {
          case "entity" -> {
            if (f.length < 5 || f.length > 6) {
              throw new IllegalArgumentException("entity needs 4 or 5 tab-separated fields");
            }
            List<List<String>> members = new ArrayList<>();
            for (String m : f[4].split(",")) {
              members.add(Arrays.stream(m.split("\\|")).map(String::strip).toList());
            }
            Optional<String> vol = f.length == 6 ? Optional.of(f[5].strip()) : Optional.empty();
            Entity.Role role = Entity.Role.valueOf(f[3].strip());
            e.put(f[1].strip(), new Entity(f[1].strip(), f[2].strip(), role, members, vol));
          }
          case "alias" -> {
            if (f.length != 3) {
              throw new IllegalArgumentException("alias needs 2 tab-separated fields");
            }
            a.put(normalise(f[1]).strip(), f[2].strip());
          }
          case "valuation" -> {
            if (f.length != 4) {
              throw new IllegalArgumentException("valuation needs 3 tab-separated fields");
            }
            ValuationUniverse u = new ValuationUniverse(f[2].strip(), f[3].strip());
            v.computeIfAbsent(f[1].strip(), k -> new LinkedHashMap<>()).put(u.snapshot(), u);
          }
          default -> throw new IllegalArgumentException("unknown line kind '" + f[0] + "'");
        }
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
      }
    }
    for (Map.Entry<String, String> x : a.entrySet()) {
      if (!x.getValue().equals(COUNTERPART) && !e.containsKey(x.getValue())) {
        throw new IllegalArgumentException(
            source + ": alias '" + x.getKey() + "' names unknown entity " + x.getValue());
      }
    }
    for (String key : v.keySet()) {
      if (!e.containsKey(key)) {
        throw new IllegalArgumentException(source + ": valuation line names unknown entity " + key);
      }
    }
    return new EntityAliases(e, a, v);
  }

  /** The entity of {@code key}, if any. */
  public Optional<Entity> entity(String key) {
    return Optional.ofNullable(entities.get(key));
  }

  /**
   * The snapshots and memberships that measure the valuation of {@code key}, in table order (a
   * later line for the same snapshot replaces the earlier one); empty when none.
   */
  public List<ValuationUniverse> valuation(String key) {
    Map<String, ValuationUniverse> m = valuations.get(key);
    return m == null ? List.of() : List.copyOf(m.values());
  }

  /** All entities, in table order. */
  public List<Entity> entities() {
    return List.copyOf(entities.values());
  }

  /** The first entity with {@code role}, if any. */
  public Optional<Entity> first(Entity.Role role) {
    return entities.values().stream().filter(x -> x.role() == role).findFirst();
  }

  /**
   * The counterpart of {@code key}: the first LARGE entity for a SMALL one, the first SMALL entity
   * for a LARGE one, the first LARGE entity (the benchmark) for anything else.
   */
  public Optional<Entity> counterpart(String key) {
    Entity x = entities.get(key);
    if (x != null && x.role() == Entity.Role.LARGE) {
      return first(Entity.Role.SMALL);
    }
    return first(Entity.Role.LARGE);
  }

  /**
   * The entities named in {@code sentence}, in order: whole-word, case-insensitive matches, hyphens
   * read as spaces, longest alias first, no overlaps.
   */
  public List<Mention> find(String sentence) {
    String norm = normalise(sentence);
    boolean[] taken = new boolean[norm.length()];
    List<Mention> out = new ArrayList<>();
    List<String> phrases = new ArrayList<>(aliases.keySet());
    phrases.sort(Comparator.comparingInt(String::length).reversed());
    for (String p : phrases) {
      int from = 0;
      while (true) {
        int i = norm.indexOf(p, from);
        if (i < 0) {
          break;
        }
        int j = i + p.length();
        from = i + 1;
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(norm.charAt(i - 1));
        boolean wordEnd = j == norm.length() || !Character.isLetterOrDigit(norm.charAt(j));
        if (!wordStart || !wordEnd || anyTaken(taken, i, j)) {
          continue;
        }
        Arrays.fill(taken, i, j, true);
        out.add(new Mention(aliases.get(p), sentence.substring(i, j), i, j));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return List.copyOf(out);
  }

  /** Lower case, curly quotes straight, hyphens as spaces; keeps every character's offset. */
  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replace('-', ' ')
        .replace('–', ' ');
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }
}
