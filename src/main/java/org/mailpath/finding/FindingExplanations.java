package org.mailpath.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The trainee sentences of {@link FindingCode}, read once from the application's resources. */
final class FindingExplanations {

  private static final String RESOURCE = "/findings/explanations.properties";
  private static final Properties SENTENCES = load();

  private FindingExplanations() {}

  static String of(String code) {
    String sentence = SENTENCES.getProperty(code);
    if (sentence == null) {
      throw new IllegalStateException("no explanation for finding code " + code);
    }
    return sentence;
  }

  private static Properties load() {
    Properties sentences = new Properties();
    try (InputStream in = FindingExplanations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      sentences.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }
}
