package dev.rotor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process against a given store and captures its streams. */
final class CliRunner {

  record Run(int code, String out, String err) {}

  private final Path store;

  CliRunner(Path store) {
    this.store = store;
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--store");
    all.add(store.toString());
    int code =
        Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs without adding --store (for global help and environment tests). */
  static Run raw(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new Run(code, out.toString(), err.toString());
  }

  static Path resource(String name) {
    try {
      return Path.of(CliRunner.class.getResource("/cli/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
