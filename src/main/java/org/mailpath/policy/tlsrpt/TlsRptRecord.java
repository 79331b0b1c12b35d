package org.mailpath.policy.tlsrpt;

import java.util.List;
import java.util.Optional;
import org.mailpath.finding.FindingCode;
import org.mailpath.text.RemoteText;

/**
 * What the {@code _smtp._tls.<domain>} TXT RRset asks senders to report to (RFC 8460 §3).
 *
 * @param status whether reporting is requested
 * @param record the one TLSRPTv1 record considered, or null
 * @param reportTo the rua URIs, in order, when {@link Status#PRESENT}
 * @param problem why the RRset requests no reporting although it tried, or null
 */
public record TlsRptRecord(Status status, String record, List<ReportUri> reportTo, String problem) {

  public enum Status {
    PRESENT("present"),
    /** No record begins with "v=TLSRPTv1". */
    NONE("no record"),
    /** TLSRPTv1 records exist but not exactly one valid one: senders report nothing (§3). */
    INVALID("invalid record");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** The record in words: "present", "no record", "invalid record". */
    public String label() {
      return label;
    }
  }

  /** One rua destination. */
  public record ReportUri(Kind kind, String uri) {
    public ReportUri {
      uri = RemoteText.visible(uri);
    }

    public enum Kind {
      /** RFC 8460 §3: reports mailed to this address (RFC 6068 mailto URI). */
      MAILTO,
      /** RFC 8460 §3: reports POSTed to this URL. */
      HTTPS
    }
  }

  public TlsRptRecord {
    reportTo = reportTo == null ? List.of() : List.copyOf(reportTo);
    // The record and the problem quote a DNS TXT string: remote text (RemoteText).
    record = RemoteText.visible(record);
    problem = RemoteText.visible(problem);
  }

  /** "tlsrpt-present" when present; an invalid record has no code in the table yet (empty). */
  public Optional<FindingCode> findingCode() {
    return status == Status.PRESENT ? Optional.of(FindingCode.TLSRPT_PRESENT) : Optional.empty();
  }
}
