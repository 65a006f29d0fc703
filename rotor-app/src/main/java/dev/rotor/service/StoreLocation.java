package dev.rotor.service;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the store lives: the {@code --store} option, else the {@code ROTOR_STORE} environment
 * variable, else {@code ~/.rotor/rotor.duckdb}.
 */
public final class StoreLocation {

  /** The environment variable that names the store file. */
  public static final String ENV = "ROTOR_STORE";

  private StoreLocation() {}

  /** Resolves the store file from the option (may be null) and the environment. */
  public static Path resolve(Path option, Map<String, String> env) {
    if (option != null) {
      return option;
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return Path.of(System.getProperty("user.home"), ".rotor", "rotor.duckdb");
  }
}
