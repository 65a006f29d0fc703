package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RotorCommandTest {

  private static void collect(CommandLine cl, List<CommandLine> out) {
    out.add(cl);
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!out.contains(sub)) {
        collect(sub, out);
      }
    }
  }

  /** A '%' that is not escaped makes picocli print a warning and the raw text. */
  @Test
  void usage_everyCommand_rendersWithoutFormatWarnings() {
    List<CommandLine> all = new ArrayList<>();
    collect(new CommandLine(new RotorCommand(Map.of())), all);
    PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      for (CommandLine c : all) {
        assertThat(c.getUsageMessage()).as(c.getCommandName()).contains("Usage:");
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
    assertThat(all.size()).isGreaterThan(25);
  }
}
