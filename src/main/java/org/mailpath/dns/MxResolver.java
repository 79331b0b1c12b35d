package org.mailpath.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** Finds where mail for a domain goes, the way a sending MTA does (RFC 5321 §5.1). */
public final class MxResolver {

  private final DnsClient dns;
  private final Executor executor;

  public MxResolver(DnsClient dns, Executor executor) {
    this.dns = dns;
    this.executor = executor;
  }

  public MxResolution resolve(String domain) {
    DnsAnswer mx = dns.lookup(domain, Type.MX);
    switch (mx.status()) {
      case NXDOMAIN:
        return failed(domain, MxResolution.Outcome.NXDOMAIN, mx);
      case SERVFAIL:
      case TIMEOUT:
        return failed(domain, MxResolution.Outcome.SERVFAIL, mx);
      default:
        break;
    }
    List<String> recordText = mx.records().stream().map(Record::rdataToString).toList();
    List<MXRecord> records =
        mx.records().stream().filter(MXRecord.class::isInstance).map(MXRecord.class::cast).toList();
    // RFC 7505 §3: a single MX with the root as target and preference 0 means "no mail service".
    if (records.size() == 1 && records.get(0).getTarget().equals(org.xbill.DNS.Name.root)) {
      return new MxResolution(
          domain,
          MxResolution.Outcome.NULL_MX,
          List.of(),
          mx.cnameChain(),
          recordText,
          dns.serverLabel(),
          null,
          mx.dnssec(),
          mx.dnssecReason());
    }
    if (records.isEmpty()) {
      // RFC 5321 §5.1: no MX, so the domain itself is the implicit MX, preference 0.
      MxHost self = addressesOf(domain, 0);
      MxResolution.Outcome outcome =
          self.addresses().isEmpty()
              ? MxResolution.Outcome.NO_MAIL_RECORDS
              : MxResolution.Outcome.IMPLICIT;
      return new MxResolution(
          domain,
          outcome,
          self.addresses().isEmpty() ? List.of() : List.of(self),
          mx.cnameChain(),
          recordText,
          dns.serverLabel(),
          self.addressProblem(),
          mx.dnssec(),
          mx.dnssecReason());
    }
    // RFC 5321 §5.1: lower preference first. Equal preferences are shuffled by senders; mailpath
    // orders them by name so that two traces of the same domain compare line by line.
    List<MXRecord> ordered = new ArrayList<>(records);
    ordered.removeIf(
        r ->
            r.getTarget()
                .equals(
                    org.xbill.DNS.Name.root)); // RFC 7505 §4.3: "." mixed with others is ignored
    ordered.sort(
        Comparator.comparingInt(MXRecord::getPriority)
            .thenComparing(r -> r.getTarget().toString()));
    List<CompletableFuture<MxHost>> lookups =
        ordered.stream()
            .map(
                r ->
                    CompletableFuture.supplyAsync(
                        () -> addressesOf(DnsClient.strip(r.getTarget()), r.getPriority()),
                        executor))
            .toList();
    List<MxHost> hosts = lookups.stream().map(CompletableFuture::join).toList();
    return new MxResolution(
        domain,
        MxResolution.Outcome.MX,
        hosts,
        mx.cnameChain(),
        recordText,
        dns.serverLabel(),
        null,
        mx.dnssec(),
        mx.dnssecReason());
  }

  /** The A and AAAA records of one host (A first: most MTAs try IPv4 first only when told). */
  public MxHost addressesOf(String host, int preference) {
    CompletableFuture<DnsAnswer> v6 =
        CompletableFuture.supplyAsync(() -> dns.lookup(host, Type.AAAA), executor);
    DnsAnswer v4 = dns.lookup(host, Type.A);
    DnsAnswer six = v6.join();
    List<String> addresses = new ArrayList<>();
    v4.records().stream()
        .filter(ARecord.class::isInstance)
        .map(r -> ((ARecord) r).getAddress().getHostAddress())
        .forEach(addresses::add);
    six.records().stream()
        .filter(AAAARecord.class::isInstance)
        .map(r -> ((AAAARecord) r).getAddress().getHostAddress())
        .forEach(addresses::add);
    List<String> chain = !v4.cnameChain().isEmpty() ? v4.cnameChain() : six.cnameChain();
    String problem = null;
    if (addresses.isEmpty()) {
      problem = describe(host, v4, six);
    }
    DnssecStatus dnssec = v4.dnssec().worse(six.dnssec());
    String reason = v4.dnssec() == dnssec ? v4.dnssecReason() : six.dnssecReason();
    return new MxHost(host, preference, chain, addresses, problem, dnssec, reason);
  }

  private static String describe(String host, DnsAnswer v4, DnsAnswer v6) {
    if (v4.isFailure() || v6.isFailure()) {
      return (v4.isFailure() ? v4.problem() : v6.problem());
    }
    if (v4.status() == DnsAnswer.Status.NXDOMAIN) {
      return host + " does not exist (NXDOMAIN)";
    }
    return host + " has no A or AAAA record";
  }

  private MxResolution failed(String domain, MxResolution.Outcome outcome, DnsAnswer answer) {
    return new MxResolution(
        domain,
        outcome,
        List.of(),
        answer.cnameChain(),
        List.of(),
        dns.serverLabel(),
        answer.problem(),
        answer.dnssec(),
        answer.dnssecReason());
  }
}
