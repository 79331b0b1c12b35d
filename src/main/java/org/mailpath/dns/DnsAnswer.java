package org.mailpath.dns;

import java.util.List;
import org.xbill.DNS.Record;

/**
 * The answer to one question, after following CNAMEs.
 *
 * @param status how the question was answered
 * @param records the records of the asked type at the end of the CNAME chain
 * @param cnameChain the alias targets followed, in order
 * @param problem a human-readable reason when status is not OK/NODATA
 * @param dnssec what validation concluded (the worst over the CNAME chain)
 * @param dnssecReason the validator's reason when BOGUS or INDETERMINATE, else null
 */
public record DnsAnswer(
    Status status,
    List<Record> records,
    List<String> cnameChain,
    String problem,
    DnssecStatus dnssec,
    String dnssecReason) {

  public enum Status {
    OK,
    /** The name exists but has no record of the asked type. */
    NODATA,
    NXDOMAIN,
    /** SERVFAIL, REFUSED or another error code, or a CNAME loop. */
    SERVFAIL,
    TIMEOUT
  }

  public DnsAnswer {
    records = List.copyOf(records);
    cnameChain = List.copyOf(cnameChain);
  }

  /** An answer without a DNSSEC verdict (validation not asked for). */
  public DnsAnswer(Status status, List<Record> records, List<String> cnameChain, String problem) {
    this(status, records, cnameChain, problem, DnssecStatus.UNCHECKED, null);
  }

  public DnsAnswer withDnssec(DnssecStatus value, String reason) {
    return new DnsAnswer(status, records, cnameChain, problem, value, reason);
  }

  public boolean isFailure() {
    return status == Status.SERVFAIL || status == Status.TIMEOUT;
  }
}
