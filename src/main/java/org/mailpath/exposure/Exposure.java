package org.mailpath.exposure;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.policy.TlsAuthentication;

/** Computes who can read what: the one entry point of this stage. */
public final class Exposure {

  private Exposure() {}

  /** What a trace report carries when nobody has chosen a message: S/MIME without HP. */
  public static final Protection DEFAULT_PROTECTION = Protection.SMIME_ENVELOPED;

  /**
   * The matrix a trace report embeds: the default sample addressed to {@code recipient} (when the
   * target was an address; null keeps the sample's), sent with S/MIME and no header protection —
   * the case trainees most often get wrong — over the hop chosen from {@code connections}.
   */
  public static ExposureMatrix forTrace(
      String recipient, List<MxConnection> connections, TlsAuthentication enforcedBy) {
    MessageSample sample =
        recipient != null && recipient.contains("@")
            ? MessageSample.DEFAULT.withTo(recipient)
            : MessageSample.DEFAULT;
    return matrix(sample, DEFAULT_PROTECTION, LastHop.choose(connections, enforcedBy));
  }

  /**
   * The matrix for {@code sample} sent with {@code protection} over {@code hop}; header protection,
   * if chosen, uses RFC 9788's default policy hcp_baseline.
   */
  public static ExposureMatrix matrix(MessageSample sample, Protection protection, LastHop hop) {
    return matrix(sample, protection, HeaderPolicy.HCP_BASELINE, hop);
  }

  /** The matrix with header protection (if chosen) using {@code policy}. */
  public static ExposureMatrix matrix(
      MessageSample sample, Protection protection, HeaderPolicy policy, LastHop hop) {
    List<Row> rows = new ArrayList<>();
    for (Part part : Part.values()) {
      Coverage coverage = EndToEndRules.coverage(part, protection, policy);
      List<Cell> cells = new ArrayList<>();
      for (Observer observer : Observer.values()) {
        cells.add(cell(part, observer, coverage, hop));
      }
      rows.add(new Row(part, sample.exampleOf(part), cells));
    }
    return new ExposureMatrix(
        sample, protection, policy, hop, rows, Summary.of(sample, protection, policy, rows));
  }

  private static Cell cell(Part part, Observer observer, Coverage coverage, LastHop hop) {
    var special = PresenceRules.specialCase(part, observer);
    if (special.isPresent()) {
      return special.get();
    }
    if (observer == Observer.RECIPIENT_CLIENT) {
      return coverage.hidden()
          ? new Cell(
              observer,
              Visibility.READABLE,
              "The recipient's client decrypts it with the recipient's private key.",
              coverage.rfc())
          : new Cell(observer, Visibility.READABLE, coverage.reason(), coverage.rfc());
    }
    if (coverage.hidden()) {
      return new Cell(observer, Visibility.PROTECTED, coverage.reason(), coverage.rfc());
    }
    if (observer.onLastHop()) {
      return TransportRules.onLastHop(part, observer, hop);
    }
    // Every MTA and the mailbox store terminate TLS: transport protection ends at each of them.
    return new Cell(observer, Visibility.READABLE, coverage.reason(), coverage.rfc());
  }
}
