package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickerTableTest {

  private static int find(TickerTable t, String text) {
    byte[] b = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
    return t.find(b, 2, b.length - 2);
  }

  private static int add(TickerTable t, String text, int day, long line) {
    byte[] b = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
    return t.add(b, 2, b.length - 2, day, line);
  }

  @Test
  void add_newTicker_recordsNameFirstDayAndLine() {
    TickerTable t = new TickerTable();
    assertThat(find(t, "AAPL")).isEqualTo(TickerTable.ABSENT);
    int i = add(t, "AAPL", 19000, 7);
    assertThat(i).isZero();
    assertThat(find(t, "AAPL")).isZero();
    assertThat(t.names[0]).isEqualTo("AAPL");
    assertThat(t.firstDay[0]).isEqualTo(19000);
    assertThat(t.lastDay[0]).isEqualTo(19000);
    assertThat(t.firstLine[0]).isEqualTo(7);
    assertThat(t.size).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"BRK B|BRK_B", "BRK  B|BRK_B", "BRK\t \tB|BRK_B", "A B  C|A_B_C", "BRK_B|BRK_B"})
  void find_spaceRuns_matchOneUnderscoreName(String written, String name) {
    TickerTable t = new TickerTable();
    add(t, "BRK B", 1, 1);
    add(t, "A B C", 1, 2);
    int i = find(t, written);
    assertThat(i).isNotEqualTo(TickerTable.ABSENT);
    assertThat(t.names[i]).isEqualTo(name);
  }

  @Test
  void add_invalidUtf8_isAbsent() {
    TickerTable t = new TickerTable();
    byte[] b = {'A', (byte) 0xC3, 'B'};
    assertThat(t.add(b, 0, 3, 1, 1)).isEqualTo(TickerTable.ABSENT);
    assertThat(t.size).isZero();
  }

  @Test
  void add_nonAsciiName_decodesUtf8() {
    TickerTable t = new TickerTable();
    int i = add(t, "NESN\u00e9", 1, 1);
    assertThat(t.names[i]).isEqualTo("NESN\u00e9");
    assertThat(find(t, "NESN\u00e9")).isEqualTo(i);
  }

  /** Invariant: thousands of random names (many sharing hashes' buckets) behave as a HashMap. */
  @Test
  void findAndAdd_seededRandomNames_agreeWithHashMap() {
    Random rnd = new Random(11);
    TickerTable t = new TickerTable();
    Map<String, Integer> model = new HashMap<>();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-^";
    for (int round = 0; round < 50_000; round++) {
      int len = 1 + rnd.nextInt(6);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(rnd.nextBoolean() ? 4 : alphabet.length())));
      }
      String name = sb.toString();
      int found = find(t, name);
      Integer expected = model.get(name);
      assertThat(found).isEqualTo(expected == null ? TickerTable.ABSENT : expected);
      if (expected == null) {
        int i = add(t, name, round, round);
        assertThat(i).isEqualTo(model.size());
        model.put(name, i);
      }
    }
    assertThat(t.size).isEqualTo(model.size()).isGreaterThan(1000);
    for (Map.Entry<String, Integer> e : model.entrySet()) {
      assertThat(t.names[e.getValue()]).isEqualTo(e.getKey());
      assertThat(find(t, e.getKey())).isEqualTo(e.getValue());
    }
  }
}
