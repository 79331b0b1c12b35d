package org.mailpath.dns;

import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.dnssec.ValidatingResolver;

/** The DNSSEC verdict accumulated over the queries of one lookup: the worst answer counts. */
final class DnssecVerdict {
  DnssecStatus status;
  String reason;

  void add(DnssecStatus next, String why) {
    if (status == null || next.worse(status) == next && next != status) {
      status = next;
      reason = why;
    }
  }

  /**
   * dnsjava's validator sets AD on a secure answer, and answers SERVFAIL with the reason in a TXT
   * record of class VALIDATION_REASON_QCLASS in ADDITIONAL when the answer is bogus. It gives such
   * a reason also when the resolver below it failed ({@code upstreamFailed}): that is a failed
   * lookup (RFC 1035 §4.1.1 SERVFAIL), which validation could not even start on, not a bogus one.
   */
  void judge(Message response, boolean upstreamFailed) {
    String why = null;
    for (Record r : response.getSection(Section.ADDITIONAL)) {
      if (r.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS
          && r instanceof TXTRecord txt) {
        why = String.join(" ", txt.getStrings());
      }
    }
    if (response.getHeader().getFlag(Flags.AD)) {
      add(DnssecStatus.SECURE, null);
    } else if (response.getRcode() == Rcode.SERVFAIL && upstreamFailed) {
      add(DnssecStatus.INDETERMINATE, "the resolver failed before validation could start");
    } else if (response.getRcode() == Rcode.SERVFAIL && why != null) {
      add(DnssecStatus.BOGUS, why);
    } else if (response.getRcode() == Rcode.SERVFAIL) {
      add(DnssecStatus.INDETERMINATE, "the validating resolver could not complete");
    } else {
      add(DnssecStatus.INSECURE, why);
    }
  }
}
