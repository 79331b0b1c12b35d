package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.requiretls.RequireTls;
import org.mailpath.policy.requiretls.RequireTlsHost;
import org.mailpath.policy.requiretls.RequireTlsVerdict;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.tls.TlsVersion;

/** The REQUIRETLS row of the simulator: RFC 8689 §4.2.1 over each address, in MX order. */
final class RequireTlsSender {
  private RequireTlsSender() {}

  static SenderOutcome simulate(SenderProfile profile, DomainFacts facts, List<String> notes) {
    // RFC 8996 §3, §4: TLS 1.0 and 1.1 "MUST NOT be used".
    TlsVersion minimum = TlsVersion.TLS_1_2;
    List<RequireTlsHost> hosts = new ArrayList<>();
    List<String[]> where = new ArrayList<>();
    for (MxObservation mx : facts.inPreferenceOrder()) {
      // RFC 8689 §4.2.1 item 1: DNSSEC-validated MX, or an MX host an MTA-STS policy lists.
      boolean secured =
          facts.mxStatus() == DnssecStatus.SECURE
              || (mx.stsAdmitted()
                  && (facts.stsMode() == StsMode.ENFORCE || facts.stsMode() == StsMode.TESTING));
      for (AddressObservation at : mx.addresses()) {
        hosts.add(
            new RequireTlsHost(
                mx.host() + " [" + at.address() + "]",
                at.reach() == AddressObservation.Reach.OK,
                secured,
                at.starttlsOffered() && at.handshakeSucceeds(minimum),
                at.pkixAuthenticated() || at.dane() == DaneResult.Status.MATCH,
                at.requireTlsAdvertised()));
        where.add(new String[] {mx.host(), at.address()});
      }
    }
    RequireTlsVerdict verdict = RequireTls.evaluate(hosts);
    return switch (verdict.outcome()) {
      case DELIVERABLE -> {
        String[] chosen = where.get(indexOf(hosts, verdict.host()));
        yield new SenderOutcome(
            profile.id(),
            profile.label(),
            Delivery.DELIVER_AUTHENTICATED_TLS.word(),
            null,
            chosen[0],
            chosen[1],
            verdict.reason(),
            "RFC 8689 §4.2.1",
            List.of(),
            verdict.hostReasons(),
            notes);
      }
      case DEFERRED ->
          SenderSimulator.outcome(
              profile,
              Delivery.DEFER,
              null,
              verdict.reason(),
              "RFC 8689 §4.2.1; RFC 5321 §4.5.4.1",
              verdict.hostReasons(),
              notes);
      case RETURNED ->
          SenderSimulator.outcome(
              profile,
              Delivery.BOUNCE,
              null,
              verdict.reason(),
              "RFC 8689 §4.2.1, §5",
              verdict.hostReasons(),
              notes);
    };
  }

  private static int indexOf(List<RequireTlsHost> hosts, String label) {
    for (int i = 0; i < hosts.size(); i++) {
      if (hosts.get(i).host().equals(label)) {
        return i;
      }
    }
    throw new IllegalStateException("the verdict names a host that was not given: " + label);
  }
}
