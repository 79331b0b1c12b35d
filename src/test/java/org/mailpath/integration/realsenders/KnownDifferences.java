package org.mailpath.integration.realsenders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one table of known differences between a real sender and mailpath's prediction
 * (src/test/resources/real-senders/known-differences.tsv): scenario, profile, real, predicted,
 * reason, tab-separated. An entry excuses exactly that pair of outcomes; if either side changes,
 * the entry no longer applies and the row fails again.
 */
public final class KnownDifferences {

  static final String RESOURCE = "/real-senders/known-differences.tsv";

  /** One excused disagreement. */
  public record Entry(
      String scenario, String profile, String real, String predicted, String reason) {}

  private final List<Entry> entries;

  private KnownDifferences(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static KnownDifferences load() throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = KnownDifferences.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cells = lines[i].split("\t");
        if (cells.length != 5) {
          throw new IOException(RESOURCE + " line " + (i + 1) + ": want 5 tab-separated cells");
        }
        entries.add(
            new Entry(
                cells[0].strip(),
                cells[1].strip(),
                cells[2].strip(),
                cells[3].strip(),
                cells[4].strip()));
      }
    }
    return new KnownDifferences(entries);
  }

  /** The entry that excuses this disagreement, if any. */
  public Optional<Entry> excusing(String scenario, String profile, String real, String predicted) {
    return entries.stream()
        .filter(
            e ->
                e.scenario().equals(scenario)
                    && e.profile().equals(profile)
                    && e.real().equals(real)
                    && e.predicted().equals(predicted))
        .findFirst();
  }

  public List<Entry> entries() {
    return entries;
  }
}
