package org.mailpath.exposure;

import java.util.List;

/**
 * One part of the message and every observer's view of it.
 *
 * @param part the part
 * @param example the composer's value for it ("alice@example.org", "'Q3 layoffs'"), or ""
 * @param cells one per {@link Observer}, in column order
 */
public record Row(Part part, String example, List<Cell> cells) {

  public Row {
    cells = List.copyOf(cells);
  }

  /** The cell of {@code observer}. */
  public Cell cellOf(Observer observer) {
    return cells.stream()
        .filter(c -> c.observer() == observer)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no cell for " + observer));
  }
}
