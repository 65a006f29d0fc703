package dev.rotor.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point. Exit codes: 0 success, 1 data or runtime error, 2 usage error. Errors go to standard
 * error as one readable line; stack traces only with {@code --verbose}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            System.getenv()));
  }

  /** Runs the CLI with explicit streams and environment (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    RotorCommand top = new RotorCommand(env);
    CommandLine cl = new CommandLine(top);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr()
              .println(
                  "rotor: "
                      + ex.getMessage()
                      + " (see '"
                      + c.getCommandSpec().qualifiedName()
                      + " --help')");
          c.getErr().flush();
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          if (ex instanceof UsageException) {
            c.getErr().println("rotor: " + ex.getMessage());
            c.getErr().flush();
            return 2;
          }
          String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
          c.getErr().println("rotor: " + msg);
          if (top.verbose) {
            ex.printStackTrace(c.getErr());
          }
          c.getErr().flush();
          return 1;
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "rotor: out of memory; give Java more heap, e.g. ROTOR_JAVA_OPTS=-Xmx8g ./rotor ...");
      code = 1;
    }
    out.flush();
    err.flush();
    return code;
  }
}
