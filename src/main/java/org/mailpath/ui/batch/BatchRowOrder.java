package org.mailpath.ui.batch;

import java.util.Comparator;
import java.util.List;

/**
 * Orders that mean something to a reader: worst severity from error down, TLS versions by age
 * rather than alphabetically, shares from "yes" to "none".
 */
public final class BatchRowOrder {

  /** Worst first: a sort that puts errors at the top when descending. */
  static final List<String> SEVERITY = List.of("could not run", "pass", "info", "warning", "error");

  static final List<String> TLS = List.of("none", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3");

  private BatchRowOrder() {}

  /** Orders severity words from the mildest to the worst; unknown words sort first. */
  public static final Comparator<String> BY_SEVERITY = Comparator.comparingInt(SEVERITY::indexOf);

  /** Orders TLS version labels from none to the newest; unknown labels sort first. */
  public static final Comparator<String> BY_TLS = Comparator.comparingInt(TLS::indexOf);

  /** The input's order. */
  public static final Comparator<BatchRow> BY_POSITION =
      Comparator.comparingInt(BatchRow::position);
}
