package dev.rotor.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits text into {@link Sentence}s.
 *
 * <p>Rules, in order: each input line is a paragraph; a line starting with {@code -}, {@code *},
 * {@code •} or a number and a dot is a bullet, and a short {@code "Label:"} at its start becomes
 * the sentence label; a line with no end punctuation ({@code . ! ? :}) is a heading and one
 * sentence; any other line is split into sentences by Apache OpenNLP's maximum-entropy sentence
 * detector with the English Universal Dependencies EWT model that Apache publishes on Maven Central
 * ({@code org.apache.opennlp:opennlp-models-sentdetect-en}; the model is read from the classpath
 * once).
 */
public final class Sentences {

  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+(.*)$");
  private static final Pattern LABEL = Pattern.compile("^([A-Z][\\w&,' -]{0,50}?):\\s+(.*)$");

  private Sentences() {}

  /** Holds the model: loaded on first use, immutable and thread-safe once built. */
  private static final class Model {
    static final SentenceModel INSTANCE = load();

    private static SentenceModel load() {
      try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("sentence model not on the classpath: " + MODEL);
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sentence model " + MODEL, e);
      }
    }
  }

  /** The sentences of {@code text}, in order. */
  public static List<Sentence> split(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text: null");
    }
    SentenceDetectorME detector = new SentenceDetectorME(Model.INSTANCE);
    List<Sentence> out = new ArrayList<>();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int paragraph = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String label = "";
      Matcher b = BULLET.matcher(line);
      if (b.matches()) {
        line = b.group(1).strip();
        Matcher l = LABEL.matcher(line);
        if (l.matches()) {
          label = l.group(1).strip();
          line = l.group(2).strip();
        }
      }
      if (!endsLikeSentence(line)) {
        out.add(new Sentence(out.size(), paragraph, line, label, label.isEmpty()));
      } else {
        for (String s : detector.sentDetect(line)) {
          String t = s.strip();
          if (!t.isEmpty()) {
            out.add(new Sentence(out.size(), paragraph, t, label, false));
          }
        }
      }
      paragraph++;
    }
    return List.copyOf(out);
  }

  private static boolean endsLikeSentence(String line) {
    char c = line.charAt(line.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '”' || c == ')';
  }
}
