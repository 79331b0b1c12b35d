package org.mailpath.policy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.mailpath.context.TraceContext;
import org.mailpath.dns.DnsAnswer;
import org.mailpath.dns.DnsClient;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.pki.TrustStore;
import org.mailpath.policy.dane.TlsaNames;
import org.mailpath.policy.dane.TlsaRecord;
import org.mailpath.policy.sts.SocketHttpsFetcher;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.policy.sts.StsPolicyFetcher;
import org.mailpath.policy.sts.StsTxtRecord;
import org.mailpath.policy.tlsrpt.TlsRptRecord;
import org.mailpath.policy.tlsrpt.TlsRptRecordParser;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * The DNS and HTTPS lookups of the policy stage, which need only the MX resolution and so run
 * beside the SMTP sessions: MTA-STS record and policy, TLS-RPT record, TLSA records per MX host.
 * Every lookup is a future; the policy fetch blocks on the network on the trace's executor.
 */
public final class PolicyLookups {

  /** A TLSA lookup for one MX host; {@code name} is null when none was made (RFC 7672 §2.2). */
  public record Tlsa(String name, DnssecStatus dnssec, List<TlsaRecord> records, String problem) {}

  public record Result(
      StsTxtRecord stsRecord,
      DnssecStatus stsDnssec,
      StsFetchResult stsPolicy,
      TlsRptRecord tlsRpt,
      DnssecStatus tlsRptDnssec,
      Map<String, Tlsa> tlsa) {}

  private static final Tlsa NONE = new Tlsa(null, DnssecStatus.UNCHECKED, List.of(), null);

  private final TraceContext context;
  private final DnsClient dns;
  private final TrustStore trust;
  private final int httpsPort;

  public PolicyLookups(TraceContext context, DnsClient dns, TrustStore trust, int httpsPort) {
    this.context = context;
    this.dns = dns;
    this.trust = trust;
    this.httpsPort = httpsPort;
  }

  public CompletableFuture<Result> run(MxResolution resolution) {
    String domain = resolution.domain();
    // RFC 8461 §3.1: the policy is announced by a TXT record at _mta-sts.<domain>.
    CompletableFuture<DnsAnswer> stsTxt = dns.lookup("_mta-sts." + domain, Type.TXT);
    CompletableFuture<StsFetchResult> policy =
        stsTxt.thenCompose(
            txt ->
                StsTxtRecord.parse(texts(txt)).status() == StsTxtRecord.Status.ANNOUNCED
                    ? fetch(domain)
                    : CompletableFuture.completedFuture(null));
    // RFC 8460 §3: the reporting policy is a TXT record at _smtp._tls.<domain>.
    CompletableFuture<DnsAnswer> rptTxt = dns.lookup("_smtp._tls." + domain, Type.TXT);
    Map<String, CompletableFuture<Tlsa>> tlsa = new LinkedHashMap<>();
    for (MxHost host : resolution.hosts()) {
      tlsa.put(host.name(), tlsaOf(resolution, host));
    }
    List<CompletableFuture<?>> all = new ArrayList<>(List.of(stsTxt, policy, rptTxt));
    all.addAll(tlsa.values());
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
        .thenApply(
            v -> {
              Map<String, Tlsa> found = new LinkedHashMap<>();
              tlsa.forEach((host, lookup) -> found.put(host, lookup.join()));
              DnsAnswer sts = stsTxt.join();
              DnsAnswer rpt = rptTxt.join();
              return new Result(
                  StsTxtRecord.parse(texts(sts)),
                  sts.dnssec(),
                  policy.join(),
                  TlsRptRecordParser.parse(texts(rpt)),
                  rpt.dnssec(),
                  found);
            });
  }

  private CompletableFuture<StsFetchResult> fetch(String domain) {
    String host = StsPolicyFetcher.policyHost(domain);
    return dns.lookup(host, Type.A)
        .thenCompose(a -> context.run(() -> fetch(domain, connectTo(host, a))));
  }

  private StsFetchResult fetch(String domain, InetSocketAddress connectTo) {
    SocketHttpsFetcher https =
        new SocketHttpsFetcher(trust, context.clock(), context.dialer(), context.sockets());
    return new StsPolicyFetcher(https).fetch(domain, connectTo, context.deadline());
  }

  private InetSocketAddress connectTo(String host, DnsAnswer a) {
    if (a.records().isEmpty()) {
      // RFC 8461 §3.3: a policy host that does not resolve is a fetch failure.
      return InetSocketAddress.createUnresolved(host, httpsPort);
    }
    try {
      InetAddress address = ((org.xbill.DNS.ARecord) a.records().get(0)).getAddress();
      return new InetSocketAddress(InetAddress.getByAddress(host, address.getAddress()), httpsPort);
    } catch (UnknownHostException e) {
      return InetSocketAddress.createUnresolved(host, httpsPort);
    }
  }

  /**
   * RFC 7672 §2.2: TLSA records are looked up only for an MX host found through a secure MX RRset
   * and whose address records are secure; the candidate names follow §2.2.3 (CNAMEs).
   */
  private CompletableFuture<Tlsa> tlsaOf(MxResolution resolution, MxHost host) {
    if (resolution.dnssec() != DnssecStatus.SECURE || host.dnssec() != DnssecStatus.SECURE) {
      return CompletableFuture.completedFuture(NONE);
    }
    return tlsaAt(TlsaNames.tlsaOwners(host.name(), host.cnameChain(), true), 0, NONE);
  }

  private CompletableFuture<Tlsa> tlsaAt(List<String> owners, int index, Tlsa last) {
    if (index >= owners.size()) {
      return CompletableFuture.completedFuture(last);
    }
    String owner = owners.get(index);
    return dns.lookup(owner, Type.TLSA)
        .thenCompose(
            answer -> {
              List<TlsaRecord> records = new ArrayList<>();
              for (var r : answer.records()) {
                if (r instanceof TLSARecord tlsa) {
                  records.add(TlsaRecord.of(tlsa));
                }
              }
              Tlsa found =
                  new Tlsa(
                      owner,
                      answer.dnssec(),
                      records,
                      answer.isFailure() ? answer.problem() : answer.dnssecReason());
              // A failed lookup is not "no records" (RFC 7672 §2.1.1): stop, the host is unusable.
              if (!records.isEmpty() || answer.isFailure() || answer.dnssec().failed()) {
                return CompletableFuture.completedFuture(found);
              }
              return tlsaAt(owners, index + 1, found);
            });
  }

  /** RFC 8461 §3.1 / RFC 8460 §3: the strings of one TXT record are concatenated. */
  private static List<String> texts(DnsAnswer answer) {
    List<String> out = new ArrayList<>();
    for (var r : answer.records()) {
      if (r instanceof TXTRecord txt) {
        out.add(String.join("", txt.getStrings()));
      }
    }
    return out;
  }
}
