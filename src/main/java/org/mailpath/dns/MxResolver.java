package org.mailpath.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** Finds where mail for a domain goes, the way a sending MTA does (RFC 5321 §5.1). */
public final class MxResolver {

  private final DnsClient dns;
  private final int maxHosts;

  /**
   * @param maxHosts how many MX hosts, lowest preference first, have their addresses looked up; the
   *     rest are listed as not looked up (a budget: a hostile domain may name thousands)
   */
  public MxResolver(DnsClient dns, int maxHosts) {
    this.dns = dns;
    this.maxHosts = maxHosts;
  }

  public CompletableFuture<MxResolution> resolve(String domain) {
    return dns.lookup(domain, Type.MX).thenCompose(mx -> resolve(domain, mx));
  }

  private CompletableFuture<MxResolution> resolve(String domain, DnsAnswer mx) {
    switch (mx.status()) {
      case NXDOMAIN:
        return done(failed(domain, MxResolution.Outcome.NXDOMAIN, mx));
      case SERVFAIL:
      case TIMEOUT:
        return done(failed(domain, MxResolution.Outcome.SERVFAIL, mx));
      default:
        break;
    }
    List<String> recordText = mx.records().stream().map(Record::rdataToString).toList();
    List<MXRecord> records =
        mx.records().stream().filter(MXRecord.class::isInstance).map(MXRecord.class::cast).toList();
    // RFC 7505 §3: a single MX with the root as target and preference 0 means "no mail service".
    if (records.size() == 1 && records.get(0).getTarget().equals(org.xbill.DNS.Name.root)) {
      return done(
          new MxResolution(
              domain,
              MxResolution.Outcome.NULL_MX,
              List.of(),
              mx.cnameChain(),
              recordText,
              dns.serverLabel(),
              null,
              mx.dnssec(),
              mx.dnssecReason()));
    }
    if (records.isEmpty()) {
      // RFC 5321 §5.1: no MX, so the domain itself is the implicit MX, preference 0.
      return addressesOf(domain, 0).thenApply(self -> implicit(domain, mx, recordText, self));
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
    List<CompletableFuture<MxHost>> lookups = new ArrayList<>();
    for (MXRecord r : ordered) {
      String host = CnameChain.strip(r.getTarget());
      lookups.add(
          lookups.size() < maxHosts
              ? addressesOf(host, r.getPriority())
              : CompletableFuture.completedFuture(notLookedUp(host, r.getPriority())));
    }
    return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
        .thenApply(
            v ->
                new MxResolution(
                    domain,
                    MxResolution.Outcome.MX,
                    lookups.stream().map(CompletableFuture::join).toList(),
                    mx.cnameChain(),
                    recordText,
                    dns.serverLabel(),
                    null,
                    mx.dnssec(),
                    mx.dnssecReason()));
  }

  private MxResolution implicit(String domain, DnsAnswer mx, List<String> recordText, MxHost self) {
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

  private MxHost notLookedUp(String host, int preference) {
    return new MxHost(
        host,
        preference,
        List.of(),
        List.of(),
        "not looked up: beyond the first " + maxHosts + " MX hosts",
        DnssecStatus.UNCHECKED,
        null,
        MxHost.AddressStatus.NOT_LOOKED_UP);
  }

  /** The A and AAAA records of one host, asked at once (IPv4 listed first). */
  public CompletableFuture<MxHost> addressesOf(String host, int preference) {
    CompletableFuture<DnsAnswer> v4 = dns.lookup(host, Type.A);
    CompletableFuture<DnsAnswer> v6 = dns.lookup(host, Type.AAAA);
    return v4.thenCombine(v6, (four, six) -> hostOf(host, preference, four, six));
  }

  private static MxHost hostOf(String host, int preference, DnsAnswer v4, DnsAnswer six) {
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
    String problem = addresses.isEmpty() ? describe(host, v4, six) : null;
    DnssecStatus dnssec = v4.dnssec().worse(six.dnssec());
    String reason = v4.dnssec() == dnssec ? v4.dnssecReason() : six.dnssecReason();
    return new MxHost(
        host, preference, chain, addresses, problem, dnssec, reason, statusOf(addresses, v4, six));
  }

  /** Why a host has no address, by the answers' kinds, not their wording. */
  private static MxHost.AddressStatus statusOf(List<String> addresses, DnsAnswer v4, DnsAnswer v6) {
    if (!addresses.isEmpty()) {
      return MxHost.AddressStatus.FOUND;
    }
    if (v4.isFailure() || v6.isFailure()) {
      return MxHost.AddressStatus.LOOKUP_FAILED;
    }
    return v4.status() == DnsAnswer.Status.NXDOMAIN
        ? MxHost.AddressStatus.NO_SUCH_HOST
        : MxHost.AddressStatus.NO_ADDRESS_RECORDS;
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

  private static CompletableFuture<MxResolution> done(MxResolution resolution) {
    return CompletableFuture.completedFuture(resolution);
  }
}
