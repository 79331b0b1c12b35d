package org.mailpath.trace;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mailpath.bounds.Deadline;
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
 */
final class PolicyLookups {

  /** A TLSA lookup for one MX host; {@code name} is null when none was made (RFC 7672 §2.2). */
  record Tlsa(String name, DnssecStatus dnssec, List<TlsaRecord> records, String problem) {}

  record Result(
      StsTxtRecord stsRecord,
      DnssecStatus stsDnssec,
      StsFetchResult stsPolicy,
      TlsRptRecord tlsRpt,
      DnssecStatus tlsRptDnssec,
      Map<String, Tlsa> tlsa) {}

  private final DnsClient dns;
  private final TrustStore trust;
  private final Clock clock;
  private final Deadline deadline;
  private final Consumer<Socket> socketRegistry;
  private final int httpsPort;

  PolicyLookups(
      DnsClient dns,
      TrustStore trust,
      Clock clock,
      Deadline deadline,
      Consumer<Socket> socketRegistry,
      int httpsPort) {
    this.dns = dns;
    this.trust = trust;
    this.clock = clock;
    this.deadline = deadline;
    this.socketRegistry = socketRegistry;
    this.httpsPort = httpsPort;
  }

  Result run(MxResolution resolution) {
    String domain = resolution.domain();
    // RFC 8461 §3.1: the policy is announced by a TXT record at _mta-sts.<domain>.
    DnsAnswer stsTxt = dns.lookup("_mta-sts." + domain, Type.TXT);
    StsTxtRecord stsRecord = StsTxtRecord.parse(texts(stsTxt));
    StsFetchResult policy =
        stsRecord.status() == StsTxtRecord.Status.ANNOUNCED ? fetch(domain) : null;
    // RFC 8460 §3: the reporting policy is a TXT record at _smtp._tls.<domain>.
    DnsAnswer rptTxt = dns.lookup("_smtp._tls." + domain, Type.TXT);
    TlsRptRecord tlsRpt = TlsRptRecordParser.parse(texts(rptTxt));
    Map<String, Tlsa> tlsa = new LinkedHashMap<>();
    for (MxHost host : resolution.hosts()) {
      tlsa.put(host.name(), tlsaOf(resolution, host));
    }
    return new Result(stsRecord, stsTxt.dnssec(), policy, tlsRpt, rptTxt.dnssec(), tlsa);
  }

  private StsFetchResult fetch(String domain) {
    String host = StsPolicyFetcher.policyHost(domain);
    DnsAnswer a = dns.lookup(host, Type.A);
    InetSocketAddress connectTo;
    if (a.records().isEmpty()) {
      // RFC 8461 §3.3: a policy host that does not resolve is a fetch failure.
      connectTo = InetSocketAddress.createUnresolved(host, httpsPort);
    } else {
      try {
        InetAddress address = ((org.xbill.DNS.ARecord) a.records().get(0)).getAddress();
        connectTo =
            new InetSocketAddress(InetAddress.getByAddress(host, address.getAddress()), httpsPort);
      } catch (UnknownHostException e) {
        connectTo = InetSocketAddress.createUnresolved(host, httpsPort);
      }
    }
    return new StsPolicyFetcher(new SocketHttpsFetcher(trust, clock, socketRegistry))
        .fetch(domain, connectTo, deadline);
  }

  /**
   * RFC 7672 §2.2: TLSA records are looked up only for an MX host found through a secure MX RRset
   * and whose address records are secure; the candidate names follow §2.2.3 (CNAMEs).
   */
  private Tlsa tlsaOf(MxResolution resolution, MxHost host) {
    if (resolution.dnssec() != DnssecStatus.SECURE || host.dnssec() != DnssecStatus.SECURE) {
      return new Tlsa(null, DnssecStatus.UNCHECKED, List.of(), null);
    }
    List<String> owners = TlsaNames.tlsaOwners(host.name(), host.cnameChain(), true);
    Tlsa last = new Tlsa(null, DnssecStatus.UNCHECKED, List.of(), null);
    for (String owner : owners) {
      DnsAnswer answer = dns.lookup(owner, Type.TLSA);
      List<TlsaRecord> records = new ArrayList<>();
      for (var r : answer.records()) {
        if (r instanceof TLSARecord tlsa) {
          records.add(TlsaRecord.of(tlsa));
        }
      }
      last =
          new Tlsa(
              owner,
              answer.dnssec(),
              records,
              answer.isFailure() ? answer.problem() : answer.dnssecReason());
      // A failed lookup is not "no records" (RFC 7672 §2.1.1): stop, the host is unusable.
      if (!records.isEmpty() || answer.isFailure() || answer.dnssec().failed()) {
        return last;
      }
    }
    return last;
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
