package org.mailpath.exposure;

import java.util.List;

/**
 * Who can read which part of the sample message on the traced path: parts × observers, each cell
 * with its reason and RFC, and a one-line summary. Records and enums only, so Jackson writes and
 * reads it as it is (trace report JSON, history).
 *
 * @param sample the user's example message
 * @param protection the end-to-end protection applied
 * @param headerPolicy RFC 9788's header confidentiality policy (matters only with header
 *     protection)
 * @param lastHop the last hop as a passive listener and as an active attacker meet it
 * @param rows one per {@link Part}, in order
 * @param summary e.g. "With S/MIME and no header protection, the Subject 'Q3 layoffs' is readable
 *     by the recipient and 4 of 6 others, 6 if STARTTLS is stripped."
 */
public record ExposureMatrix(
    MessageSample sample,
    Protection protection,
    HeaderPolicy headerPolicy,
    LastHop lastHop,
    List<Row> rows,
    String summary) {

  public ExposureMatrix {
    rows = List.copyOf(rows);
  }

  /** The cell for {@code part} and {@code observer}. */
  public Cell cellAt(Part part, Observer observer) {
    return rowOf(part).cellOf(observer);
  }

  public Row rowOf(Part part) {
    return rows.stream()
        .filter(r -> r.part() == part)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row for " + part));
  }

  /** How many observers see {@code part} as {@code visibility}. */
  public long countOf(Part part, Visibility visibility) {
    return rowOf(part).cells().stream().filter(c -> c.visibility() == visibility).count();
  }
}
