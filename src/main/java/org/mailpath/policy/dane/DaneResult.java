package org.mailpath.policy.dane;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mailpath.finding.FindingCode;

/**
 * What DANE authentication of one presented chain concluded (RFC 7672 §3).
 *
 * @param status matched, no usable records, or no match
 * @param match the record and certificate that authenticated the server, or null
 * @param records one verdict per TLSA record, in the order given
 * @param detail one sentence for the report
 */
public record DaneResult(Status status, Match match, List<RecordVerdict> records, String detail) {

  public enum Status {
    /** A usable record matched and its checks passed: the server is authenticated. */
    MATCH("match"),
    /**
     * Records exist but none is usable. RFC 7672 §2.2: TLS is still mandatory, but the server
     * cannot be authenticated; this is not "no TLSA".
     */
    NO_USABLE_RECORDS("no usable record"),
    /** Usable records exist and none matched: DANE senders defer (RFC 7672 §2.2). */
    NO_MATCH("no match");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** The check in words: "match", "no match", "no usable record". */
    public String label() {
      return label;
    }

    /** The constant a report stored by {@code name}; empty for a name this version lacks. */
    public static Optional<Status> named(String name) {
      return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }

    /** The label of a constant stored by name in a report; an unknown name is shown as stored. */
    public static String labelOf(String name) {
      return named(name).map(Status::label).orElse(name);
    }
  }

  /**
   * @param recordIndex the index of the record in the RRset as given
   * @param record the record
   * @param certificatePosition 0 for the leaf, else the position in the chain as sent; when a
   *     DANE-TA(2) public key matched no certificate sent but signed the one at position p, p + 1
   *     (the place the trust anchor's certificate would have had)
   */
  public record Match(int recordIndex, TlsaRecord record, int certificatePosition) {}

  /**
   * @param record the record
   * @param usable whether it may be used at all
   * @param outcome why it was unusable, did not match, or what it matched
   */
  public record RecordVerdict(TlsaRecord record, boolean usable, String outcome) {}

  public DaneResult {
    records = List.copyOf(records);
  }

  /**
   * The existing finding for this result: a match is "dane-tlsa-match"; no match is "tlsa-invalid"
   * (RFC 8460 §4.3.1). "No usable records" has no code in the table yet (empty).
   */
  public Optional<FindingCode> findingCode() {
    return switch (status) {
      case MATCH -> Optional.of(FindingCode.DANE_TLSA_MATCH);
      case NO_MATCH -> Optional.of(FindingCode.TLSA_INVALID);
      case NO_USABLE_RECORDS -> Optional.empty();
    };
  }
}
